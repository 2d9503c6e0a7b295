// Backup and restore: everything on the device, decrypted, checked and re-encrypted into one file
// under its own passphrase; restore checks the whole file before it changes anything.
import {
  BACKUP_CONTENT_FORMAT,
  BACKUP_CONTENT_VERSION,
  backupContentSchema,
  checkBackupConsistency,
  summariseBackup,
  type BackupContent,
  type BackupSummary,
} from '../domain/backup/backup-content';
import { keepUsableParts } from '../domain/backup/backup-parts';
import type { Escalation } from '../domain/escalation/escalation';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { getDatabase } from './database';
import {
  REGISTER_NEEDS_INDEXING,
  type AuditEventRow,
  type DiscussionRow,
  type EscalationRow,
  type NotificationRow,
} from './db';
import {
  openAuditRows,
  openDiscussionRows,
  openClientDetails,
  openEscalationRow,
  RecordChangedElsewhereError,
  toAuditRow,
  toClientRow,
  toDiscussionRow,
  toEscalationRow,
} from './escalations-repository';
import { recountOpenCounts } from './open-counts';
import { describeFirstIssue, InvalidRecordError } from './record-checks';
import {
  collectRegisterBackup,
  prepareRegisterRestore,
  writeRegisterRestore,
} from './register-backup';
import { readBackup, writeBackup } from './vault/backup-file';
import type { BackupError } from './vault/backup-error';
import { seal, unseal } from './vault-session';
import { useStoredQuery } from './stored-query';

/** Settings that belong to this device, never carried in a backup. */
// The recovery key wraps this device's data key, which a backup never carries: a backup has its
// own passphrase (docs/decisions/0030). Whether the register still needs indexing is this device's
// database's state: a restore writes the entries with their indexes and counts (decision 0042).
const DEVICE_ONLY_SETTINGS = new Set([
  'vault.header',
  'vault.recovery',
  'vault.failedUnlocks',
  'backup.lastAt',
  REGISTER_NEEDS_INDEXING,
]);

/** The content without this device's own settings (a backup from an older version may hold one). */
function withoutDeviceSettings(content: BackupContent): BackupContent {
  return { ...content, settings: content.settings.filter((s) => !DEVICE_ONLY_SETTINGS.has(s.key)) };
}
export const LAST_BACKUP_SETTING = 'backup.lastAt';

/** Reads and decrypts everything into backup content. Needs the vault unlocked. */
export async function collectBackupContent(exportedAt: string): Promise<BackupContent> {
  const db = getDatabase();
  const [escalations, clients, discussions, audit, notifications, settings, customPacks] =
    await Promise.all([
      db.escalations.toArray(),
      db.clients.toArray(),
      db.discussions.toArray(),
      db.auditEvents.toArray(),
      db.notifications.toArray(),
      db.settings.toArray(),
      db.customPacks.toArray(),
    ]);
  const register = await collectRegisterBackup(db);
  return {
    format: BACKUP_CONTENT_FORMAT,
    version: BACKUP_CONTENT_VERSION,
    exportedAt: exportedAt as BackupContent['exportedAt'],
    escalations: await Promise.all(escalations.map(openEscalationRow)),
    clients: await Promise.all(
      clients.map(async (row) => {
        const { client, amendments, caseTerms } = await openClientDetails(row);
        return {
          escalationId: row.escalationId,
          client,
          ...(amendments.length > 0 && { amendments }),
          ...(caseTerms && { caseTerms }),
        };
      }),
    ),
    discussions: await openDiscussionRows(discussions),
    auditEvents: await openAuditRows(audit),
    notifications: await Promise.all(
      notifications.map(async (row) => ({
        id: row.id,
        escalationId: row.escalationId,
        status: row.status,
        preparedAt: row.preparedAt as BackupContent['exportedAt'],
        content: await unseal<unknown>('notifications', row.id, row.sealed),
      })),
    ),
    settings: settings.filter((row) => !DEVICE_ONLY_SETTINGS.has(row.key)),
    customPacks: customPacks.map((row) => ({
      ...row,
      importedAt: row.importedAt as BackupContent['exportedAt'],
    })),
    // Only a device with a register writes one, so older versions of the app still read the rest.
    ...(register.entries.length > 0 && { register }),
  };
}

/** Makes the encrypted backup file and remembers when it was made. */
export async function createBackupFile(
  passphrase: string,
  now: Date,
  appVersion: string,
  options?: { iterations?: number },
): Promise<Uint8Array> {
  const content = await collectBackupContent(now.toISOString());
  // The same check restore makes: a backup that would be refused is never written.
  const checked = backupContentSchema.safeParse(content);
  if (!checked.success) {
    throw new InvalidRecordError(
      `The backup was not made because ${describeFirstIssue(checked.error)}. Correct that record, then make the backup again.`,
    );
  }
  const bytes = await writeBackup(
    content,
    passphrase,
    { createdAt: now.toISOString(), appVersion },
    options,
  );
  await getDatabase().settings.put({ key: LAST_BACKUP_SETTING, value: now.toISOString() });
  return bytes;
}

