import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findDates } from './dates';

const client = { child: { firstName: 'Jack', lastName: 'Frost' } };
const births = (text: string) =>
  findDates(text, client)
    .findings.filter((f) => f.type === 'date-of-birth')
    .map((f) => f.original);

describe('a date in a table’s date-of-birth column', () => {
  it('is a date of birth in every row under a "DOB" or "Date of birth" header', () => {
    const table = [
      '| Name | Relationship | DOB | Notes |',
      '|---|---|---|---|',
      '| Holly Frost | sister | 25/12/2019 | speech delay |',
      '| Angel Frost | mum | 11/03/1990 | seen 02/11/2026 |',
    ].join('\n');
    expect(births(table)).toEqual(['25/12/2019', '11/03/1990']);
    const plain = 'Name | Date of birth | Address\nAgnieszka NOWAK (mum) | 14.02.93 | Millfield';
    expect(births(plain)).toEqual(['14.02.93']);
  });

  it('leaves dates in other columns, in a table with no such header, and outside the table', () => {
    const chronology = '| Date | Event |\n| 30/10/2026 | visit |\n| 02/11/2026 | call |';
    expect(births(chronology)).toEqual([]);
    const after = '| Name | DOB |\n| Holly | 25/12/2019 |\n\nMet on 02/11/2026 | agreed';
    expect(births(after)).toEqual(['25/12/2019']);
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
