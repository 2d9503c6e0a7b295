import { describe, expect, it } from 'vitest';
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
