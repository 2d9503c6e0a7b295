// Due dates for each kind of timescale, across the BST changes and bank holidays, and their wording.
import { describe, expect, it } from 'vitest';
import type { Timescale } from '../policy/timescale';
import { describeDue, dueFromTimescale, workingDaysLeft } from './due-dates';
import { isoDate, isoDateTime } from './iso-date';

const d = isoDate;
const t = isoDateTime;
const workingDays = (days: number): Timescale => ({ kind: 'working-days', days });

describe('dueFromTimescale: immediate', () => {
  it('is due the moment the stage started', () => {
    expect(dueFromTimescale({ kind: 'immediate' }, t('2026-03-04T10:15:00.000Z'))).toEqual({
      dueDate: '2026-03-04',
      dueAt: '2026-03-04T10:15:00.000Z',
    });
  });

  it('gives the UK local date, not the UTC date, just after midnight BST', () => {
    const due = dueFromTimescale({ kind: 'immediate' }, t('2026-07-01T23:30:00.000Z'));
    expect(due?.dueDate).toBe('2026-07-02');
  });
});

describe('dueFromTimescale: same working day', () => {
  const sameDay: Timescale = { kind: 'same-working-day' };

  it('is due at 17:00 GMT on a winter working day', () => {
    expect(dueFromTimescale(sameDay, t('2026-03-04T10:00:00.000Z'))).toEqual({
      dueDate: '2026-03-04',
      dueAt: '2026-03-04T17:00:00.000Z',
    });
  });

  it('is due at 17:00 BST (16:00 UTC) on a summer working day', () => {
    expect(dueFromTimescale(sameDay, t('2026-07-01T10:00:00.000Z'))?.dueAt).toBe(
      '2026-07-01T16:00:00.000Z',
    );
  });

  it('rolls a Saturday start to the end of Monday', () => {
    expect(dueFromTimescale(sameDay, t('2026-03-07T10:00:00.000Z'))?.dueAt).toBe(
      '2026-03-09T17:00:00.000Z',
    );
  });

  it('rolls a Good Friday start past Easter Monday to the Tuesday', () => {
    expect(dueFromTimescale(sameDay, t('2026-04-03T09:00:00.000Z'))?.dueDate).toBe('2026-04-07');
  });

  it('rolls a start after the working day has ended to the next working day', () => {
    expect(dueFromTimescale(sameDay, t('2026-03-04T18:00:00.000Z'))?.dueAt).toBe(
      '2026-03-05T17:00:00.000Z',
    );
  });

  it('treats 00:30 BST on Monday as Monday, although it is still Sunday in UTC', () => {
    expect(dueFromTimescale(sameDay, t('2026-07-05T23:30:00.000Z'))).toEqual({
      dueDate: '2026-07-06',
      dueAt: '2026-07-06T16:00:00.000Z',
    });
  });

  it('uses the organisation’s own end of the working day', () => {
    const options = { workingDayEndsAt: '16:30' };
    expect(dueFromTimescale(sameDay, t('2026-03-04T10:00:00.000Z'), options)?.dueAt).toBe(
      '2026-03-04T16:30:00.000Z',
    );
  });

  it.each(['5pm', '24:00', '9:00', ''])('rejects an end of day of "%s"', (workingDayEndsAt) => {
    const startedAt = t('2026-03-04T10:00:00.000Z');
    expect(() => dueFromTimescale(sameDay, startedAt, { workingDayEndsAt })).toThrow(RangeError);
  });
});

describe('dueFromTimescale: hours', () => {
  it('counts clock hours through a weekend', () => {
    expect(dueFromTimescale({ kind: 'hours', hours: 72 }, t('2026-03-06T15:00:00.000Z'))).toEqual({
      dueDate: '2026-03-09',
      dueAt: '2026-03-09T15:00:00.000Z',
    });
  });

  it('counts 24 elapsed hours across the change to BST (13:00 on the clock next day)', () => {
    expect(dueFromTimescale({ kind: 'hours', hours: 24 }, t('2026-03-28T12:00:00.000Z'))).toEqual({
      dueDate: '2026-03-29',
      dueAt: '2026-03-29T12:00:00.000Z',
    });
  });

  it('gives the UK local date when the hours run past midnight BST', () => {
    const due = dueFromTimescale({ kind: 'hours', hours: 1 }, t('2026-06-01T22:30:00.000Z'));
    expect(due).toEqual({ dueDate: '2026-06-02', dueAt: '2026-06-01T23:30:00.000Z' });
  });
});

