// The acknowledgement a partnership sends the referrer: receipt of their notification and the plan
// of action. The e-mail that carries it follows the notification's rule: a `[secure]`-style prefix,
// only the case reference in the subject, and a body that says only how to send it.
import type { IsoDate } from '../calendar/iso-date';
import { formatLongDate } from '../notification/notification-wording';
import { PROTECTIVE_MARKING } from '../notification/notification-model';
import type { RegisterEntry } from './register-entry';

/**
 * The subject prefixes the sender's mail system encrypts on (the same rule and setting as the
 * notification's e-mail: `[secure]` for NHSmail by default, `[encrypt]`, or none).
 */
export type SecureSubjectPrefix = '[secure]' | '[encrypt]' | '';

/** The setting the notification's e-mail uses for the prefix; the acknowledgement reads the same. */
export const SECURE_SUBJECT_PREFIX_SETTING = 'notify.subjectPrefix';

/** A stored value read back as a prefix; anything unexpected means `[secure]`. */
export function toSecureSubjectPrefix(value: unknown): SecureSubjectPrefix {
  return value === '[encrypt]' || value === '' || value === '[secure]' ? value : '[secure]';
}

export const ACKNOWLEDGEMENT_TITLE = 'Acknowledgement of an Escalation Notification';

/** Everything the acknowledgement prints. */
export interface AcknowledgementModel {
  readonly title: string;
  readonly protectiveMarking: string;
  readonly partnership: string;
  readonly caseRef: string;
  readonly paragraphs: readonly string[];
  readonly planOfAction: string;
  readonly sentOn: IsoDate;
}

/** The acknowledgement of an entry, sent on `sentOn`. It names no one; only the case reference. */
export function acknowledgementOf(entry: RegisterEntry, sentOn: IsoDate): AcknowledgementModel {
  const partnership = entry.facts.partnership || 'The safeguarding partnership';
  return {
    title: ACKNOWLEDGEMENT_TITLE,
    protectiveMarking: PROTECTIVE_MARKING,
    partnership,
    caseRef: entry.caseRef,
    paragraphs: [
      `${partnership} received your Notification of an Escalation, case reference ${entry.caseRef}, on ${formatLongDate(entry.receivedOn)}.`,
      'It is recorded on the partnership’s escalation register. The plan of action is below; the partnership will tell you if it changes.',
    ],
    planOfAction:
      entry.partnership.planOfAction.trim() ||
      'The partnership will review the notification and tell you what it will do.',
    sentOn,
  };
}

/** The file name of an acknowledgement: only the case reference and date. */
export function acknowledgementFileName(model: AcknowledgementModel): string {
  return `acknowledgement-${model.caseRef}-${model.sentOn}.pdf`;
}

/** `[secure] Acknowledgement of your escalation notification – ESC-7KQ4-M2XD`. */
export function acknowledgementSubject(prefix: SecureSubjectPrefix, caseRef: string): string {
  return `${prefix ? `${prefix} ` : ''}Acknowledgement of your escalation notification – ${caseRef}`;
}

/** The mailto: link: no recipient (the referrer's address is the one the notification came from). */
export function acknowledgementMailto(
  prefix: SecureSubjectPrefix,
  model: AcknowledgementModel,
): string {
  const body = [
    `Attach the acknowledgement you downloaded from Escalate (${acknowledgementFileName(model)}) before you send this.`,
    '',
    'Reply to the secure e-mail the notification came from, and send only from an accredited secure mailbox.',
  ].join('\r\n');
  return `mailto:?subject=${encodeURIComponent(acknowledgementSubject(prefix, model.caseRef))}&body=${encodeURIComponent(body)}`;
}
