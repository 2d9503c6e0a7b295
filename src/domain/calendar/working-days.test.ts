// Example tests against the bank-holiday lists published on GOV.UK, and the working-day arithmetic.
import { describe, expect, it } from 'vitest';
import { easterSunday } from './bank-holiday-rules';
import { fromDayNumber } from './day-number';
import { isoDate, type IsoDate } from './iso-date';
import {
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
  type Region,
} from './working-days';

const d = isoDate;

/** A year's list as the published `MM-DD` days, to keep the fixtures readable. */
function published(year: number, monthDays: string): IsoDate[] {
  return monthDays.split(' ').map((monthDay) => d(`${year}-${monthDay}`));
}

describe('bankHolidays in England and Wales', () => {
  const govUk: Record<number, string> = {
    2012: '01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26',
    2018: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
    2019: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
    2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
    2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
    2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
    2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
    2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
    2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
    2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
    2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
  };
  for (const [year, list] of Object.entries(govUk)) {
    it(`matches the GOV.UK list for ${year}`, () => {
      expect(bankHolidays(Number(year))).toEqual(published(Number(year), list));
    });
  }

  it('keeps Christmas on Monday 27th and Boxing Day on Tuesday 28th when Christmas is a Saturday', () => {
    expect(bankHolidays(2032)).toEqual(
      published(2032, '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28'),
    );
  });

  it('moves the Early May holiday to 8 May for VE Day in 1995', () => {
    expect(bankHolidays(1995)).toEqual(
      published(1995, '01-02 04-14 04-17 05-08 05-29 08-28 12-25 12-26'),
    );
  });

  it('adds the millennium holiday on 31 December 1999', () => {
    expect(bankHolidays(1999)).toEqual(
      published(1999, '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28 12-31'),
    );
  });

  it('moves the Spring holiday to 4 June and adds 3 June for the Golden Jubilee in 2002', () => {
    expect(bankHolidays(2002)).toEqual(
      published(2002, '01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26'),
    );
  });

  it('adds the royal wedding on 29 April 2011', () => {
    expect(bankHolidays(2011)).toEqual(
      published(2011, '01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27'),
    );
  });

  it('has no Early May holiday before 1978 and no New Year holiday before 1974', () => {
    expect(bankHolidays(1977)).not.toContain(d('1977-05-02'));
    expect(bankHolidays(1973)).not.toContain(d('1973-01-01'));
    expect(bankHolidays(1978)).toContain(d('1978-05-01'));
  });
});

describe('bankHolidays in Scotland', () => {
  it('matches the GOV.UK list for 2026', () => {
    expect(bankHolidays(2026, 'scotland')).toEqual(
      published(2026, '01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28'),
    );
  });

  it('gives substitutes for both New Year days when 1 January is a Saturday', () => {
    expect(bankHolidays(2022, 'scotland')).toEqual(
      published(2022, '01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27'),
    );
  });

  it('moves 2 January to the Tuesday when 1 January is a Sunday', () => {
    expect(bankHolidays(2023, 'scotland').slice(0, 2)).toEqual(published(2023, '01-02 01-03'));
  });

  it('moves St Andrew’s Day to Monday 1 December when 30 November is a Sunday', () => {
    expect(bankHolidays(2025, 'scotland')).toEqual(
      published(2025, '01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26'),
    );
  });

  it('has no St Andrew’s Day holiday before 2007', () => {
    expect(bankHolidays(2006, 'scotland')).not.toContain(d('2006-11-30'));
    expect(bankHolidays(2007, 'scotland')).toContain(d('2007-11-30'));
  });
});

describe('bankHolidays in Northern Ireland', () => {
  it('matches the GOV.UK list for 2026, with the Boyne holiday on Monday 13 July', () => {
    expect(bankHolidays(2026, 'northern-ireland')).toEqual(
      published(2026, '01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28'),
    );
  });

  it('matches the GOV.UK list for 2027', () => {
    expect(bankHolidays(2027, 'northern-ireland')).toEqual(
      published(2027, '01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28'),
    );
  });

  it('moves St Patrick’s Day to Monday 18 March when 17 March is a Sunday', () => {
    expect(bankHolidays(2024, 'northern-ireland')).toEqual(
      published(2024, '01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26'),
    );
  });
});

describe('bankHolidays for unsupported years', () => {
  it.each([1899, 2201, 2026.5, Number.NaN])('throws a RangeError for %s', (year) => {
    expect(() => bankHolidays(year)).toThrow(RangeError);
  });

  it('works at both ends of the supported range', () => {
    expect(bankHolidays(1900)).toHaveLength(6);
    expect(bankHolidays(2200)).toHaveLength(8);
  });
});

