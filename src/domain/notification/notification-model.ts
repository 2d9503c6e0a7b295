// The Notification of an Escalation exactly as it will be printed: built from an escalation record,
// its policy pack's form, and the reviewed (anonymised) text of every free-text value on it.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import type { FieldBinding, NotificationField, NotificationForm } from '../policy/policy-pack';
import {
  resolveValue,
  reviewItemsOf,
  typedAtNotify,
  type DraftContext,
  type DraftValue,
  type NotificationSource,
  type PackForNotification,
  type ReviewItem,
} from './notification-draft';
import { notificationRequest, UNASKED_TITLE, unaskedNotice } from './notification-request';
import { draftTableRows } from './notification-table-rows';
import { wholeEscalationValue } from './notification-values';
import { notificationThemesOf, type NotificationThemes } from '../register/notification-themes';

export type { NotificationSource, PackForNotification, ReviewItem } from './notification-draft';

/** The default title of the form, and the title in every notification PDF's metadata. */
export const NOTIFICATION_TITLE = 'Notification of an Escalation';

/** The protective marking printed at the top and bottom of every page. */
export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

/** A column of a 'table-row' form, or a field of a 'form', in order; `help` is the pack's hint. */
export interface NotificationColumn {
  readonly id: string;
  readonly label: string;
  readonly binding: FieldBinding;
  readonly help: string | null;
}

/** A label and its printed value on a 'form' layout. */
export interface NotificationFieldValue extends NotificationColumn {
  readonly value: string;
}

/** The body of the form: a table with one row per stage, or label and value pairs. */
export type NotificationBody =
  | {
      readonly kind: 'table-row';
      readonly columns: readonly NotificationColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'form'; readonly fields: readonly NotificationFieldValue[] };

/**
 * Everything printed on the notification, and nothing else. A blank form has no case reference,
 * no date, no table rows and empty field values.
 */
export interface NotificationModel {
  readonly blank: boolean;
  readonly title: string;
  readonly partnershipName: string;
  /** The anonymous case reference, e.g. `ESC-7KQ4-M2XD`; null on a blank form. */
  readonly caseRef: string | null;
  readonly protectiveMarking: typeof PROTECTIVE_MARKING;
  readonly generatedAt: IsoDateTime | null;
  /** The UK date of `generatedAt`. */
  readonly generatedOn: IsoDate | null;
  readonly body: NotificationBody;
  readonly recipient: { readonly role: string; readonly mailbox: string | null };
  /** Who completes the form, and when, in the app's words from the pack. */
  readonly completedBy: string;
  readonly when: string;
  readonly sending: readonly string[];
  /** Why this form is not the partnership's own (reconstructed or designed by the app), if so. */
  readonly formNote: string | null;
  /** The structured theme fields the PDF's data carries (not printed); absent on a blank form. */
  readonly themes?: NotificationThemes;
  /**
   * Set when the policy does not ask for this form for this record (the title then says it is not
   * the notification): what the policy asks for instead. Null on a blank form.
   */
  readonly notice: string | null;
}

/** What the notification is built from: the record, its pack, the review, and the time. */
export interface NotificationInput extends NotificationSource {
  /** The final, reviewed text of each free-text value, keyed by {@link ReviewItem.key}. */
  readonly reviewedText: Readonly<Record<string, string>>;
  readonly generatedAt: IsoDateTime;
}

/** The model, or the free-text values that have not been reviewed (so nothing may be printed). */
export type NotificationModelResult =
  | { readonly ok: true; readonly model: NotificationModel }
  | { readonly ok: false; readonly unreviewed: readonly ReviewItem[] };

type DraftBody =
  | { kind: 'table-row'; columns: NotificationColumn[]; rows: DraftValue[][] }
  | { kind: 'form'; fields: (NotificationColumn & { value: DraftValue })[] };

function columnOf({ id, label, binding, help }: NotificationField): NotificationColumn {
  return { id, label, binding, help };
}

function columnsOf(form: NotificationForm): NotificationColumn[] {
  return form.fields.map(columnOf);
}

function draftBody(context: DraftContext): DraftBody {
  const form = context.pack.notificationForm;
  if (form.layout === 'table-row') {
    return { kind: 'table-row', columns: columnsOf(form), rows: draftTableRows(context) };
  }
  const fields = form.fields.map((field) => ({
    ...columnOf(field),
    value: editableWhenEmpty(field, wholeEscalationValue(field, context)),
  }));
  return { kind: 'form', fields };
}

