import { describe, expect, it } from 'vitest';
import { findDateMentions, latestYear } from './date-mentions';

describe('findDateMentions', () => {
  it('reads every common written form of a date', () => {
    const forms = [
      '2014-03-07',
      '07/03/2014',
      '7/3/14',
      '7.3.2014',
      '7th March 2014',
      '7 Mar 2014',
      'March 7th, 2014',
      "7 March '14",
      '07-Mar-2014',
      '7/Mar/14',
    ];
    for (const form of forms) {
      const [mention] = findDateMentions(`seen ${form} today`);
      expect(mention, form).toMatchObject({ day: 7, month: 3 });
      expect(mention?.end).toBe(5 + form.length);
    }
  });

  it('reads a date without a year', () => {
    expect(findDateMentions('born on the 7th of March')).toEqual([
      { day: 7, month: 3, start: 12, end: 24 },
    ]);
  });

  it('names the latest year the note writes, a two-digit year read as this century', () => {
    expect(latestYear(findDateMentions('Born 12/11/1989; seen 3/4/25; review 7 May 2024.'))).toBe(
      2025,
    );
    expect(latestYear(findDateMentions('Seen on the 7th of March.'))).toBe(0);
  });
});