describe('easterSunday', () => {
  it.each([
    ['1900-04-15'],
    ['1943-04-25'],
    ['2000-04-23'],
    ['2008-03-23'],
    ['2019-04-21'],
    ['2038-04-25'],
    ['2200-04-06'],
  ])('finds Easter Sunday on %s', (easter) => {
    expect(fromDayNumber(easterSunday(Number(easter.slice(0, 4))))).toBe(easter);
  });
});

describe('isWorkingDay', () => {
  it('counts an ordinary weekday as a working day', () => {
    expect(isWorkingDay(d('2026-03-04'))).toBe(true);
  });

  it('does not count Saturday or Sunday', () => {
    expect(isWorkingDay(d('2026-03-07'))).toBe(false);
    expect(isWorkingDay(d('2026-03-08'))).toBe(false);
  });

  it('does not count a bank holiday of the chosen region only', () => {
    expect(isWorkingDay(d('2026-04-06'))).toBe(false);
    expect(isWorkingDay(d('2026-04-06'), { region: 'scotland' })).toBe(true);
    expect(isWorkingDay(d('2026-03-17'), { region: 'northern-ireland' })).toBe(false);
  });

  it('does not count a day the organisation is closed', () => {
    expect(isWorkingDay(d('2026-12-24'), { closedDays: [d('2026-12-24')] })).toBe(false);
  });

  it('rejects a string that is not a real date', () => {
    expect(() => isWorkingDay('2026-02-30' as IsoDate)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('returns the start unchanged for 0 working days', () => {
    expect(addWorkingDays(d('2026-03-07'), 0)).toBe('2026-03-07');
  });

  it('never counts the start day itself', () => {
    expect(addWorkingDays(d('2026-03-04'), 1)).toBe('2026-03-05');
  });

  it('skips the weekend', () => {
    expect(addWorkingDays(d('2026-03-06'), 1)).toBe('2026-03-09');
  });

  it('skips Good Friday and the Easter Monday bank holiday', () => {
    expect(addWorkingDays(d('2026-04-02'), 1)).toBe('2026-04-07');
  });

  it('counts Easter Monday as a working day in Scotland', () => {
    expect(addWorkingDays(d('2026-04-02'), 1, { region: 'scotland' })).toBe('2026-04-06');
  });

  it('skips closed days as well as bank holidays', () => {
    const closedDays = ['2026-12-29', '2026-12-30', '2026-12-31'].map(d);
    expect(addWorkingDays(d('2026-12-24'), 1, { closedDays })).toBe('2027-01-04');
  });

  it('crosses into the next year across the Christmas and New Year holidays', () => {
    expect(addWorkingDays(d('2027-12-24'), 3)).toBe('2027-12-31');
    expect(addWorkingDays(d('2027-12-24'), 4)).toBe('2028-01-04');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects a count of %s with a RangeError',
    (days) => {
      expect(() => addWorkingDays(d('2026-03-04'), days)).toThrow(RangeError);
    },
  );

  it('throws a RangeError when the count runs past 2200', () => {
    expect(() => addWorkingDays(d('2200-12-30'), 5)).toThrow(RangeError);
  });
});

describe('nextWorkingDay', () => {
  it('goes from a Friday to the Monday', () => {
    expect(nextWorkingDay(d('2026-03-06'))).toBe('2026-03-09');
  });

  it('goes from a Sunday before a bank holiday Monday to the Tuesday', () => {
    expect(nextWorkingDay(d('2026-05-24'))).toBe('2026-05-26');
  });
});

describe('workingDaysBetween', () => {
  it('is 0 from a day to itself', () => {
    expect(workingDaysBetween(d('2026-03-04'), d('2026-03-04'))).toBe(0);
  });

  it('counts the working days after the start up to and including the end', () => {
    expect(workingDaysBetween(d('2026-03-02'), d('2026-03-09'))).toBe(5);
  });

  it('is negative when the end is before the start', () => {
    expect(workingDaysBetween(d('2026-03-09'), d('2026-03-02'))).toBe(-5);
  });

  it('leaves out bank holidays of the region', () => {
    const options: { region: Region } = { region: 'england-and-wales' };
    expect(workingDaysBetween(d('2026-04-02'), d('2026-04-07'), options)).toBe(1);
  });
});