/**
 * A printed field the record leaves empty (no outstanding issues or learning recorded yet, no
 * feedback, no discussions) is written on the review screen instead, so no field always prints
 * empty. The notification date is filled when the file is made, so it is never asked for.
 */
function editableWhenEmpty(field: NotificationField, value: DraftValue): DraftValue {
  if (value.length > 0 || field.binding === 'notification-date') return value;
  return typedAtNotify(`field.${field.id}`, field.label);
}

function draftValues(body: DraftBody): DraftValue[] {
  return body.kind === 'table-row' ? body.rows.flat() : body.fields.map((field) => field.value);
}

/**
 * Every free-text value that will appear on the form, once each, in the order printed, with the
 * record's own text, so the review screen can anonymise and redact each one. Values the user writes
 * at notification time (`origin: 'typed-at-notify'`) are listed with empty text.
 */
export function freeTextFieldsForReview(source: NotificationSource): ReviewItem[] {
  return reviewItemsOf(draftValues(draftBody({ ...source, generatedOn: null })));
}

/**
 * Builds the notification as it will be printed. Free text is taken only from `reviewedText`,
 * never from the record, so no unreviewed client text can reach the PDF; if any value listed by
 * {@link freeTextFieldsForReview} has no reviewed text, the result lists them and has no model.
 */
export function buildNotificationModel(input: NotificationInput): NotificationModelResult {
  const generatedOn = londonDateOf(input.generatedAt);
  const body = draftBody({ ...input, generatedOn });
  const missing = new Map<string, ReviewItem>();
  const resolve = (value: DraftValue) => resolveValue(value, input.reviewedText, missing);
  const printed: NotificationBody =
    body.kind === 'table-row'
      ? { kind: 'table-row', columns: body.columns, rows: body.rows.map((row) => row.map(resolve)) }
      : {
          kind: 'form',
          fields: body.fields.map((field) => ({ ...field, value: resolve(field.value) })),
        };
  if (missing.size > 0) return { ok: false, unreviewed: [...missing.values()] };
  const request = notificationRequest(input.escalation, input.pack);
  const frame = frameOf(input.pack);
  return {
    ok: true,
    model: {
      ...frame,
      title: request.asked ? frame.title : UNASKED_TITLE,
      notice: request.asked ? null : unaskedNotice(request),
      blank: false,
      caseRef: input.escalation.caseRef,
      generatedAt: input.generatedAt,
      generatedOn,
      body: printed,
      themes: notificationThemesOf(input.escalation, input.pack),
    },
  };
}

/** A blank printable form for the pack, for people who fill it in by hand. */
export function buildBlankFormModel(pack: PackForNotification): NotificationModel {
  const form = pack.notificationForm;
  const body: NotificationBody =
    form.layout === 'table-row'
      ? { kind: 'table-row', columns: columnsOf(form), rows: [] }
      : {
          kind: 'form',
          fields: columnsOf(form).map((column) => ({ ...column, value: '' })),
        };
  return {
    ...frameOf(pack),
    notice: null,
    blank: true,
    caseRef: null,
    generatedAt: null,
    generatedOn: null,
    body,
  };
}

const ORIGIN_NOTES: Record<NotificationForm['origin'], string | null> = {
  partnership: null,
  reconstructed:
    'This form is reconstructed from the policy because the partnership’s own form was not available.',
  'app-designed':
    'This form was designed by Escalate from the policy’s own words because the partnership’s own form was not available.',
};

function frameOf(
  pack: PackForNotification,
): Pick<
  NotificationModel,
  | 'title'
  | 'partnershipName'
  | 'protectiveMarking'
  | 'recipient'
  | 'completedBy'
  | 'when'
  | 'sending'
  | 'formNote'
> {
  const form = pack.notificationForm;
  return {
    title: form.title,
    partnershipName: pack.partnership.name,
    protectiveMarking: PROTECTIVE_MARKING,
    recipient: { role: form.recipient.role, mailbox: form.recipient.mailbox },
    completedBy: form.completedBy.text,
    when: form.trigger.text,
    sending: form.sending.map((guidance) => guidance.text),
    formNote: form.originNote ?? ORIGIN_NOTES[form.origin],
  };
}
