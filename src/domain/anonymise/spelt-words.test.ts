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
