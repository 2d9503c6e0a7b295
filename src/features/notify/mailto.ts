// The e-mail that goes with a notification: a mailto: link with the recipient, a subject that
// carries only the case reference, and a body that only says how to send. Nothing about the client.

/** The subject prefix that makes the sender's mail system encrypt the message. */
export type SubjectPrefix = '[secure]' | '[encrypt]' | '';

/** The setting that holds the prefix. */
export const SUBJECT_PREFIX_SETTING = 'notify.subjectPrefix';

/** NHSmail encrypts a message to a non-accredited address when the subject starts "[secure]". */
export const DEFAULT_SUBJECT_PREFIX: SubjectPrefix = '[secure]';

/** The choices offered in Settings, with what each is for. */
export const SUBJECT_PREFIXES: readonly { value: SubjectPrefix; label: string; hint: string }[] = [
  {
    value: '[secure]',
    label: '[secure]',
    hint: 'For NHSmail: it encrypts the message when the recipient is outside the secure network.',
  },
  {
    value: '[encrypt]',
    label: '[encrypt]',
    hint: 'For organisations whose e-mail encrypts messages marked this way (check with your IT team).',
  },
  {
    value: '',
    label: 'No prefix',
    hint: 'When your work e-mail is already accredited for sending OFFICIAL-SENSITIVE information.',
  },
];

/** A stored value read back as a prefix; anything unexpected means the default. */
export function toSubjectPrefix(value: unknown): SubjectPrefix {
  return SUBJECT_PREFIXES.some((choice) => choice.value === value)
    ? (value as SubjectPrefix)
    : DEFAULT_SUBJECT_PREFIX;
}

/** `[secure] Notification of an Escalation – ESC-7KQ4-M2XD`. */
export function notificationSubject(prefix: SubjectPrefix, caseRef: string): string {
  return `${prefix ? `${prefix} ` : ''}Notification of an Escalation – ${caseRef}`;
}

/** The body: how to attach and send the file, nothing else. */
export function notificationBody(fileName: string): string {
  return [
    `Attach the notification file you downloaded from Escalate (${fileName}) before you send this.`,
    '',
    'Send it only from an accredited secure work mailbox (for example NHSmail, or your organisation’s encrypted e-mail).',
  ].join('\r\n');
}

function encode(text: string): string {
  return encodeURIComponent(text);
}

/** The mailto: link for a notification. The recipient is left blank when the pack gives none. */
export function notificationMailto(input: {
  mailbox: string | null;
  prefix: SubjectPrefix;
  caseRef: string;
  fileName: string;
}): string {
  const to = input.mailbox ? encode(input.mailbox).replace(/%40/g, '@') : '';
  const subject = encode(notificationSubject(input.prefix, input.caseRef));
  const body = encode(notificationBody(input.fileName));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
