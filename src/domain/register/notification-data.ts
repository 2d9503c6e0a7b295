// The machine-readable copy of a notification that travels inside its PDF
// (docs/notification-data-format.md): exactly what the form prints after review, plus the
// structured theme fields. Validated with zod on the way in.
import { z } from 'zod';
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../calendar/iso-date';
import type { NotificationModel } from '../notification/notification-model';
import { agencyTypeSchema } from '../policy/agency-type';
import { resolvedHows } from '../escalation/theme-choices';
import { disagreementThemes } from './notification-themes';

/** The `format` of every notification data packet. */
export const NOTIFICATION_DATA_FORMAT = 'escalate-notification-data';

/** The version this app writes. It reads this one and every earlier one (see readableVersions). */
export const NOTIFICATION_DATA_VERSION = 2;

/** The versions this app reads: version 1 is read as version 2 (see upgradeNotificationData). */
export const READABLE_NOTIFICATION_DATA_VERSIONS: readonly number[] = [1, 2];

const text = z.string().max(200_000);
const isoDate = z
  .string()
  .refine(isIsoDate, 'a date like 2026-04-30') as unknown as z.ZodType<IsoDate>;
const isoDateTime = z
  .string()
  .refine(
    isIsoDateTime,
    'an instant like 2026-04-30T09:00:00.000Z',
  ) as unknown as z.ZodType<IsoDateTime>;
const column = z.strictObject({ id: text, label: text, binding: text });

const bodySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('table-row'),
    columns: z.array(column).max(100),
    rows: z.array(z.array(text).max(100)).max(1000),
  }),
  z.strictObject({
    kind: z.literal('form'),
    fields: z.array(column.extend({ value: text })).max(200),
  }),
]);

const themesV1Schema = z.strictObject({
  packId: text,
  packVersion: z.number().int(),
  categories: z
    .array(z.strictObject({ id: text, label: text, theme: z.enum(disagreementThemes) }))
    .max(50),
  raisingAgencyType: agencyTypeSchema(),
  receivingAgencyTypes: z.array(agencyTypeSchema()).max(50),
  urgency: z.enum(['routine', 'imminent-risk', 'suspected-non-accidental-injury']),
  stageReached: z
    .strictObject({
      id: text,
      kind: z.enum(['stage', 'urgent-route']),
      name: text,
      order: z.number().int().positive().nullable(),
    })
    .nullable(),
  ending: z.enum(['open', 'resolved', 'referred-to-partnership', 'withdrawn']),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  workingDaysToResolution: z.number().int().nonnegative().nullable(),
  learningIdentified: z.boolean(),
});

/** Version 2 adds what the practitioner chose at resolution: the themes and how it was resolved. */
const themesSchema = themesV1Schema.extend({
  about: z.array(z.enum(disagreementThemes)).max(disagreementThemes.length),
  resolvedHow: z.enum(resolvedHows).nullable(),
});

const notificationSchema = z.strictObject({
  title: text,
  partnershipName: text,
  caseRef: text,
  protectiveMarking: text,
  generatedAt: isoDateTime,
  generatedOn: isoDate,
  recipient: z.strictObject({ role: text, mailbox: text.nullable() }),
  body: bodySchema,
});

/** The schema of a version 2 packet's content: what this app writes. */
export const notificationDataSchema = z.strictObject({
  format: z.literal(NOTIFICATION_DATA_FORMAT),
  version: z.literal(NOTIFICATION_DATA_VERSION),
  notification: notificationSchema,
  themes: themesSchema,
});

/** The schema of a version 1 packet's content, still read. */
const notificationDataV1Schema = z.strictObject({
  format: z.literal(NOTIFICATION_DATA_FORMAT),
  version: z.literal(1),
  notification: notificationSchema,
  themes: themesV1Schema,
});

/** The data a notification carries: the printed form and its theme fields. */
export type NotificationData = z.infer<typeof notificationDataSchema>;

/**
 * Checks a packet's content of any readable version and returns it as the current version. A
 * version 1 notification's themes are its categories' themes, and how it was resolved is unknown.
 */
export function parseNotificationData(value: unknown): NotificationData | null {
  const current = notificationDataSchema.safeParse(value);
  if (current.success) return current.data;
  const v1 = notificationDataV1Schema.safeParse(value);
  if (!v1.success) return null;
  const { themes } = v1.data;
  return {
    ...v1.data,
    version: NOTIFICATION_DATA_VERSION,
    themes: {
      ...themes,
      about: [...new Set(themes.categories.map((category) => category.theme))],
      resolvedHow: null,
    },
  };
}

/**
 * The data for a printed notification, or null for a blank form or a model without theme fields.
 * Every free-text value is taken from the model, which holds only reviewed text.
 */
export function notificationDataOf(model: NotificationModel): NotificationData | null {
  if (model.blank || !model.themes || !model.caseRef || !model.generatedAt || !model.generatedOn) {
    return null;
  }
  const body: NotificationData['notification']['body'] =
    model.body.kind === 'table-row'
      ? {
          kind: 'table-row',
          columns: model.body.columns.map(({ id, label, binding }) => ({ id, label, binding })),
          rows: model.body.rows.map((row) => [...row]),
        }
      : {
          kind: 'form',
          fields: model.body.fields.map(({ id, label, binding, value }) => ({
            id,
            label,
            binding,
            value,
          })),
        };
  return {
    format: NOTIFICATION_DATA_FORMAT,
    version: NOTIFICATION_DATA_VERSION,
    notification: {
      title: model.title,
      partnershipName: model.partnershipName,
      caseRef: model.caseRef,
      protectiveMarking: model.protectiveMarking,
      generatedAt: model.generatedAt,
      generatedOn: model.generatedOn,
      recipient: { role: model.recipient.role, mailbox: model.recipient.mailbox },
      body,
    },
    themes: {
      ...model.themes,
      categories: [...model.themes.categories],
      about: [...model.themes.about],
      receivingAgencyTypes: [...model.themes.receivingAgencyTypes],
    },
  };
}
