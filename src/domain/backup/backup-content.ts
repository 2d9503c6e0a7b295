// What an Escalate backup holds once decrypted, and the schema that checks all of it before a
// restore may change anything (docs/security.md, "Backups"). The records' parts are in
// ./record-schemas.ts; the register's in ./backup-register.ts.
import { z } from 'zod';
import type { IsoDateTime } from '../calendar/iso-date';
import { caseTermsSchema } from '../redaction/case-terms';
import { checkRegisterConsistency, registerBackupSchema } from './backup-register';
import {
  auditEventSchema,
  clientAmendmentSchema,
  clientIdentitySchema,
  discussionSchema,
  escalationSchema,
  id,
  isoDateTime,
} from './record-schemas';
import { countOf } from '../plural';
import { findBuiltInPack } from '../policy/built-in-packs';

export const BACKUP_CONTENT_FORMAT = 'escalate-backup-content';
export const BACKUP_CONTENT_VERSION = 1;

/** Everything a backup carries, decrypted. Notifications and drafts are kept as opaque JSON. */
export const backupContentSchema = z.strictObject({
  format: z.literal(BACKUP_CONTENT_FORMAT),
  version: z.literal(BACKUP_CONTENT_VERSION),
  exportedAt: isoDateTime,
  escalations: z.array(escalationSchema),
  clients: z.array(
    z.strictObject({
      escalationId: id,
      client: clientIdentitySchema,
      /** Since issue 14: changes to the client's details after the start, oldest first. */
      amendments: z.array(clientAmendmentSchema).optional(),
      /** Since issue 9: the case's list of hidden and kept terms (decision 0008). */
      caseTerms: caseTermsSchema.optional(),
    }),
  ),
  discussions: z.array(discussionSchema),
  auditEvents: z.array(auditEventSchema),
  notifications: z.array(
    z.strictObject({
      id,
      escalationId: id,
      status: z.enum(['prepared', 'sent']),
      preparedAt: isoDateTime,
      content: z.unknown(),
    }),
  ),
  settings: z.array(z.strictObject({ key: z.string().min(1).max(200), value: z.unknown() })),
  customPacks: z.array(
    z.strictObject({
      id,
      version: z.number().int().positive(),
      importedAt: isoDateTime,
      pack: z.unknown(),
      origin: z.enum(['imported', 'snapshot']).optional(),
    }),
  ),
  /** Since issue 10: the partnership's register and its audit (absent from older backups). */
  register: registerBackupSchema.optional(),
});

export type BackupContent = z.infer<typeof backupContentSchema>;

/** What a backup contains, for the user to check before restoring. */
export interface BackupSummary {
  escalations: number;
  openEscalations: number;
  discussions: number;
  notifications: number;
  customPacks: number;
  /** Register entries; 0 when the backup has no register. */
  registerEntries: number;
  packIds: string[];
  /** The policies of the records, by their partnership's name (the id when no name is known). */
  policies: string[];
  earliest: IsoDateTime | null;
  latest: IsoDateTime | null;
  exportedAt: IsoDateTime;
}

/** The partnership's name in a stored pack that has not been checked yet, if it has one. */
function storedPackName(pack: unknown): string | undefined {
  if (typeof pack !== 'object' || pack === null || !('partnership' in pack)) return undefined;
  const partnership = pack.partnership;
  if (typeof partnership !== 'object' || partnership === null) return undefined;
  const name = 'name' in partnership ? partnership.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/**
 * A policy as the user knows it: the partnership's name, from the built-in pack or the pack
 * carried in the backup, rather than its code ("wiltshire-scb-2013").
 */
export function policyName(content: Pick<BackupContent, 'customPacks'>, packId: string): string {
  const builtIn = findBuiltInPack(packId)?.partnership.name;
  if (builtIn) return builtIn;
  const carried = content.customPacks
    .filter((row) => row.id === packId)
    .map((row) => storedPackName(row.pack))
    .find((name) => name !== undefined);
  return carried ?? packId;
}

/** Counts, date range and policy packs of a backup. */
export function summariseBackup(content: BackupContent): BackupSummary {
  const times = content.escalations.flatMap((e) => [e.createdAt, e.updatedAt]).sort();
  const packIds = [...new Set(content.escalations.map((e) => e.packId))].sort();
  return {
    escalations: content.escalations.length,
    openEscalations: content.escalations.filter((e) => e.status === 'open').length,
    discussions: content.discussions.length,
    notifications: content.notifications.length,
    customPacks: content.customPacks.length,
    registerEntries: content.register?.entries.length ?? 0,
    packIds,
    policies: packIds.map((packId) => policyName(content, packId)),
    earliest: times[0] ?? null,
    latest: times[times.length - 1] ?? null,
    exportedAt: content.exportedAt,
  };
}

/**
 * Checks that the parts of a backup fit together: every discussion, audit event, client and
 * notification belongs to an escalation in the file, and no id appears twice. Returns problems
 * in plain English (empty when the content is consistent).
 */
export function checkBackupConsistency(content: BackupContent): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of content.escalations) {
    if (ids.has(e.id)) problems.push(`The escalation ${e.caseRef} appears twice.`);
    ids.add(e.id);
  }
  const orphans = [
    ...content.discussions.map((d) => d.escalationId),
    ...content.auditEvents.map((a) => a.escalationId),
    ...content.clients.map((c) => c.escalationId),
    ...content.notifications.map((n) => n.escalationId),
  ].filter((escalationId) => !ids.has(escalationId));
  if (orphans.length > 0) {
    problems.push(
      `${countOf(orphans.length, 'entry belongs', 'entries belong')} to escalations that are not in the backup.`,
    );
  }
  const entryIds = [...content.discussions, ...content.auditEvents].map((entry) => entry.id);
  if (new Set(entryIds).size !== entryIds.length) problems.push('Some entries appear twice.');
  if (content.register) problems.push(...checkRegisterConsistency(content.register));
  return problems;
}
