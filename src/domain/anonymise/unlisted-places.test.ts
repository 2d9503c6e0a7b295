import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { tokenise } from './text';
import { findUnlistedPlaces } from './unlisted-places';

function found(text: string, taken: { start: number; end: number }[] = []): string[] {
  return findUnlistedPlaces(text, tokenise(text), [], taken).map((f) => f.original);
}

describe('places no list holds, after "in", "from" or "to"', () => {
  it('proposes a capitalised name after a place preposition, up to three words, low confidence', () => {
    const text =
      'The family moved from Southall to Foleshill; a church in Thornton Heath; arrived via Calais.';
    expect(found(text)).toEqual(['Southall', 'Foleshill', 'Thornton Heath', 'Calais']);
    expect(findUnlistedPlaces(text, tokenise(text), [], [])[0]?.confidence).toBe('low');
  });

  it('leaves given names, languages, countries, months, agencies and acronyms', () => {
    expect(
      found(
        'Spoke to Kyle in Urdu; removed in Poland in March; referred to MASH, to Children’s Services, to Barnardo’s and to Mum.',
      ),
    ).toEqual([]);
  });

  it('leaves a name that starts an agency’s, and one something surer covers', () => {
    expect(
      found('Referred to Hayes Family Hub. Seen in Foleshill.', [{ start: 34, end: 43 }]),
    ).toEqual([]);
  });

  it('leaves a county after a plain "in", but not after "lives in"', () => {
    expect(found('Services in Wiltshire. Dad lives in Wiltshire.')).toEqual(['Wiltshire']);
  });

  it('hides the place in the anonymiser’s output', () => {
    expect(
      anonymise('Nan Merle in Bransholme offered to help.', { child: { firstName: 'Ava' } }).text,
    ).toBe('Nan [name] in [place] offered to help.');
  });
});