export type InspectResult =
  | { ok: true; content: BackupContent; summary: BackupSummary; notes: string[] }
  | { ok: false; message: string; kind: BackupError['kind'] | 'invalid-content' };

/** Decrypts and checks a backup file completely, changing nothing. */
export async function inspectBackupFile(
  bytes: Uint8Array,
  passphrase: string,
): Promise<InspectResult> {
  const read = await readBackup(bytes, passphrase);
  if (!read.ok) return { ok: false, kind: read.error.kind, message: read.error.message };
  const parsed = backupContentSchema.safeParse(read.payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : 'the file';
    return {
      ok: false,
      kind: 'invalid-content',
      message: `This backup opened, but its contents are not what Escalate expects (at ${where}: ${first?.message ?? 'unknown problem'}). Nothing has been changed. Try another backup file.`,
    };
  }
  const problems = checkBackupConsistency(parsed.data);
  if (problems.length > 0) {
    return {
      ok: false,
      kind: 'invalid-content',
      message: `This backup is inconsistent: ${problems.join(' ')} Nothing has been changed. Try another backup file.`,
    };
  }
  const usable = keepUsableParts(withoutDeviceSettings(parsed.data), builtInPacks);
  return {
    ok: true,
    content: usable.content,
    summary: summariseBackup(usable.content),
    notes: usable.notes,
  };
}

interface SealedContent {
  escalations: EscalationRow[];
  clients: { escalationId: string; sealed: EscalationRow['sealed'] }[];
  discussions: DiscussionRow[];
  audit: AuditEventRow[];
  notifications: NotificationRow[];
}

async function sealContent(content: BackupContent): Promise<SealedContent> {
  return {
    escalations: await Promise.all(content.escalations.map(toEscalationRow)),
    clients: await Promise.all(
      content.clients.map((c) =>
        toClientRow(c.escalationId, c.client, c.amendments ?? [], c.caseTerms),
      ),
    ),
    discussions: await Promise.all(content.discussions.map(toDiscussionRow)),
    audit: await Promise.all(content.auditEvents.map(toAuditRow)),
    notifications: await Promise.all(
      content.notifications.map(async (n) => ({
        id: n.id,
        escalationId: n.escalationId,
        status: n.status,
        preparedAt: n.preparedAt,
        sealed: await seal('notifications', n.id, n.content),
      })),
    ),
  };
}

/** Which escalations a merge takes from the backup: new ones, and ones newer than the device's. */
function newerFromBackup(
  incoming: Escalation[],
  existing: Map<string, EscalationRow>,
): Set<string> {
  const take = new Set<string>();
  for (const escalation of incoming) {
    const current = existing.get(escalation.id);
    if (
      !current ||
      escalation.revision > current.revision ||
      (escalation.revision === current.revision && escalation.updatedAt > current.updatedAt)
    ) {
      take.add(escalation.id);
    }
  }
  return take;
}

type NotificationEntry = BackupContent['notifications'][number];

