import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { inBirthDateColumn } from './table-columns';

const client = { child: { firstName: 'Jack', lastName: 'Frost' } };
/** Which of `dates` (each written once in `text`) lie in a date-of-birth column. */
const births = (text: string, dates: readonly string[]) =>
  dates.filter((date) => {
    const start = text.indexOf(date);
    return inBirthDateColumn(text, { start, end: start + date.length });
  });

describe('a date in a table’s date-of-birth column', () => {
  it('is a date of birth in every row under a "DOB" or "Date of birth" header', () => {
    const table = [
      '| Name | Relationship | DOB | Notes |',
      '|---|---|---|---|',
      '| Holly Frost | sister | 25/12/2019 | speech delay |',
      '| Angel Frost | mum | 11/03/1990 | seen 02/11/2026 |',
    ].join('\n');
    expect(births(table, ['25/12/2019', '11/03/1990', '02/11/2026'])).toEqual([
      '25/12/2019',
      '11/03/1990',
    ]);
    const plain = 'Name | Date of birth | Address\nAgnieszka NOWAK (mum) | 14.02.93 | Millfield';
    expect(births(plain, ['14.02.93'])).toEqual(['14.02.93']);
  });

  it('leaves dates in other columns, in a table with no such header, and outside the table', () => {
    const chronology = '| Date | Event |\n| 30/10/2026 | visit |\n| 02/11/2026 | call |';
    expect(births(chronology, ['30/10/2026', '02/11/2026'])).toEqual([]);
    const after = '| Name | DOB |\n| Holly | 25/12/2019 |\n\nMet on 02/11/2026 | agreed';
    expect(births(after, ['25/12/2019', '02/11/2026'])).toEqual(['25/12/2019']);
  });
});

describe('a town alone in a table’s column of where someone lives or was found', () => {
  const places = (text: string) =>
    anonymise(text, client)
      .findings.filter((f) => f.type === 'place')
      .map((f) => f.original);

  it('is a place under a "Found" or "Address" header, an ordinary-word town included', () => {
    const missing =
      'Date | Hrs | Found | With\n14/10 | 18 | Grangemouth | alone\n08/11 | 60 | Glasgow | -';
    expect(places(missing)).toEqual(['Grangemouth', 'Glasgow']);
    const household = 'Name | Relationship | Address\nLiam Sharkey | partner | Felling';
    expect(places(household)).toEqual(['Felling']);
  });

  it('leaves a town in an agency’s column, or one that shares its cell', () => {
    expect(places('| Agency | Area | Action |\n| Police | Glasgow | visit |')).toEqual([]);
    expect(places('Date | Found\n14/10 | Glasgow Central station staff')).toEqual([]);
  });
});
