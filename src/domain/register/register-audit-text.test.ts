import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import {
  fieldChangeDetail,
  newerNotificationDetail,
  readableRegisterDetail,
} from './register-audit-text';

describe('a register entry’s history', () => {
  it('writes dates in words and statuses by their labels', () => {
    expect(fieldChangeDetail('acknowledgedOn', null, '2027-01-06')).toBe(
      'Acknowledged on changed from “” to “6 January 2027”.',
    );
    expect(fieldChangeDetail('status', 'received', 'in-progress')).toBe(
      'Status changed from “Received” to “In progress”.',
    );
    expect(fieldChangeDetail('planOfAction', '', 'Review on 2027-01-06')).toBe(
      'Plan of action changed from “” to “Review on 2027-01-06”.',
    );
    expect(newerNotificationDetail('2026-12-29' as IsoDate, 'b.pdf')).toBe(
      'A newer version of the notification (made 29 December 2026) was imported from b.pdf.',
    );
  });

  it('shows lines kept before in the same words, and what the user typed as it is', () => {
    expect(readableRegisterDetail('Acknowledged on changed from “” to “2027-01-06”.')).toBe(
      'Acknowledged on changed from “” to “6 January 2027”.',
    );
    expect(readableRegisterDetail('Status changed from “received” to “in-progress”.')).toBe(
      'Status changed from “Received” to “In progress”.',
    );
    expect(
      readableRegisterDetail(
        'A newer version of the notification (made 2026-12-29) was imported from b.pdf.',
      ),
    ).toBe('A newer version of the notification (made 29 December 2026) was imported from b.pdf.');
    for (const typed of [
      'Plan of action changed from “” to “2027-01-06”.',
      'Imported from 2026-12-29 received.pdf.',
      'Acknowledged on changed from “” to “6 January 2027”.',
    ])
      expect(readableRegisterDetail(typed)).toBe(typed);
  });
});
