import { describe, expect, it } from 'vitest';
import { findSpokenBirthDates } from './spoken-birth-dates';

const found = (text: string) => findSpokenBirthDates(text).map((f) => f.original);

describe('a date of birth read out in numbers as words', () => {
  it('finds day, month and year in words after a birth cue', () => {
    expect(found('date of birth nine three two thousand and twelve full stop')).toEqual([
      'nine three two thousand and twelve',
    ]);
    expect(found('DOB the second of the eleventh twenty sixteen, lives')).toEqual([
      'the second of the eleventh twenty sixteen',
    ]);
    expect(found('born on twenty one six two thousand eight')).toEqual([
      'twenty one six two thousand eight',
    ]);
  });

  it('leaves the same words with no cue and a month number past twelve', () => {
    expect(found('she counted eleven seven two thousand nine times')).toEqual([]);
    expect(found('date of birth three fourteen twenty ten')).toEqual([]);
  });
});

describe('a dictated date of birth with the month named', () => {
  it('reads a cardinal day before the month’s name', () => {
    const text = 'Patient Ruby Lane date of birth nine March twenty twelve new line.';
    expect(findSpokenBirthDates(text).map((f) => f.original)).toEqual(['nine March twenty twelve']);
  });

  it('needs the birth cue', () => {
    expect(findSpokenBirthDates('We met nine March twenty twelve.')).toEqual([]);
  });
});
