// What an Escalate backup holds once decrypted, and the schemas that check every part of it before
// a restore may change anything (docs/security.md, "Backups").
import { z } from 'zod';
import type { ClientAmendment } from '../escalation/client-amendment';
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../calendar/iso-date';
import { agencyTypeSchema, agencyTypes } from '../policy/agency-type';
import { resolvedHows } from '../escalation/theme-choices';
import { disagreementThemes } from '../register/notification-themes';
import type { AuditEvent, ClientIdentity, Discussion, Escalation } from '../escalation/escalation';
import { ID_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../limits';
import { caseTermsSchema } from '../redaction/case-terms';
import { checkRegisterConsistency, registerBackupSchema } from './backup-register';

export const BACKUP_CONTENT_FORMAT = 'escalate-backup-content';
export const BACKUP_CONTENT_VERSION = 1;

const isoDate = z
  .string()
  .refine(isIsoDate, 'is not a date in YYYY-MM-DD form') as unknown as z.ZodType<IsoDate>;
const isoDateTime = z
  .string()
  .refine(isIsoDateTime, 'is not a date and time') as unknown as z.ZodType<IsoDateTime>;
const id = z.string().min(1).max(ID_MAX);
/** Notes and statements; the same limit as the forms (../limits). */
const text = z.string().max(LONG_TEXT_MAX);
/** Names, roles, agencies, identifiers and address lines; the same limit as the forms. */
const short = z.string().max(SHORT_TEXT_MAX);

const professional = z.strictObject({
  id,
  name: short,
  role: short,
  agency: short,
  agencyType: agencyTypeSchema.nullable(),
});

const stageVisit = z.strictObject({
  kind: z.enum(['stage', 'urgent-route']),
  stageId: id,
  enteredAt: isoDateTime,
  dueDate: isoDate.nullable(),
  dueAt: isoDateTime.nullable(),
  leftAt: isoDateTime.nullable(),
  reason: text,
});

const closure = z.strictObject({ at: isoDateTime, reason: text });

export const escalationSchema: z.ZodType<Escalation> = z.strictObject({
  id,
  caseRef: z.string().min(1).max(40),
  packId: id,
  packVersion: z.number().int().positive(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  revision: z.number().int().positive(),
  isExample: z.boolean(),
  raisedBy: z.strictObject({ agencyType: agencyTypeSchema, role: short, agency: short }),
  categoryIds: z.array(id),
  statement: z.strictObject({
    whatIsEscalated: text,
    outcomeSought: text,
    outcomeSoughtBy: isoDate.nullable(),
  }),
  professionals: z.array(professional),
  urgency: z.enum(['routine', 'imminent-risk', 'suspected-non-accidental-injury']),
  status: z.enum(['open', 'resolved', 'referred-to-partnership', 'withdrawn']),
  stageHistory: z.array(stageVisit).min(1),
  feedback: z.array(z.strictObject({ id, at: isoDateTime, text })),
  resolution: z
    .strictObject({
      resolvedAt: isoDateTime,
      agreedOutcome: text,
      confirmationSentTo: text,
      confirmationSentOn: isoDate.nullable(),
      outstandingIssues: text,
      howOutstandingWillBePursued: text,
      debrief: text,
      learning: text,
      themes: z
        .strictObject({
          about: z.array(z.enum(disagreementThemes)).max(disagreementThemes.length),
          agencyTypes: z.array(agencyTypeSchema).max(agencyTypes.length),
          resolvedHow: z.enum(resolvedHows).nullable(),
          learningIdentified: z.boolean().nullable(),
        })
        .optional(),
    })
    .nullable(),
  referral: closure.nullable(),
  withdrawal: closure.nullable(),
});

export const discussionSchema: z.ZodType<Discussion> = z.strictObject({
  id,
  escalationId: id,
  sequence: z.number().int().positive(),
  heldAt: isoDateTime,
  recordedAt: isoDateTime,
  stageId: id,
  withWhom: z.array(professional.omit({ id: true })),
  method: z.enum(['meeting', 'phone', 'video-call', 'email', 'letter', 'other']),
  summary: text,
  agreedActions: text,
  amends: id.nullable(),
});

export const auditEventSchema: z.ZodType<AuditEvent> = z.strictObject({
  id,
  escalationId: id,
  at: isoDateTime,
  action: z.enum([
    'created',
    'discussion-logged',
    'discussion-amended',
    'escalated',
    'feedback-recorded',
    'resolved',
    'referred-to-partnership',
    'withdrawn',
    'edited',
    'notification-prepared',
    'notification-sent',
    'client-details-amended',
    'case-file-exported',
  ]),
  detail: text,
});

const person = z.strictObject({
  firstName: short,
  lastName: short.optional(),
  dob: isoDate.optional(),
});

export const clientIdentitySchema: z.ZodType<ClientIdentity> = z.strictObject({
  child: person.extend({
    preferredName: short.optional(),
    middleNames: short.optional(),
    nhsNumber: short.optional(),
    upn: short.optional(),
    edd: isoDate.optional(),
  }),
  siblings: z.array(person).optional(),
  familyMembers: z
    .array(
      person.extend({
        relationship: short,
        phone: short.optional(),
        email: short.optional(),
        nino: short.optional(),
        nhsNumber: short.optional(),
      }),
    )
    .optional(),
  address: z
    .strictObject({
      line1: short.optional(),
      line2: short.optional(),
      town: short.optional(),
      postcode: short.optional(),
    })
    .optional(),
  school: short.optional(),
});

export const clientAmendmentSchema: z.ZodType<ClientAmendment> = z.strictObject({
  id,
  at: isoDateTime,
  by: text,
  changes: z.array(text),
  previous: clientIdentitySchema,
});

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
  earliest: IsoDateTime | null;
  latest: IsoDateTime | null;
  exportedAt: IsoDateTime;
}

/** Counts, date range and policy packs of a backup. */
export function summariseBackup(content: BackupContent): BackupSummary {
  const times = content.escalations.flatMap((e) => [e.createdAt, e.updatedAt]).sort();
  return {
    escalations: content.escalations.length,
    openEscalations: content.escalations.filter((e) => e.status === 'open').length,
    discussions: content.discussions.length,
    notifications: content.notifications.length,
    customPacks: content.customPacks.length,
    registerEntries: content.register?.entries.length ?? 0,
    packIds: [...new Set(content.escalations.map((e) => e.packId))].sort(),
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
    problems.push(`${orphans.length} entries belong to escalations that are not in the backup.`);
  }
  const entryIds = [...content.discussions, ...content.auditEvents].map((entry) => entry.id);
  if (new Set(entryIds).size !== entryIds.length) problems.push('Some entries appear twice.');
  if (content.register) problems.push(...checkRegisterConsistency(content.register));
  return problems;
}
