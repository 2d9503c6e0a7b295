import { describe, expect, it } from 'vitest';
import { findSpeltWords } from './spelt-words';

const found = (text: string) => findSpeltWords(text).map((f) => f.original);

describe('a name spelt out letter by letter', () => {
  it('finds the letters when they spell a name written just before them', () => {
    expect(found('Mother is Zofia Lewandowska, that’s Z O F I A, date of birth')).toEqual([
      'Z O F I A',
    ]);
    expect(found('surname Quayle spelt Q U A Y L E.')).toEqual(['Q U A Y L E']);
  });

  it('leaves letters that spell no word before them and an acronym written twice', () => {
    expect(found('the B R T model was used')).toEqual([]);
    expect(found('the CSE team (C S E) met')).toEqual([]);
  });
});

describe('a postcode read out a character at a time', () => {
  it('finds it in dictation, and leaves other spaced capitals', () => {
    expect(found('called to 12 park road S E 1 5 7 T R at 0300')).toEqual(['S E 1 5 7 T R']);
    expect(found('called to 12 park road N 1 9 G U at 0300')).toEqual(['N 1 9 G U']);
    expect(found('the A B C model, grade B 2 C')).toEqual([]);
  });
});
