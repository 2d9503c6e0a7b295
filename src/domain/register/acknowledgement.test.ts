import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import {
  acknowledgementMailto,
  acknowledgementOf,
  acknowledgementSubject,
  toSecureSubjectPrefix,
} from './acknowledgement';
import { entryFromNotification } from './register-entry';
import { testNotificationData } from './register-test-data';

const entry = {
  ...entryFromNotification(
    'e',
    testNotificationData('ESC-AAAA-0001'),
    'h',
    '2026-05-11' as IsoDate,
  ),
};
const planned = {
  ...entry,
  partnership: { ...entry.partnership, planOfAction: 'Audit Larkspur’s referral' },
};

describe('acknowledgement', () => {
  it('says when the notification was received and what the plan is', () => {
    const model = acknowledgementOf(planned, '2026-05-12' as IsoDate);
    expect(model.paragraphs[0]).toBe(
      'Northshire Safeguarding Children Partnership received your Notification of an Escalation, case reference ESC-AAAA-0001, on 11 May 2026.',
    );
    expect(model.planOfAction).toBe('Audit Larkspur’s referral');
  });

  it('uses the same secure subject rule, with only the case reference', () => {
    expect(acknowledgementSubject('[secure]', 'ESC-AAAA-0001')).toBe(
      '[secure] Acknowledgement of your escalation notification – ESC-AAAA-0001',
    );
    expect(acknowledgementSubject('', 'ESC-AAAA-0001')).toBe(
      'Acknowledgement of your escalation notification – ESC-AAAA-0001',
    );
    expect(toSecureSubjectPrefix('[encrypt]')).toBe('[encrypt]');
    expect(toSecureSubjectPrefix('anything')).toBe('[secure]');
  });

  it('puts nothing from the notification or the plan into the e-mail', () => {
    const link = decodeURIComponent(
      acknowledgementMailto('[secure]', acknowledgementOf(planned, '2026-05-12' as IsoDate)),
    );
    expect(link.startsWith('mailto:?subject=[secure] ')).toBe(true);
    for (const detail of ['Larkspur', 'bruise', 'Northshire', 'Audit']) {
      expect(link).not.toContain(detail);
    }
  });
});
