import { describe, expect, it } from 'vitest';
import { houseAddresses } from './house-addresses';

function found(text: string): string[] {
  return houseAddresses(text).map((span) => text.slice(span.start, span.end));
}

describe('houseAddresses', () => {
  it("takes a flat's number beside a relative after the note has named the street", () => {
    expect(found('Visited 12 mercer st. Aunt Pat (lives upstairs, 12b) was out.')).toEqual(['12b']);
    expect(found('Aunt Pat (lives upstairs, 12b) was out.')).toEqual([]);
    expect(found('At 4 Heron Way. The man who lives opposite, 3 years ago, moved.')).toEqual([]);
  });

  it('takes a named house before its street or village', () => {
    expect(found('Carer Mr Lowe at The Old Bakery, Mill Lane, Ashby.')).toEqual(['The Old Bakery']);
    expect(found('Host: Ann Ross, The Laurels, Upper Slaughter.')).toEqual(['The Laurels']);
    expect(found('Seen at The Coach House, Back Lane.')).toEqual(['The Coach House']);
    expect(found('Met at The Forum, Norwich and at The Old Vic, Bristol.')).toEqual([]);
  });

  it('takes a numbered row of bungalows or cottages', () => {
    expect(found('She lives at 4 Heron Bungalows and works at 9 Mill Cottages.')).toEqual([
      '4 Heron Bungalows',
      '9 Mill Cottages',
    ]);
    expect(found('We bought 3 bungalows.')).toEqual([]);
  });

  it('takes a Welsh or Gaelic street named type first, with its number', () => {
    expect(found('Lives at 8 Maes y Deri, Tregaron.')).toEqual(['8 Maes y Deri']);
    expect(found('Address: 3 Stryd Fawr, Bala.')).toEqual(['3 Stryd Fawr']);
    expect(found('From 14 Sràid na Drochaid.')).toEqual(['14 Sràid na Drochaid']);
    expect(found('Maes and Bryn came with 2 Bryn boys.')).toEqual([]);
  });

  it('takes a numbered street of any word after a cue to a home and before a district', () => {
    expect(found('He lives at 7 Ashby Loan, Tranent.')).toEqual(['7 Ashby Loan']);
    expect(found('Address given as 9 Crow Hey, Shaw.')).toEqual([]);
    expect(found('address is 9 Crow Hey, Shaw.')).toEqual(['9 Crow Hey']);
    expect(found('She moved to 4 Ward, Bolton and stayed at 3 Weeks, then.')).toEqual([]);
  });
});

describe('houseAddresses: named farms', () => {
  it('takes a named farm or cottage after a cue, with no comma after it', () => {
    expect(found('Incident at Bryn-y-Gwynt Farm, nr Lampeter.')).toEqual(['Bryn-y-Gwynt Farm']);
    expect(found('He lives at Hafod Cottage now.')).toEqual(['Hafod Cottage']);
    expect(found('A trip to Willow Farm Park and the farm.')).toEqual([]);
  });
});

describe('round 19: a unit on a site', () => {
  it('takes a unit and the trading estate, mill or yard it is in', () => {
    expect(found('works at Unit 6, Marsh Lane Trading Estate.')).toEqual([
      'Unit 6, Marsh Lane Trading Estate',
    ]);
    expect(found('address "Unit 9, Weir Mill, Mossley"')).toEqual(['Unit 9, Weir Mill']);
  });

  it('leaves a unit with no site', () => {
    expect(found('Mother and Baby Unit 4, Ward 2 and Unit 3, Family Support')).toEqual([]);
  });
});

describe('round 21: a named house after "to"', () => {
  it('takes the house after a visit to it (its street is the street finder’s)', () => {
    expect(found('the check visit to The Old Mill, Brook Lane, Ashwell, found')).toEqual([
      'The Old Mill',
    ]);
  });
});
