// Property tests: invariants of the working-day arithmetic and the bank-holiday rules for any date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, toDayNumber, weekdayOf } from './day-number';
import type { IsoDate } from './iso-date';
import {
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  workingDaysBetween,
  type Region,
  type WorkingDayOptions,
} from './working-days';

const dates = fc
  .integer({ min: dayNumber(1950, 1, 1), max: dayNumber(2150, 12, 31) })
  .map(fromDayNumber);
const regions = fc.constantFrom<Region>('england-and-wales', 'scotland', 'northern-ireland');
const counts = fc.nat({ max: 300 });

/** Options with a region and up to ten closed days within a few months of `from`. */
function optionsNear(from: IsoDate): fc.Arbitrary<WorkingDayOptions> {
  const start = toDayNumber(from);
  const closedDays = fc.array(
    fc.integer({ min: start - 10, max: start + 120 }).map(fromDayNumber),
    { maxLength: 10 },
  );
  return fc.record({ region: regions, closedDays });
}

const startAndOptions = dates.chain((from) => fc.tuple(fc.constant(from), optionsNear(from)));

describe('addWorkingDays properties', () => {
  it('always lands on a working day for n ≥ 1', () => {
    fc.assert(
      fc.property(startAndOptions, fc.integer({ min: 1, max: 300 }), ([from, options], n) => {
        expect(isWorkingDay(addWorkingDays(from, n, options), options)).toBe(true);
      }),
    );
  });

  it('lands strictly after the start for n ≥ 1', () => {
    fc.assert(
      fc.property(startAndOptions, fc.integer({ min: 1, max: 300 }), ([from, options], n) => {
        expect(addWorkingDays(from, n, options) > from).toBe(true);
      }),
    );
  });

  it('adds in steps: a + b working days is a, then b more', () => {
    fc.assert(
      fc.property(startAndOptions, counts, counts, ([from, options], a, b) => {
        const inOneGo = addWorkingDays(from, a + b, options);
        const inSteps = addWorkingDays(addWorkingDays(from, a, options), b, options);
        expect(inOneGo).toBe(inSteps);
      }),
    );
  });

  it('is undone by workingDaysBetween', () => {
    fc.assert(
      fc.property(startAndOptions, counts, ([from, options], n) => {
        expect(workingDaysBetween(from, addWorkingDays(from, n, options), options)).toBe(n);
      }),
    );
  });

  it('never returns a closed day for n ≥ 1', () => {
    fc.assert(
      fc.property(startAndOptions, fc.integer({ min: 1, max: 150 }), ([from, options], n) => {
        expect(options.closedDays).not.toContain(addWorkingDays(from, n, options));
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(startAndOptions, counts, ([from, options], n) => {
        expect(addWorkingDays(from, n + 1, options) > addWorkingDays(from, n, options)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween properties', () => {
  it('is antisymmetric: swapping the dates negates the count', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -400, max: 400 }), regions, (from, offset, region) => {
        const to = fromDayNumber(toDayNumber(from) + offset);
        const there = workingDaysBetween(from, to, { region });
        expect(workingDaysBetween(to, from, { region })).toBe(there === 0 ? 0 : -there);
      }),
    );
  });
});

describe('bankHolidays properties', () => {
  const years = fc.integer({ min: 1900, max: 2200 });

  it('puts every bank holiday on a weekday, in order, within the year', () => {
    fc.assert(
      fc.property(years, regions, (year, region) => {
        const holidays = bankHolidays(year, region);
        for (const holiday of holidays) {
          expect([0, 6]).not.toContain(weekdayOf(toDayNumber(holiday)));
          expect(holiday.startsWith(`${year}-`)).toBe(true);
        }
        expect([...holidays].sort()).toEqual(holidays);
        expect(new Set(holidays).size).toBe(holidays.length);
      }),
    );
  });

  /** Extra days in the one-off years, as published (1995 and 2020 only moved a holiday). */
  const extraDays: Readonly<Record<number, number>> = {
    1981: 1,
    1999: 1,
    2002: 1,
    2011: 1,
    2012: 1,
    2022: 2,
    2023: 1,
  };

  it('gives England and Wales 8 bank holidays a year from 1978, except the one-off years', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      expect(bankHolidays(year), `year ${year}`).toHaveLength(8 + (extraDays[year] ?? 0));
    }
  });

  it('gives Scotland 9 and Northern Ireland 10 a year from 2007, except the one-off years', () => {
    for (let year = 2007; year <= 2200; year += 1) {
      const extra = extraDays[year] ?? 0;
      expect(bankHolidays(year, 'scotland'), `year ${year}`).toHaveLength(9 + extra);
      expect(bankHolidays(year, 'northern-ireland'), `year ${year}`).toHaveLength(10 + extra);
    }
  });
});
