import { describe, expect, it } from 'vitest';
import { findCalendarBirthDates } from './date-calendars';

const found = (text: string) => findCalendarBirthDates(text).map((f) => f.original);

describe('birth dates in the Persian or Ethiopian calendar', () => {
  it('finds a day, a Persian or Ethiopian month and a year of that calendar', () => {
    expect(
      found(
        'He gives his birth date as 9 Mehr 1391; his sister says 2nd of Esfand 1389. Mum: 11 Hidar 2003 (Ethiopian), brother 30 Tahsas, 2007.',
      ),
    ).toEqual(['9 Mehr 1391', '2nd of Esfand 1389', '11 Hidar 2003', '30 Tahsas, 2007']);
  });

  it('leaves a surname that is a month’s name, a Gregorian year after a Persian month and a bare month', () => {
    expect(
      found('Met 14 Azar 2019 staff; PC 12 Mehr at the door; Dey 1390 only; 40 Hidar 2003.'),
    ).toEqual([]);
  });
});
