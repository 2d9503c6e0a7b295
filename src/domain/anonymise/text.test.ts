import { describe, expect, it } from 'vitest';
import { foldName, isAllCaps, isCapitalised, isSentenceInitial, tokenise } from './text';

describe('foldName', () => {
  it('strips accents so Zoë, ZOE and Zoe share a key', () => {
    expect(foldName('Zoë')).toBe('zoe');
    expect(foldName('ZOE')).toBe('zoe');
    expect(foldName('Siobhán')).toBe('siobhan');
  });

  it('maps letters that NFD cannot split, such as the Polish Ł', () => {
    expect(foldName('Łukasz')).toBe('lukasz');
    expect(foldName('Wiśniewski')).toBe('wisniewski');
    expect(foldName('Søren')).toBe('soren');
  });

  it('straightens curly apostrophes', () => {
    expect(foldName('O’Brien')).toBe("o'brien");
  });
});

describe('tokenise', () => {
  it('splits hyphenated names into halves with their offsets', () => {
    const tokens = tokenise('Smith-Jones came');
    expect(tokens.map((t) => [t.raw, t.start, t.end])).toEqual([
      ['Smith', 0, 5],
      ['Jones', 6, 11],
      ['came', 12, 16],
    ]);
  });

  it("splits off a possessive 's but keeps an apostrophe inside a name", () => {
    const [jayden, obrien] = tokenise("Jayden's O'Brien");
    expect(jayden).toMatchObject({ raw: 'Jayden', possessive: true, end: 6 });
    expect(obrien).toMatchObject({ raw: "O'Brien", possessive: false });
  });
});

describe('isSentenceInitial', () => {
  it('is true at the start, after a full stop, a colon, a line break or a bullet', () => {
    const text = 'Kyle came. Dean left: Tom\n• Amy';
    for (const word of ['Kyle', 'Dean', 'Tom', 'Amy'])
      expect(isSentenceInitial(text, text.indexOf(word))).toBe(true);
  });

  it('is false mid-sentence, after "Mr." and inside a hyphenated word', () => {
    const text = 'I saw Kyle and Mr. Walsh with Smith-Jones';
    for (const word of ['Kyle', 'Walsh', 'Jones'])
      expect(isSentenceInitial(text, text.indexOf(word))).toBe(false);
  });
});

describe('capitals', () => {
  it('tells capitalised and all-capital words apart', () => {
    expect(isCapitalised('Kyle')).toBe(true);
    expect(isCapitalised('kyle')).toBe(false);
    expect(isAllCaps('NHS')).toBe(true);
    expect(isAllCaps('Nhs')).toBe(false);
    expect(isAllCaps('A')).toBe(false);
  });
});
