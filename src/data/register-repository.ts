// The partnership's register (register mode): notifications imported from their PDFs or from an
// existing spreadsheet, sealed at rest like records, with an audit of every change.
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import type { NotificationData } from '../domain/register/notification-data';
import {
  MAX_NOTIFICATION_FILE_BYTES,
  readNotificationPacket,
  type PacketRefusal,
} from '../domain/register/notification-packet';
import {
  decideImport,
  entryFromNotification,
  withNewerNotification,
  type NotificationColumns,
  type PartnershipFields,
  type RegisterEntry,
} from '../domain/register/register-entry';
import {
  fieldChangeDetail,
  newerNotificationDetail,
  PARTNERSHIP_FIELD_NAMES,
} from '../domain/register/register-audit-text';
import { registerEntrySchema } from '../domain/backup/backup-register';
import { getDatabase } from './database';
import type { EscalateDatabase, RegisterAuditRow, RegisterEntryRow } from './db';
import { checkAfterRead, checkBeforeSave } from './record-checks';
import { adjustRegisterCounts } from './register-counts';
import { registerIndexFields } from './register-index';
import { seal, unseal } from './vault-session';

/** The text of an entry that is sealed at rest. */
interface SealedEntry {
  columns: NotificationColumns;
  partnershipActions: string;
  planOfAction: string;
  notification: NotificationData['notification'] | null;
}

/** The register's entries with the counts kept beside them: every write's transaction takes these. */
export function registerTables(db: EscalateDatabase) {
  return [db.registerEntries, db.registerCells, db.registerMonths] as const;
}

/**
 * An entry as its row: the clear facts, and its text sealed. Checked first with the schema it is
 * read back with, so the device never holds an entry it could not open (or a backup restore).
 */
export async function toRegisterRow(input: RegisterEntry): Promise<RegisterEntryRow> {
  const entry = checkBeforeSave(registerEntrySchema, input, 'register entry');
  const sealed: SealedEntry = {
    columns: entry.columns,
    partnershipActions: entry.partnership.partnershipActions,
    planOfAction: entry.partnership.planOfAction,
    notification: entry.notification,
  };
  return {
    id: entry.id,
    caseRef: entry.caseRef,
    sha256: entry.sha256,
    source: entry.source,
    receivedOn: entry.receivedOn,
    generatedAt: entry.generatedAt,
    status: entry.partnership.status,
    acknowledgedOn: entry.partnership.acknowledgedOn,
    facts: entry.facts,
    sealed: await seal('registerEntries', entry.id, sealed),
    ...registerIndexFields({ ...entry, ...entry.partnership }),
  };
}

/**
 * Decrypts one row into its entry, checked with the schema a backup's entries are checked with:
 * a damaged row throws an InvalidRecordError with a plain message instead of breaking a page.
 */
export async function openRegisterRow(row: RegisterEntryRow): Promise<RegisterEntry> {
  const value = await unseal<unknown>('registerEntries', row.id, row.sealed);
  const sealed = (typeof value === 'object' && value !== null ? value : {}) as Partial<SealedEntry>;
  return checkAfterRead(
    registerEntrySchema,
    {
      id: row.id,
      caseRef: row.caseRef,
      sha256: row.sha256,
      source: row.source,
      receivedOn: row.receivedOn as IsoDate,
      generatedAt: row.generatedAt as IsoDateTime | null,
      facts: row.facts,
      columns: sealed.columns,
      partnership: {
        status: row.status as PartnershipFields['status'],
        acknowledgedOn: row.acknowledgedOn as IsoDate | null,
        partnershipActions: sealed.partnershipActions,
        planOfAction: sealed.planOfAction,
      },
      notification: sealed.notification,
    },
    // Named by its case reference (kept in clear), so the message says which entry to restore.
    `register entry ${String(row.caseRef).slice(0, 200)}`,
  );
}

async function auditRow(
  entryId: string,
  at: IsoDateTime,
  action: string,
  detail: string,
  order = 0,
): Promise<RegisterAuditRow> {
  const id = crypto.randomUUID();
  return { id, entryId, at, order, action, sealed: await seal('registerAudit', id, { detail }) };
}

