// The register's part of backup and restore: read and decrypt the entries and their audit into a
// backup, and restore them by the rules of docs/decisions/0026 (replace, or merge by case reference).
import {
  planRegisterMerge,
  type DeviceRegister,
  type RegisterAuditEntry,
  type RegisterBackup,
} from '../domain/backup/backup-register';
import type { IsoDateTime } from '../domain/calendar/iso-date';
import type { EscalateDatabase, RegisterAuditRow, RegisterEntryRow } from './db';
import { recountRegisterCounts } from './register-counts';
import { openRegisterRow, toRegisterRow } from './register-repository';
import { RecordChangedElsewhereError } from './escalations-repository';
import { seal, unseal } from './vault-session';

/** Every register entry and audit event, decrypted, for a backup. Needs the vault unlocked. */
export async function collectRegisterBackup(db: EscalateDatabase): Promise<RegisterBackup> {
  const [entries, audit] = await Promise.all([
    db.registerEntries.toArray(),
    db.registerAudit.toArray(),
  ]);
  return {
    entries: await Promise.all(entries.map(openRegisterRow)),
    audit: await Promise.all(
      audit.map(async (row) => ({
        id: row.id,
        entryId: row.entryId,
        at: row.at as IsoDateTime,
        order: row.order,
        action: row.action,
        detail: (await unseal<{ detail: string }>('registerAudit', row.id, row.sealed)).detail,
      })),
    ),
  };
}

async function sealAudit(event: RegisterAuditEntry): Promise<RegisterAuditRow> {
  const { detail, ...clear } = event;
  return { ...clear, sealed: await seal('registerAudit', event.id, { detail }) };
}

/** A register restore worked out and sealed before the transaction that writes it. */
export interface PreparedRegisterRestore {
  readonly mode: 'replace' | 'merge';
  readonly entries: RegisterEntryRow[];
  readonly audit: RegisterAuditRow[];
  /** For a merge: the device's register the plan was made from, checked again when writing. */
  readonly basis: string | null;
}

async function readDeviceRegister(db: EscalateDatabase): Promise<DeviceRegister> {
  const [entries, audit] = await Promise.all([
    db.registerEntries.toArray(),
    db.registerAudit.toArray(),
  ]);
  return {
    entries: entries.map(({ id, caseRef }) => ({ id, caseRef })),
    audit: audit.map(({ id, entryId, at }) => ({ id, entryId, at })),
  };
}

/** A fingerprint of the device's register: its entries, their case references and audit ids. */
function fingerprint(device: DeviceRegister): string {
  const entries = device.entries.map((entry) => `${entry.id}=${entry.caseRef}`).sort();
  const audit = device.audit.map((event) => event.id).sort();
  return JSON.stringify([entries, audit]);
}

/**
 * Works out and seals the register's part of a restore (outside any transaction, as sealing is
 * asynchronous crypto). Undefined when the backup has no register (an older backup, or one from a
 * device without register mode): the device's register is then left as it is, in either mode.
 */
export async function prepareRegisterRestore(
  db: EscalateDatabase,
  register: RegisterBackup | undefined,
  mode: 'replace' | 'merge',
): Promise<PreparedRegisterRestore | undefined> {
  if (!register) return undefined;
  let plan: {
    entries: readonly RegisterBackup['entries'][number][];
    audit: readonly RegisterAuditEntry[];
  } = register;
  let basis: string | null = null;
  if (mode === 'merge') {
    const device = await readDeviceRegister(db);
    plan = planRegisterMerge(device, register);
    basis = fingerprint(device);
  }
  return {
    mode,
    entries: await Promise.all(plan.entries.map(toRegisterRow)),
    audit: await Promise.all(plan.audit.map(sealAudit)),
    basis,
  };
}

/**
 * Writes a prepared register restore, and counts the register again; call inside the restore's
 * transaction (with the register's tables and its kept counts). Replace empties the register first. A merge stops, changing nothing, if the device's
 * register changed since the merge was worked out (an import in another tab).
 */
export async function writeRegisterRestore(
  db: EscalateDatabase,
  prepared: PreparedRegisterRestore,
): Promise<void> {
  if (prepared.mode === 'replace') {
    await Promise.all([db.registerEntries.clear(), db.registerAudit.clear()]);
  } else if (fingerprint(await readDeviceRegister(db)) !== prepared.basis) {
    throw new RecordChangedElsewhereError();
  }
  await db.registerEntries.bulkPut(prepared.entries);
  await recountRegisterCounts(db);
  await db.registerAudit.bulkAdd(prepared.audit);
}
