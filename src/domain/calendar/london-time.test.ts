// UK local time: the BST changeovers, local dates of instants near midnight, and wall-clock times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from './day-number';
import { isoDate, isoDateTime } from './iso-date';
import { londonDateOf, londonInstant, londonOffsetMs, londonTimeOf } from './london-time';

const HOUR = 3_600_000;
const at = (instant: string) => Date.parse(instant);

describe('londonOffsetMs', () => {
  it('switches to BST at 01:00 UTC on the last Sunday of March', () => {
    expect(londonOffsetMs(at('2026-03-29T00:59:59.999Z'))).toBe(0);
    expect(londonOffsetMs(at('2026-03-29T01:00:00.000Z'))).toBe(HOUR);
  });

  it('switches back to GMT at 01:00 UTC on the last Sunday of October', () => {
    expect(londonOffsetMs(at('2026-10-25T00:59:59.999Z'))).toBe(HOUR);
    expect(londonOffsetMs(at('2026-10-25T01:00:00.000Z'))).toBe(0);
  });

  it('finds the last Sunday when the month ends on a Sunday', () => {
    expect(londonOffsetMs(at('2024-03-31T01:00:00.000Z'))).toBe(HOUR);
    expect(londonOffsetMs(at('2024-03-30T12:00:00.000Z'))).toBe(0);
  });
});

describe('londonDateOf', () => {
  it('reads 23:30 UTC in summer as 00:30 BST the next day', () => {
    expect(londonDateOf(isoDateTime('2026-07-01T23:30:00.000Z'))).toBe('2026-07-02');
  });

  it('reads 23:30 UTC in winter as the same day', () => {
    expect(londonDateOf(isoDateTime('2026-01-15T23:30:00.000Z'))).toBe('2026-01-15');
  });
});

describe('londonTimeOf', () => {
  it('shows the wall-clock time in BST and GMT', () => {
    expect(londonTimeOf(isoDateTime('2026-07-01T16:00:00.000Z'))).toBe('17:00');
    expect(londonTimeOf(isoDateTime('2026-01-15T16:00:00.000Z'))).toBe('16:00');
  });
});

describe('londonInstant', () => {
  it('places 17:00 in BST at 16:00 UTC and in GMT at 17:00 UTC', () => {
    expect(londonInstant(isoDate('2026-07-01'), 17 * 60)).toBe('2026-07-01T16:00:00.000Z');
    expect(londonInstant(isoDate('2026-01-15'), 17 * 60)).toBe('2026-01-15T17:00:00.000Z');
  });

  it('takes a time that happens twice when the clocks go back the first time, in BST', () => {
    expect(londonInstant(isoDate('2026-10-25'), 90)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('takes a time skipped when the clocks go forward as GMT', () => {
    expect(londonInstant(isoDate('2026-03-29'), 90)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('always lands on the London date it was asked for', () => {
    const dates = fc
      .integer({ min: dayNumber(1950, 1, 1), max: dayNumber(2150, 12, 31) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 24 * 60 - 1 }), (date, minutes) => {
        expect(londonDateOf(londonInstant(date, minutes))).toBe(date);
      }),
    );
  });

  it('round-trips the wall-clock time outside the changeover hours', () => {
    const instants = fc
      .integer({
        min: at('1990-01-01T00:00:00.000Z') / 60_000,
        max: at('2150-01-01T00:00:00.000Z') / 60_000,
      })
      .map((minute) => isoDateTime(new Date(minute * 60_000).toISOString()));
    fc.assert(
      fc.property(instants, (instant) => {
        const [hours, minutes] = londonTimeOf(instant).split(':').map(Number) as [number, number];
        fc.pre(hours !== 1);
        expect(londonInstant(londonDateOf(instant), hours * 60 + minutes)).toBe(instant);
      }),
    );
  });
});
