// The partnership's register in a backup (register mode): its entries and their audit, decrypted,
// the schema that checks them before a restore, and the merge rule (docs/decisions/0026).
import { z } from 'zod';
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../calendar/iso-date';
import { ID_MAX } from '../limits';
import { agencyTypeSchema } from '../policy/agency-type';
import { notificationDataSchema } from '../register/notification-data';
import { resolvedHows } from '../escalation/theme-choices';
import { disagreementThemes } from '../register/notification-themes';
import { registerStatuses, type RegisterEntry } from '../register/register-entry';

/**
 * Register text comes from notifications (whose data allows 200,000 characters a value) and from
 * what the partnership types, so its limit is the notification data's, not the record forms'.
 */
export const REGISTER_TEXT_MAX = 200_000;

const isoDate = z
  .string()
  .refine(isIsoDate, 'is not a date in YYYY-MM-DD form') as unknown as z.ZodType<IsoDate>;
const isoDateTime = z
  .string()
  .refine(isIsoDateTime, 'is not a date and time') as unknown as z.ZodType<IsoDateTime>;
const id = z.string().min(1).max(ID_MAX);
const text = z.string().max(REGISTER_TEXT_MAX);
const label = z.string().max(1_000);

const factsSchema = z.strictObject({
  partnership: label,
  categoryLabels: z.array(label).max(50),
  categoryThemes: z.array(z.enum(disagreementThemes)).max(50),
  raisingAgencyType: agencyTypeSchema().nullable(),
  receivingAgencyTypes: z.array(agencyTypeSchema()).max(50),
  involvedAgencyTypes: z.array(agencyTypeSchema()).max(50).optional(),
  stageOrder: z.number().int().positive().nullable(),
  stageName: label,
  ending: z.enum(['open', 'resolved', 'referred-to-partnership', 'withdrawn']).nullable(),
  startedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  workingDaysToResolution: z.number().int().nonnegative().nullable(),
  learningIdentified: z.boolean(),
  resolvedHow: z.enum(resolvedHows).nullable().optional(),
});

export const registerEntrySchema: z.ZodType<RegisterEntry> = z.strictObject({
  id,
  caseRef: z.string().min(1).max(200),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  source: z.enum(['notification', 'spreadsheet']),
  receivedOn: isoDate,
  generatedAt: isoDateTime.nullable(),
  facts: factsSchema,
  columns: z.strictObject({ agencies: text, summary: text, outcome: text, learning: text }),
  partnership: z.strictObject({
    partnershipActions: text,
    status: z.enum(registerStatuses),
    acknowledgedOn: isoDate.nullable(),
    planOfAction: text,
  }),
  notification: notificationDataSchema.shape.notification.nullable(),
});

/** One event of an entry's audit trail, decrypted. */
export const registerAuditSchema = z.strictObject({
  id,
  entryId: id,
  at: isoDateTime,
  /** Orders the events written together at the same instant. */
  order: z.number().int().nonnegative().max(10_000),
  action: z.string().min(1).max(100),
  /** An edit's detail quotes the field before and after, so it may hold two register texts. */
  detail: z.string().max(2 * REGISTER_TEXT_MAX + 1_000),
});

export type RegisterAuditEntry = z.infer<typeof registerAuditSchema>;

/** The register part of a backup. */
export const registerBackupSchema = z.strictObject({
  entries: z.array(registerEntrySchema),
  audit: z.array(registerAuditSchema),
});

export type RegisterBackup = z.infer<typeof registerBackupSchema>;

/** Plain-English problems with how the register's parts fit together (empty when they do). */
export function checkRegisterConsistency(register: RegisterBackup): string[] {
  const problems: string[] = [];
  const ids = new Set(register.entries.map((entry) => entry.id));
  if (ids.size !== register.entries.length) problems.push('A register entry appears twice.');
  const refs = new Set(register.entries.map((entry) => entry.caseRef));
  if (refs.size !== register.entries.length) {
    problems.push('Two register entries have the same case reference.');
  }
  const orphans = register.audit.filter((event) => !ids.has(event.entryId)).length;
  if (orphans > 0) {
    problems.push(`${orphans} register history events belong to entries not in the backup.`);
  }
  if (new Set(register.audit.map((event) => event.id)).size !== register.audit.length) {
    problems.push('A register history event appears twice.');
  }
  return problems;
}

/** What the device holds, in clear: enough to plan a merge without decrypting anything. */
export interface DeviceRegister {
  readonly entries: readonly { readonly id: string; readonly caseRef: string }[];
  readonly audit: readonly { readonly id: string; readonly entryId: string; readonly at: string }[];
}

/** What a merge writes: entries to put (under the device's id) and audit events to add. */
export interface RegisterMergePlan {
  readonly entries: readonly RegisterEntry[];
  readonly audit: readonly RegisterAuditEntry[];
}

function lastChanges(audit: readonly { entryId: string; at: string }[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const event of audit) {
    const known = last.get(event.entryId);
    if (known === undefined || event.at > known) last.set(event.entryId, event.at);
  }
  return last;
}

/**
 * Merges a backup's register into the device's. Entries are matched by case reference (one entry
 * per notification, whichever device imported it). An entry only in the backup is added. An entry
 * on both sides keeps the device's id and takes the copy changed last, judged by its latest audit
 * event (a tie keeps the device's). Audit events are the union by id, the backup's re-pointed to
 * the device's entry, so both histories are kept. A backup entry whose id the device uses for
 * another case reference is left out with its audit (ids are random, so only an altered file can
 * do this).
 */
export function planRegisterMerge(
  device: DeviceRegister,
  incoming: RegisterBackup,
): RegisterMergePlan {
  const byRef = new Map(device.entries.map((entry) => [entry.caseRef, entry.id]));
  const deviceIds = new Set(device.entries.map((entry) => entry.id));
  const deviceLast = lastChanges(device.audit);
  const incomingLast = lastChanges(incoming.audit);
  const target = new Map<string, string>();
  const entries: RegisterEntry[] = [];
  for (const entry of incoming.entries) {
    const matched = byRef.get(entry.caseRef);
    if (matched === undefined) {
      if (deviceIds.has(entry.id)) continue;
      target.set(entry.id, entry.id);
      entries.push(entry);
      continue;
    }
    target.set(entry.id, matched);
    const theirs = incomingLast.get(entry.id) ?? '';
    const ours = deviceLast.get(matched) ?? '';
    if (theirs > ours) entries.push({ ...entry, id: matched });
  }
  const knownAudit = new Set(device.audit.map((event) => event.id));
  const audit = incoming.audit.flatMap((event) => {
    const entryId = target.get(event.entryId);
    return entryId === undefined || knownAudit.has(event.id) ? [] : [{ ...event, entryId }];
  });
  return { entries, audit };
}
