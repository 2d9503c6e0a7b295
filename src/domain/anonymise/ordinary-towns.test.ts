import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { findOrdinaryWordTowns } from './ordinary-towns';
import { tokenise } from './text';

function found(text: string): string[] {
  return findOrdinaryWordTowns(text, tokenise(text), []).map((f) => f.original);
}

describe('towns whose names are ordinary words', () => {
  it('hides them where a place stands: after "in", "near", "via", a journey or "lives in"', () => {
    expect(found('He has a brother in Reading they may move to.')).toEqual(['Reading']);
    expect(found('The family moved from Slough to Bath last year.')).toEqual(['Slough', 'Bath']);
    expect(found('Dad lives in March with his new partner.')).toEqual(['March']);
    expect(found('She was seen near Wells on Friday.')).toEqual(['Wells']);
  });

  it('hides one before "area" ("in the Harrow area"), but not an ordinary word before it', () => {
    expect(found('we are in the Harrow area, please do not share')).toEqual(['Harrow']);
    expect(found('reading area of the report; the Reading Area Team')).toEqual([]);
  });

  it('keeps them as ordinary words, months and parts of longer names', () => {
    expect(
      found(
        'Reading the report again. Bath time is chaotic. Core group in March 2024. Meeting moved to March. Seen in March. Referred to Reading Borough Council. Lives on Bath Street. A shop in High Street.',
      ),
    ).toEqual([]);
    expect(found('she is reading in bed; deal with it in march')).toEqual([]);
  });

  it('hides the town in the anonymiser’s output and leaves the month', () => {
    const text = 'Mum moved to Reading in March.';
    expect(anonymise(text, { child: { firstName: 'Ava' } }).text).toBe(
      'Mum moved to [place] in March.',
    );
  });
});

describe('districts and towns that are ordinary words, added in the eighth round', () => {
  it('hides Felling, Pool, Battle, Settle, Sandwich and Wick where a place stands', () => {
    expect(
      found(
        'His cousins came from Felling. A party at a house in Pool. Gran lives in Battle. Moved from Settle to Sandwich. Dad is near Wick.',
      ),
    ).toEqual(['Felling', 'Pool', 'Battle', 'Settle', 'Sandwich', 'Wick']);
  });

  it('keeps them as ordinary words', () => {
    expect(
      found('The battle in court. Felling trees. Time to settle in. A sandwich in Pool Road.'),
    ).toEqual([]);
  });
});

describe('a surname that is also a town', () => {
  const readings = {
    child: { firstName: 'Charlie', lastName: 'Reading' },
    familyMembers: [
      { firstName: 'Becky', lastName: 'Reading', relationship: 'mother' },
      { firstName: 'Darren', lastName: 'Bath', relationship: 'father' },
    ],
  };
  const typed = (text: string) =>
    anonymise(text, readings).findings.map((f) => [f.type, f.original]);

  it('is the town where a place stands: after a journey or "living in"', () => {
    const found = typed(
      'Becky Reading moved from Reading to Leeds to get away from Darren Bath, now living in Bath.',
    );
    expect(found).toContainEqual(['place', 'Reading']);
    expect(found).toContainEqual(['place', 'Bath']);
    expect(found).toContainEqual(['name', 'Becky Reading']);
    expect(found).toContainEqual(['name', 'Darren Bath']);
  });

  it('stays a name after a first name, before "’s" or where no place stands', () => {
    const found = typed('Mrs Reading rang. Reading’s sister came. Spoke to Bath about it.');
    expect(found.filter(([type]) => type === 'place')).toEqual([]);
  });
});
