// Tenth round: a word guessed as a stranger's name for its capital alone, where a journey goes to
// it, is proposed as a place; a person with a possessive, a listed first name or a cue stays a name.
import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function typed(text: string): [string, string][] {
  return findUnknownNames(text, tokenise(text), [], new Set()).map((f) => [f.original, f.type]);
}

describe('a guessed word at the end of a journey', () => {
  it('is a place after words of travel and "to", "through" or "via", or before "camp"', () => {
    expect(typed('She is due to fly to Mirpur with her father.')).toEqual([['Mirpur', 'place']]);
    expect(typed('Andreea has a ticket booked to Bucharest on 20 December.')).toContainEqual([
      'Bucharest',
      'place',
    ]);
    expect(typed('He paid for the journey through Calais.')).toEqual([['Calais', 'place']]);
    expect(typed('Dad took the passports to Limassol last week.')).toEqual([['Limassol', 'place']]);
    expect(typed('They offered to take her "home" to Hargeisa.')).toEqual([['Hargeisa', 'place']]);
    expect(typed('They lived in Nairobi and then Kakuma camp before resettlement.')).toContainEqual(
      ['Kakuma', 'place'],
    );
  });

  it('is a place at the end of a crossing or of a journey told stage by stage', () => {
    expect(typed('He travelled through Agadez to Sabratha, where he was held.')).toContainEqual([
      'Sabratha',
      'place',
    ]);
    expect(typed('From there they crossed to Lesbos by boat.')).toEqual([['Lesbos', 'place']]);
    expect(typed('She was trafficked via Tirana to Dover.')).toContainEqual(['Dover', 'place']);
  });

  it('stays a name with a possessive, a listed first name, a cue, or no journey', () => {
    expect(typed("She went to Jade's on Friday.")).toEqual([['Jade', 'name']]);
    expect(typed('She is going to Kyle now.')).toEqual([['Kyle', 'name']]);
    expect(typed('The money was sent to Ozturk by bank transfer.')).toEqual([['Ozturk', 'name']]);
    expect(typed('They have moved to see her boyfriend, Ozturk.')).toEqual([['Ozturk', 'name']]);
  });

  it('is a place after "taken to" (thirteenth round)', () => {
    expect(typed('Her cousin was taken to Beanibazar in 2022.')).toEqual([['Beanibazar', 'place']]);
    expect(typed('They were taken to Sulaymaniyah by their uncle.')).toEqual([
      ['Sulaymaniyah', 'place'],
    ]);
  });

  it('stays a name after "sent to", or after "taken to" with a possessive or a first name', () => {
    expect(typed('The money was sent to Ozturk by bank transfer.')).toEqual([['Ozturk', 'name']]);
    expect(typed("She was taken to Ozturk's flat.")).toEqual([['Ozturk', 'name']]);
    expect(typed('The baby was taken to Kyle by the grandmother.')).toEqual([['Kyle', 'name']]);
  });
});
