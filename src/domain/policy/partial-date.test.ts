import { describe, expect, it } from 'vitest';
import { describePartialDate, isPartialDate } from './partial-date';

describe('isPartialDate', () => {
  it('accepts a year, a month of a year and a full date', () => {
    expect(['2010', '2013-06', '2010-05-05'].every(isPartialDate)).toBe(true);
  });

  it('refuses impossible months and days and other shapes', () => {
    for (const value of ['2013-13', '2013-00', '2023-02-29', '13-06', 'June 2013', '2013-6', '']) {
      expect(isPartialDate(value), value).toBe(false);
    }
  });

  it('accepts 29 February in a leap year', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
  });
});

describe('describePartialDate', () => {
  it('writes each precision as people write dates', () => {
    expect(describePartialDate('2010')).toBe('2010');
    expect(describePartialDate('2013-06')).toBe('June 2013');
    expect(describePartialDate('2010-05-05')).toBe('5 May 2010');
  });
});
