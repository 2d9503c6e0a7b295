// The sealed content of a prepared notification (the sent ledger), and the schema it is checked
// with after it is decrypted and when a backup is restored, so a damaged or hand-made copy is
// refused with a plain message instead of breaking the record and notify pages.
import { z } from 'zod';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { isoDate, isoDateTime } from '../backup/record-schemas';
import { disagreementThemes, resolvedHows } from '../escalation/theme-choices';
import { agencyTypeSchema } from '../policy/agency-type';
import { fieldBindings } from '../policy/policy-pack-parts';
import type { NotificationThemes } from '../register/notification-themes';
import type { PrintedFieldReview } from '../redaction/review-rules';
import type { NotificationModel } from './notification-model';

export type NotificationEventType =
  'generated' | 'shared' | 'downloaded' | 'printed' | 'emailed' | 'sent' | 'receipt-confirmed';

/** How a notification reached the partnership, as the user confirms it. */
export type SendChannel =
  'secure-email' | 'encrypted-email' | 'secure-portal' | 'in-person' | 'post' | 'other';

/** Something that happened to a notification. `sentOn` is the date the user says it was sent. */
export interface NotificationEvent {
  type: NotificationEventType;
  at: IsoDateTime;
  channel?: SendChannel;
  recipient?: string;
  sentOn?: IsoDate;
}

/** The sealed content of a prepared notification. */
export interface NotificationContent {
  caseRef: string;
  packId: string;
  packVersion: number;
  recordRevision: number;
  fileName: string;
  reviewedAt: IsoDateTime;
  review: Record<string, PrintedFieldReview>;
  /** The notification exactly as printed, so the same file can be made again. */
  model: NotificationModel;
  events: NotificationEvent[];
}

const eventTypes = [
  'generated',
  'shared',
  'downloaded',
  'printed',
  'emailed',
  'sent',
  'receipt-confirmed',
] as const satisfies readonly NotificationEventType[];
const sendChannels = [
  'secure-email',
  'encrypted-email',
  'secure-portal',
  'in-person',
  'post',
  'other',
] as const satisfies readonly SendChannel[];

/**
 * Built on first use, not when the module loads (the record page loads this module, and a phone
 * should not build schemas it may never need: decision 0047). The limits are generous bounds, not
 * the forms' limits: a printed value can join several of a record's notes.
 */
function buildNotificationContentSchema() {
  const text = z.string().max(1_000_000);
  const short = z.string().max(10_000);
  const count = z.number().int().nonnegative();

  const event: z.ZodType<NotificationEvent> = z.strictObject({
    type: z.enum(eventTypes),
    at: isoDateTime,
    channel: z.enum(sendChannels).optional(),
    recipient: short.optional(),
    sentOn: isoDate.optional(),
  });

  const fieldReview: z.ZodType<PrintedFieldReview> = z.strictObject({
    label: short,
    source: text,
    final: text,
    decisions: z
      .array(
        z.strictObject({
          start: count,
          end: count,
          original: text,
          replacement: text,
          origin: z.enum(['proposed', 'added-by-user']),
          type: short.nullable(),
          confidence: z.enum(['high', 'medium', 'low']).nullable(),
          hidden: z.boolean(),
        }),
      )
      .max(100_000),
  });

  const column = z.strictObject({
    id: short,
    label: short,
    binding: z.enum(fieldBindings),
    help: text.nullable(),
  });

  const themes: z.ZodType<NotificationThemes> = z.strictObject({
    packId: short,
    packVersion: z.number().int(),
    categories: z
      .array(z.strictObject({ id: short, label: short, theme: z.enum(disagreementThemes) }))
      .max(1_000),
    about: z.array(z.enum(disagreementThemes)).max(disagreementThemes.length),
    raisingAgencyType: agencyTypeSchema(),
    receivingAgencyTypes: z.array(agencyTypeSchema()).max(1_000),
    urgency: z.enum(['routine', 'imminent-risk', 'suspected-non-accidental-injury']),
    stageReached: z
      .strictObject({
        id: short,
        kind: z.enum(['stage', 'urgent-route']),
        name: short,
        order: z.number().int().positive().nullable(),
      })
      .nullable(),
    ending: z.enum(['open', 'resolved', 'referred-to-partnership', 'withdrawn']),
    startedOn: isoDate,
    endedOn: isoDate.nullable(),
    workingDaysToResolution: count.nullable(),
    resolvedHow: z.enum(resolvedHows).nullable(),
    learningIdentified: z.boolean(),
  });

  const model: z.ZodType<NotificationModel> = z.strictObject({
    blank: z.boolean(),
    title: short,
    partnershipName: short,
    caseRef: short.nullable(),
    // The model's PROTECTIVE_MARKING, written out so the ledger does not load the model's code to
    // check it; the type annotation above fails to compile if the two ever differ.
    protectiveMarking: z.literal('OFFICIAL-SENSITIVE'),
    generatedAt: isoDateTime.nullable(),
    generatedOn: isoDate.nullable(),
    body: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('table-row'),
        columns: z.array(column).max(1_000),
        rows: z.array(z.array(text).max(1_000)).max(10_000),
      }),
      z.strictObject({
        kind: z.literal('form'),
        fields: z.array(column.extend({ value: text })).max(1_000),
      }),
    ]),
    recipient: z.strictObject({ role: short, mailbox: short.nullable() }),
    completedBy: text,
    when: text,
    sending: z.array(text).max(1_000),
    formNote: text.nullable(),
    themes: themes.optional(),
    notice: text.nullable(),
  });

  const content: z.ZodType<NotificationContent> = z.strictObject({
    caseRef: short,
    packId: short,
    packVersion: z.number().int().positive(),
    recordRevision: z.number().int().positive(),
    fileName: short,
    reviewedAt: isoDateTime,
    review: z.record(short, fieldReview),
    model,
    events: z.array(event).max(10_000),
  });
  return content;
}

let contentSchema: z.ZodType<NotificationContent> | undefined;

/** The schema of a prepared notification's sealed content. */
export function notificationContentSchema(): z.ZodType<NotificationContent> {
  return (contentSchema ??= buildNotificationContentSchema());
}
