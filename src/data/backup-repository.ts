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
import type { Escalation } from '../domain/escalation/escalation';
import { getDatabase } from './database';
import type { DiscussionRow, AuditEventRow, EscalationRow, NotificationRow } from './db';
import {
  openAuditRows,
  openDiscussionRows,
  openEscalationRow,
  splitClientPayload,
  withClientDetails,
  toAuditRow,
  toDiscussionRow,
  toEscalationRow,
} from './escalations-repository';
import { readBackup, writeBackup } from './vault/backup-file';
import type { BackupError } from './vault/backup-error';
import { seal, unseal } from './vault-session';

/** Settings that belong to this device, never carried in a backup. */
const DEVICE_ONLY_SETTINGS = new Set(['vault.header', 'vault.failedUnlocks', 'backup.lastAt']);
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
  return {
    format: BACKUP_CONTENT_FORMAT,
    version: BACKUP_CONTENT_VERSION,
    exportedAt: exportedAt as BackupContent['exportedAt'],
    escalations: await Promise.all(escalations.map(openEscalationRow)),
    clients: await Promise.all(
      clients.map(async (row) => {
        const payload = await unseal<Record<string, unknown>>(
          'clients',
          row.escalationId,
          row.sealed,
        );
        const { client, amendments } = splitClientPayload(payload);
        return {
          escalationId: row.escalationId,
          client,
          ...(amendments.length > 0 && { amendments }),
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
  | { ok: true; content: BackupContent; summary: BackupSummary }
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
  return { ok: true, content: parsed.data, summary: summariseBackup(parsed.data) };
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
      content.clients.map(async (c) => ({
        escalationId: c.escalationId,
        sealed: await seal(
          'clients',
          c.escalationId,
          withClientDetails({}, c.client, c.amendments ?? []),
        ),
      })),
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
  const sealed = await sealContent(content);
  const db = getDatabase();
  const tables = [
    db.escalations,
    db.clients,
    db.discussions,
    db.auditEvents,
    db.notifications,
    db.settings,
    db.customPacks,
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
    await db.clients.bulkPut(sealed.clients.filter((row) => take.has(row.escalationId)));
    const knownDiscussions = new Set(await db.discussions.toCollection().primaryKeys());
    await db.discussions.bulkAdd(sealed.discussions.filter((row) => !knownDiscussions.has(row.id)));
    const knownAudit = new Set(await db.auditEvents.toCollection().primaryKeys());
    await db.auditEvents.bulkAdd(sealed.audit.filter((row) => !knownAudit.has(row.id)));
    await db.notifications.bulkPut(sealed.notifications);
    await db.customPacks.bulkPut(content.customPacks);
    if (mode === 'replace')
      await db.settings.bulkPut(content.settings.filter((s) => !DEVICE_ONLY_SETTINGS.has(s.key)));
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
