// The schemas of a record's parts (escalation, discussions, audit, client), checked before a record
// is saved, after it is read, and in a backup. Kept apart from the backup's own schema so the
// record screens load only these, not the register's (which only a backup needs).
import { z } from 'zod';
import type { ClientAmendment } from '../escalation/client-amendment';
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../calendar/iso-date';
import { agencyTypeSchema, agencyTypes } from '../policy/agency-type';
import { disagreementThemes, resolvedHows } from '../escalation/theme-choices';
import type { AuditEvent, ClientIdentity, Discussion, Escalation } from '../escalation/escalation';
import { ID_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../limits';

export const isoDate = z
  .string()
  .refine(isIsoDate, 'is not a date in YYYY-MM-DD form') as unknown as z.ZodType<IsoDate>;
export const isoDateTime = z
  .string()
  .refine(isIsoDateTime, 'is not a date and time') as unknown as z.ZodType<IsoDateTime>;
export const id = z.string().min(1).max(ID_MAX);
/** Notes and statements; the same limit as the forms (../limits). */
const text = z.string().max(LONG_TEXT_MAX);
/** Names, roles, agencies, identifiers and address lines; the same limit as the forms. */
const short = z.string().max(SHORT_TEXT_MAX);

const professional = z.strictObject({
  id,
  name: short,
  role: short,
  agency: short,
  agencyType: agencyTypeSchema().nullable(),
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
  raisedBy: z.strictObject({ agencyType: agencyTypeSchema(), role: short, agency: short }),
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
          agencyTypes: z.array(agencyTypeSchema()).max(agencyTypes.length),
          resolvedHow: z.enum(resolvedHows).nullable(),
          learningIdentified: z.boolean().nullable(),
        })
        .optional(),
    })
    .nullable(),
  referral: closure.nullable(),
  withdrawal: closure.nullable(),
  themes: z
    .strictObject({
      about: z.array(z.enum(disagreementThemes)).max(disagreementThemes.length),
      agencyTypes: z.array(agencyTypeSchema()).max(agencyTypes.length),
    })
    .optional(),
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
