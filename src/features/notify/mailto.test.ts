// The e-mail link carries the recipient, the case reference and how to send: nothing about the client.
import { describe, expect, it } from 'vitest';
import {
  notificationBody,
  notificationMailto,
  notificationSubject,
  toSubjectPrefix,
} from './mailto';

const FILE = 'notification-ESC-7KQ4-M2XD-2026-11-24.pdf';

function parse(mailto: string) {
  const url = new URL(mailto);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
}

describe('the notification e-mail', () => {
  it('is addressed to the pack’s mailbox with the prefixed subject', () => {
    const link = notificationMailto({
      mailbox: 'LSCB@wiltshire.gov.uk',
      prefix: '[secure]',
      caseRef: 'ESC-7KQ4-M2XD',
      fileName: FILE,
    });
    expect(link.startsWith('mailto:LSCB@wiltshire.gov.uk?subject=')).toBe(true);
    expect(parse(link).subject).toBe('[secure] Notification of an Escalation – ESC-7KQ4-M2XD');
  });

  it('leaves the recipient blank when the policy gives no mailbox, and can drop the prefix', () => {
    const link = notificationMailto({
      mailbox: null,
      prefix: '',
      caseRef: 'ESC-1',
      fileName: FILE,
    });
    expect(link.startsWith('mailto:?subject=')).toBe(true);
    expect(parse(link).subject).toBe('Notification of an Escalation – ESC-1');
    expect(notificationSubject('[encrypt]', 'ESC-1')).toBe(
      '[encrypt] Notification of an Escalation – ESC-1',
    );
  });

  it('says only to attach the downloaded file and send from a secure work mailbox', () => {
    const body = parse(
      notificationMailto({ mailbox: null, prefix: '[secure]', caseRef: 'ESC-1', fileName: FILE }),
    ).body;
    expect(body).toBe(notificationBody(FILE));
    expect(body).toContain(`Attach the notification file you downloaded from Escalate (${FILE})`);
    expect(body).toContain('accredited secure work mailbox');
    expect(body?.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('reads an unknown stored prefix as the NHSmail default', () => {
    expect(toSubjectPrefix('[encrypt]')).toBe('[encrypt]');
    expect(toSubjectPrefix('')).toBe('');
    expect(toSubjectPrefix('[confidential]')).toBe('[secure]');
    expect(toSubjectPrefix(undefined)).toBe('[secure]');
  });
});