/** One notification event's identity, for the union of two copies' events. */
function eventKey(event: unknown): string {
  if (typeof event !== 'object' || event === null) return JSON.stringify(event);
  const entries = Object.entries(event).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

function eventsOf(content: unknown): { at?: unknown }[] {
  const events = (content as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? (events as { at?: unknown }[]) : [];
}

/**
 * Merges two copies of one notification (merge rules: docs/decisions/0006). Its status only moves
 * forward (prepared, then sent), so the later state wins; its events are the union of both copies',
 * in time order; the rest of the content is the device's (fixed once prepared).
 */
export function mergeNotification(
  device: NotificationEntry,
  incoming: NotificationEntry,
): NotificationEntry {
  const seen = new Set<string>();
  const events = [...eventsOf(device.content), ...eventsOf(incoming.content)]
    .filter((event) => {
      const key = eventKey(event);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => String(a.at ?? '').localeCompare(String(b.at ?? '')));
  const status = device.status === 'sent' || incoming.status === 'sent' ? 'sent' : 'prepared';
  const content = { ...(device.content as object), events };
  return { ...device, status, content };
}

/** True when two reads of a row are the same write (every write has a fresh random IV). */
function sameWrite(a: NotificationRow | undefined, b: NotificationRow | undefined): boolean {
  if (!a || !b || a.sealed.iv.length !== b.sealed.iv.length) return false;
  return a.sealed.iv.every((byte, i) => byte === b.sealed.iv[i]);
}

/** The device's copies of the backup's notifications, decrypted, with the rows they came from. */
async function readDeviceNotifications(ids: string[]): Promise<Map<string, NotificationRow>> {
  const rows = await getDatabase().notifications.bulkGet(ids);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/** In a merge, each notification on both sides becomes the merge of the two (sealed again). */
async function mergedNotifications(
  content: BackupContent,
): Promise<{ rows: NotificationRow[]; basedOn: Map<string, NotificationRow> }> {
  const basedOn = await readDeviceNotifications(content.notifications.map((n) => n.id));
  const rows = await Promise.all(
    content.notifications.map(async (incoming) => {
      const row = basedOn.get(incoming.id);
      const merged = row
        ? mergeNotification(
            {
              id: row.id,
              escalationId: row.escalationId,
              status: row.status,
              preparedAt: row.preparedAt as NotificationEntry['preparedAt'],
              content: await unseal<unknown>('notifications', row.id, row.sealed),
            },
            incoming,
          )
        : incoming;
      return {
        id: merged.id,
        escalationId: merged.escalationId,
        status: merged.status,
        preparedAt: merged.preparedAt,
        sealed: await seal('notifications', merged.id, merged.content),
      };
    }),
  );
  return { rows, basedOn };
}

/**
 * Restores checked content. `replace` empties the records first; `merge` keeps the device's records
 * and takes from the backup those it lacks or holds an older version of, adding discussions and
 * audit events it does not have (nothing is duplicated). Everything is sealed before the
 * transaction, and the transaction is all-or-nothing: on any error nothing changes.
 */
export async function restoreBackupContent(
  content: BackupContent,
  mode: 'replace' | 'merge',
): Promise<void> {
  // Inspect already did this; done again so no caller can restore an unchecked setting or pack.
  content = keepUsableParts(withoutDeviceSettings(content), builtInPacks).content;
  const sealed = await sealContent(content);
  const merging = mode === 'merge' ? await mergedNotifications(content) : undefined;
  const db = getDatabase();
  const register = await prepareRegisterRestore(db, content.register, mode);
  const tables = [
    db.escalations,
    db.clients,
    db.discussions,
    db.auditEvents,
    db.notifications,
    db.settings,
    db.customPacks,
    db.openCounts,
    db.registerEntries,
    db.registerAudit,
    db.registerCells,
    db.registerMonths,
  ];
  await db.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      await Promise.all([
        db.escalations.clear(),
        db.clients.clear(),
        db.discussions.clear(),
        db.auditEvents.clear(),
        db.notifications.clear(),
      ]);
    }
    const existing = new Map((await db.escalations.toArray()).map((row) => [row.id, row]));
    const take = newerFromBackup(content.escalations, existing);
    await db.escalations.bulkPut(sealed.escalations.filter((row) => take.has(row.id)));
    await recountOpenCounts(db);
    await db.clients.bulkPut(sealed.clients.filter((row) => take.has(row.escalationId)));
    const knownDiscussions = new Set(await db.discussions.toCollection().primaryKeys());
    await db.discussions.bulkAdd(sealed.discussions.filter((row) => !knownDiscussions.has(row.id)));
    const knownAudit = new Set(await db.auditEvents.toCollection().primaryKeys());
    await db.auditEvents.bulkAdd(sealed.audit.filter((row) => !knownAudit.has(row.id)));
    if (merging) {
      // The merge was worked out from the device's copies read before this transaction: if one
      // changed since (another tab sent it), stop rather than write over it.
      const read = [...merging.basedOn.values()];
      const now = await db.notifications.bulkGet(read.map((row) => row.id));
      if (now.some((row, i) => !sameWrite(row, read[i]))) throw new RecordChangedElsewhereError();
      await db.notifications.bulkPut(merging.rows);
    } else {
      await db.notifications.bulkPut(sealed.notifications);
    }
    const knownPacks = new Set(
      (await db.customPacks.toCollection().primaryKeys()).map((key) => JSON.stringify(key)),
    );
    await db.customPacks.bulkPut(
      content.customPacks.filter((row) => !knownPacks.has(JSON.stringify([row.id, row.version]))),
    );
    if (mode === 'replace') await db.settings.bulkPut(content.settings);
    if (register) await writeRegisterRestore(db, register);
  });
}

/** When the last backup was made, and whether any record changed since. */
export async function readBackupStatus(): Promise<{
  lastAt: string | null;
  changedSince: boolean;
}> {
  const db = getDatabase();
  const lastAt =
    ((await db.settings.get(LAST_BACKUP_SETTING))?.value as string | undefined) ?? null;
  const newest = await db.escalations.orderBy('updatedAt').last();
  return {
    lastAt,
    changedSince: newest !== undefined && (lastAt === null || newest.updatedAt > lastAt),
  };
}

/**
 * The backup status, live: it changes as soon as a backup is made (or a record changes), so
 * Settings never says "You have not made a backup" under the message that one was just saved.
 */
export function useBackupStatus(): { lastAt: string | null; changedSince: boolean } | undefined {
  return useStoredQuery(readBackupStatus, [], { lastAt: null, changedSince: false });
}
