import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

const names = (text: string) =>
  findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.original);

describe('a first name that is also a month or a word', () => {
  it('is the name before a surname found, and later where the person speaks or is told', () => {
    expect(
      names('Present: June Okafor (maternal aunt). June said she can help. I told June today.'),
    ).toEqual(['June', 'Okafor', 'June', 'June']);
  });

  it('stays a word elsewhere, and a kinship word before a name is not taken', () => {
    expect(names('June Okafor (maternal aunt) works nights in June. June is busy.')).toEqual([
      'June',
      'Okafor',
    ]);
    expect(names('Visit to Nana Ama Mensah (grandmother). Nana said no.')).not.toContain('Nana');
  });
});
