// Thirteenth round: the team, service or organisation written straight after a known professional's
// name ("Ravi Thakkar (Short Breaks):", "Joanne Pike, Advocate, POhWER") is kept; a person named
// after the professional is still proposed.
import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[]): string[] {
  const keys = new Set(professionals.flatMap((name) => name.toLowerCase().split(' ')));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => f.original);
}

describe("a known professional's team or organisation", () => {
  it('is kept in brackets after the name, as in a chat header', () => {
    expect(
      unknown('[09:20] Ravi Thakkar (Short Breaks): panel removed them.', ['Ravi Thakkar']),
    ).toEqual([]);
    expect(
      unknown('To: Gwen Roberts (Tîm Amddiffyn Plant, Cyngor Sir Ynys Môn)', ['Gwen Roberts']),
    ).toEqual([]);
  });

  it('is kept in up to two comma-separated segments after the name, as in a signature', () => {
    expect(unknown('Joanne Pike, Advocate, POhWER. Martin rang.', ['Joanne Pike'])).toEqual([
      'Martin',
    ]);
    expect(
      unknown('From: Alisha Grant, Tenancy Sustainment, Midland Heart\nTo: the council', [
        'Alisha Grant',
      ]),
    ).toEqual([]);
  });

  it('still proposes a person named after the professional, and words after no professional', () => {
    expect(unknown('Hannah Cole, Lee Gaskell and Ozturk attended.', ['Hannah Cole'])).toEqual([
      'Lee',
      'Gaskell',
      'Ozturk',
    ]);
    expect(unknown("Hannah Cole, Ozturk's cousin, rang.", ['Hannah Cole'])).toEqual(['Ozturk']);
    expect(unknown('Priya Nair (Short Breaks): panel removed them.', [])).toContain('Breaks');
  });
});