/** One file's outcome on import. */
export type FileImportResult =
  | { readonly name: string; readonly outcome: 'imported' | 'updated'; readonly caseRef: string }
  | { readonly name: string; readonly outcome: 'duplicate' | 'older'; readonly caseRef: string }
  | {
      readonly name: string;
      readonly outcome: 'refused';
      readonly refusal: PacketRefusal | 'unreadable';
    };

/** A file chosen for import: its name and a way to read its bytes. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * Imports one notification file. Reading, checking and encryption happen outside any transaction;
 * the write (the entry and its audit event) is one transaction, so an entry never exists without
 * its audit. A refused, duplicate or older file changes nothing.
 */
export async function importNotificationFile(
  file: ChosenFile,
  receivedOn: IsoDate,
  now: IsoDateTime,
): Promise<FileImportResult> {
  if (file.size > MAX_NOTIFICATION_FILE_BYTES) {
    return { name: file.name, outcome: 'refused', refusal: 'too-large' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch {
    return { name: file.name, outcome: 'refused', refusal: 'unreadable' };
  }
  const read = readNotificationPacket(bytes);
  if (!read.ok) return { name: file.name, outcome: 'refused', refusal: read.error };
  const { data, sha256 } = read.value;
  const caseRef = data.notification.caseRef;
  const db = getDatabase();
  const existingRow = await db.registerEntries.where('caseRef').equals(caseRef).first();
  const decision = decideImport(existingRow, data, sha256);
  if (decision.kind === 'duplicate' || decision.kind === 'older') {
    return { name: file.name, outcome: decision.kind, caseRef };
  }
  const entry =
    decision.kind === 'newer'
      ? withNewerNotification(await openRegisterRow(decision.entry), data, sha256)
      : entryFromNotification(crypto.randomUUID(), data, sha256, receivedOn);
  const row = await toRegisterRow(entry);
  const audit = await auditRow(
    entry.id,
    now,
    decision.kind === 'newer' ? 'notification-updated' : 'imported',
    decision.kind === 'newer'
      ? newerNotificationDetail(data.notification.generatedOn, file.name)
      : `Imported from ${file.name}.`,
  );
  await db.transaction('rw', [...registerTables(db), db.registerAudit], async () => {
    const stored = await db.registerEntries.get(row.id);
    await db.registerEntries.put(row);
    await adjustRegisterCounts(db, [stored], [row]);
    await db.registerAudit.add(audit);
  });
  return { name: file.name, outcome: decision.kind === 'newer' ? 'updated' : 'imported', caseRef };
}

/** Imports files one after another; each is imported or refused on its own. */
export async function importNotificationFiles(
  files: readonly ChosenFile[],
  receivedOn: IsoDate,
  now: IsoDateTime,
): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (const file of files) {
    try {
      results.push(await importNotificationFile(file, receivedOn, now));
    } catch {
      results.push({ name: file.name, outcome: 'refused', refusal: 'unreadable' });
    }
  }
  return results;
}

/**
 * Adds entries from a spreadsheet. A case reference already in the register is skipped (its
 * entry is kept as it is) and reported; each entry is written with its audit event atomically.
 */
export async function importSpreadsheetEntries(
  entries: readonly RegisterEntry[],
  now: IsoDateTime,
): Promise<{ added: string[]; alreadyInRegister: string[] }> {
  const db = getDatabase();
  const added: string[] = [];
  const alreadyInRegister: string[] = [];
  for (const entry of entries) {
    if ((await db.registerEntries.where('caseRef').equals(entry.caseRef).count()) > 0) {
      alreadyInRegister.push(entry.caseRef);
      continue;
    }
    const row = await toRegisterRow(entry);
    const audit = await auditRow(entry.id, now, 'imported', 'Imported from a spreadsheet.');
    await db.transaction('rw', [...registerTables(db), db.registerAudit], async () => {
      await db.registerEntries.add(row);
      await adjustRegisterCounts(db, [], [row]);
      await db.registerAudit.add(audit);
    });
    added.push(entry.caseRef);
  }
  return { added, alreadyInRegister };
}

/** Thrown when the entry changed in another tab since it was opened; nothing is saved. */
export class RegisterEntryChangedError extends Error {
  constructor() {
    super('This entry was changed in another tab. Reload it, then make your change again.');
    this.name = 'RegisterEntryChangedError';
  }
}

/**
 * Saves the partnership's fields of an entry, with one audit event per changed field saying what
 * it was and what it became. The entry and its audit events are written in one transaction, and
 * only if the stored row is still the one `before` was opened from.
 */
export async function updatePartnershipFields(
  before: RegisterEntry,
  changes: Partial<PartnershipFields>,
  now: IsoDateTime,
): Promise<RegisterEntry> {
  const after: RegisterEntry = { ...before, partnership: { ...before.partnership, ...changes } };
  const changed = (Object.keys(PARTNERSHIP_FIELD_NAMES) as (keyof PartnershipFields)[]).filter(
    (key) => (before.partnership[key] ?? '') !== (after.partnership[key] ?? ''),
  );
  if (changed.length === 0) return before;
  const db = getDatabase();
  const original = await db.registerEntries.get(before.id);
  const stored = original ? await openRegisterRow(original) : undefined;
  const fields = Object.keys(PARTNERSHIP_FIELD_NAMES) as (keyof PartnershipFields)[];
  if (!stored || fields.some((key) => stored.partnership[key] !== before.partnership[key])) {
    throw new RegisterEntryChangedError();
  }
  const row = await toRegisterRow(after);
  const audits = await Promise.all(
    changed.map((key, order) =>
      auditRow(
        before.id,
        now,
        'edited',
        fieldChangeDetail(key, before.partnership[key], after.partnership[key]),
        order,
      ),
    ),
  );
  await db.transaction('rw', [...registerTables(db), db.registerAudit], async () => {
    const current = await db.registerEntries.get(before.id);
    if (!current || !original || !sameBlob(current, original))
      throw new RegisterEntryChangedError();
    await db.registerEntries.put(row);
    await adjustRegisterCounts(db, [current], [row]);
    await db.registerAudit.bulkAdd(audits);
  });
  return after;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** True when two rows hold the same ciphertext (a fresh IV makes every save differ). */
function sameBlob(a: RegisterEntryRow, b: RegisterEntryRow): boolean {
  return sameBytes(a.sealed.iv, b.sealed.iv) && sameBytes(a.sealed.ct, b.sealed.ct);
}

/** An entry's audit trail, oldest first. */
export async function getRegisterAudit(
  entryId: string,
): Promise<{ at: IsoDateTime; action: string; detail: string }[]> {
  const rows = await getDatabase()
    .registerAudit.where('[entryId+at]')
    .between([entryId, ''], [entryId, '\uffff'])
    .toArray();
  rows.sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? -1 : 1));
  return Promise.all(
    rows.map(async (row) => ({
      at: row.at as IsoDateTime,
      action: row.action,
      detail: (await unseal<{ detail: string }>('registerAudit', row.id, row.sealed)).detail,
    })),
  );
}

/** One entry, opened; undefined if there is none. */
export async function getRegisterEntry(id: string): Promise<RegisterEntry | undefined> {
  const row = await getDatabase().registerEntries.get(id);
  return row ? openRegisterRow(row) : undefined;
}

/** Opens the rows with these ids (e.g. one page of the table), in the order given. */
export async function openRegisterEntries(ids: readonly string[]): Promise<RegisterEntry[]> {
  const rows = await getDatabase().registerEntries.bulkGet([...ids]);
  return Promise.all(rows.filter((row): row is RegisterEntryRow => !!row).map(openRegisterRow));
}

/** Every entry, opened (for export). */
export async function listRegisterEntries(): Promise<RegisterEntry[]> {
  const rows = await getDatabase().registerEntries.orderBy('receivedOn').toArray();
  return Promise.all(rows.map(openRegisterRow));
}
