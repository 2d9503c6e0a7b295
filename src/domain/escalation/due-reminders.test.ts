import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../calendar/iso-date';
import { dueReminders } from './due-reminders';

const pack = {
  id: 'wiltshire-scb-2013',
  partnership: { name: 'Wiltshire Safeguarding Children Board', shortName: 'WSCB' },
  stages: [{ id: 'one', label: 'Stage 1', title: 'Practitioners' }],
  urgentRoutes: [],
};

describe('due-date reminders', () => {
  it('names the case, the stage and the partnership, on the UK due date', () => {
    const [event] = dueReminders(
      [
        {
          id: 'esc-1',
          caseRef: 'ESC-7KQ4-M2XD',
          packId: 'wiltshire-scb-2013',
          stageId: 'one',
          dueAt: '2026-06-30T23:30:00.000Z' as IsoDateTime,
        },
      ],
      [pack],
    );
    expect(event).toEqual({
      uid: 'esc-1-one@escalate.invalid',
      date: '2026-07-01',
      summary: 'ESC-7KQ4-M2XD due: Stage 1: Practitioners (WSCB)',
      description:
        'Escalation ESC-7KQ4-M2XD, under the Wiltshire Safeguarding Children Board policy, is due at Stage 1: Practitioners by 1 July 2026. Open Escalate to see the record.',
    });
  });
});