describe('dueFromTimescale: working days', () => {
  it('is due at the end of the 5th working day, in BST after the clocks go forward', () => {
    expect(dueFromTimescale(workingDays(5), t('2026-03-26T10:00:00.000Z'))).toEqual({
      dueDate: '2026-04-02',
      dueAt: '2026-04-02T16:00:00.000Z',
    });
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(dueFromTimescale(workingDays(10), t('2026-03-26T10:00:00.000Z'))?.dueDate).toBe(
      '2026-04-13',
    );
  });

  it('is due at 17:00 GMT after the clocks go back', () => {
    expect(dueFromTimescale(workingDays(1), t('2026-10-23T10:00:00.000Z'))?.dueAt).toBe(
      '2026-10-26T17:00:00.000Z',
    );
  });

  it('counts from the UK local date of a start at 00:30 BST', () => {
    expect(dueFromTimescale(workingDays(1), t('2026-06-01T23:30:00.000Z'))?.dueDate).toBe(
      '2026-06-03',
    );
  });

  it('uses the region’s bank holidays', () => {
    const startedAt = t('2026-04-02T10:00:00.000Z');
    expect(dueFromTimescale(workingDays(1), startedAt)?.dueDate).toBe('2026-04-07');
    expect(dueFromTimescale(workingDays(1), startedAt, { region: 'scotland' })?.dueDate).toBe(
      '2026-04-06',
    );
  });

  it('skips the organisation’s closed days', () => {
    const options = { closedDays: [d('2026-03-05')] };
    expect(dueFromTimescale(workingDays(1), t('2026-03-04T10:00:00.000Z'), options)?.dueDate).toBe(
      '2026-03-06',
    );
  });
});

describe('dueFromTimescale: working week and none stated', () => {
  it('takes a working week as 5 working days', () => {
    expect(dueFromTimescale({ kind: 'working-week' }, t('2026-03-02T09:00:00.000Z'))).toEqual({
      dueDate: '2026-03-09',
      dueAt: '2026-03-09T17:00:00.000Z',
    });
  });

  it('runs a working week over Christmas and New Year', () => {
    const due = dueFromTimescale({ kind: 'working-week' }, t('2026-12-23T09:00:00.000Z'));
    expect(due?.dueDate).toBe('2027-01-04');
  });

  it('gives no due date when the policy states no timescale', () => {
    expect(dueFromTimescale({ kind: 'none-stated' }, t('2026-03-02T09:00:00.000Z'))).toBeNull();
  });

  it('rejects a start that is not an instant', () => {
    const startedAt = '2026-03-02' as ReturnType<typeof t>;
    expect(() => dueFromTimescale({ kind: 'working-week' }, startedAt)).toThrow(RangeError);
  });
});

describe('workingDaysLeft', () => {
  it('is 0 when due today', () => {
    expect(workingDaysLeft(d('2026-03-04'), d('2026-03-04'))).toBe(0);
  });

  it('is 1 on the Friday for a stage due on the Monday', () => {
    expect(workingDaysLeft(d('2026-03-09'), d('2026-03-06'))).toBe(1);
  });

  it('is negative once overdue', () => {
    expect(workingDaysLeft(d('2026-03-05'), d('2026-03-09'))).toBe(-2);
  });
});

describe('describeDue', () => {
  it('says "due today" on the day', () => {
    expect(describeDue(d('2026-03-04'), d('2026-03-04'))).toBe('due today');
  });

  it('gives the UK local time when the due instant is known', () => {
    const dueAt = t('2026-07-01T16:00:00.000Z');
    expect(describeDue(d('2026-07-01'), d('2026-07-01'), { dueAt })).toBe('due today by 17:00');
  });

  it('says overdue once the due time today has passed', () => {
    const options = { dueAt: t('2026-03-04T14:00:00.000Z'), now: t('2026-03-04T14:01:00.000Z') };
    expect(describeDue(d('2026-03-04'), d('2026-03-04'), options)).toBe(
      'overdue since 14:00 today',
    );
  });

  it('says "due tomorrow" with the date', () => {
    expect(describeDue(d('2026-03-03'), d('2026-03-02'))).toBe('due tomorrow (Tue 3 Mar)');
  });

  it('counts the working days left', () => {
    expect(describeDue(d('2026-03-05'), d('2026-03-02'))).toBe(
      '3 working days left (due Thu 5 Mar)',
    );
  });

  it('counts one working day left over a weekend', () => {
    expect(describeDue(d('2026-03-09'), d('2026-03-06'))).toBe(
      '1 working day left (due Mon 9 Mar)',
    );
  });

  it('shows the year when the due date is in another year', () => {
    expect(describeDue(d('2027-01-05'), d('2026-12-30'))).toBe(
      '3 working days left (due Tue 5 Jan 2027)',
    );
  });

  it('gives just the date when no working day is left before it', () => {
    expect(describeDue(d('2027-12-28'), d('2027-12-24'))).toBe('due Tue 28 Dec');
  });

  it('counts the working days overdue', () => {
    expect(describeDue(d('2026-03-05'), d('2026-03-09'))).toBe(
      'overdue by 2 working days (was due Thu 5 Mar)',
    );
  });

  it('says overdue over a weekend before any working day has passed', () => {
    expect(describeDue(d('2026-03-06'), d('2026-03-07'))).toBe('overdue (was due Fri 6 Mar)');
  });
});
