// Sixteenth round: titles of address and family words of other languages are no one's name, and
// the name after such a title is; a short form of a first name between quotes, a first name after
// "first name" and a name after "in the name" are names; a scale's label, a place's or a shop's
// last word and an official service's word are not. Synthetic examples throughout.
import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function words(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).flatMap((f) =>
    f.original.split(' '),
  );
}

describe('titles and family words of other languages', () => {
  it('hides the name after a title, never the title', () => {
    const found = words(
      'Pan Wrzosek was polite. Pani Bożena speaks some English. Herr Albrecht rang.',
    );
    expect(found).toEqual(expect.arrayContaining(['Wrzosek', 'Bożena', 'Albrecht']));
    for (const title of ['Pan', 'Pani', 'Herr']) expect(found).not.toContain(title);
  });

  it('hides a lower-case name after a title of another language, not an English word', () => {
    const found = words('host dad (sr morales) and another host (señora pinedo) came.');
    expect(found).toEqual(expect.arrayContaining(['morales', 'pinedo']));
    expect(words('the sr practitioner visited and the frying pan handle was hot')).toEqual([]);
  });

  it('takes no family word of another language for a name', () => {
    const found = words(
      'She said Hooyo was cross. Staying with Achan and Amma. We live with Nene.',
    );
    for (const word of ['Hooyo', 'Achan', 'Amma', 'Nene']) expect(found).not.toContain(word);
  });
});

describe('names after naming cues and short forms', () => {
  it('hides a short form between a first name and a surname, even a month', () => {
    const found = words('Her ex-partner, Declan "Dec" Morrow, has people after him.');
    expect(found).toEqual(expect.arrayContaining(['Dec', 'Morrow']));
  });

  it('hides a name after "first name" or "in the name", not a plain word there', () => {
    expect(words('host dad, first name ignacio i think, was there')).toContain('ignacio');
    expect(words('Paid by a card in the name R. Haddad today.')).toContain('Haddad');
    expect(words('on a first name basis. in the name of safety. for the named recipient.')).toEqual(
      [],
    );
  });
});

describe('short forms and other spellings', () => {
  it('hides two letters in quotes that are the first letters of the name before them', () => {
    const found = words('Child: Tamsin Rae Lowther / "TR" was found. TR (8) was alone.');
    expect(found.filter((word) => word === 'TR')).toHaveLength(2);
    expect(words('Tamsin Rae Lowther, "OK" she said.')).not.toContain('OK');
  });

  it('hides another spelling after "called … or", not a word', () => {
    expect(words('a lad called deano or deeno from the estate')).toContain('deeno');
    expect(words('a lad called deano or something from the estate')).not.toContain('something');
  });
});

describe('words of things taken for names', () => {
  it('takes no scale, place, shop or service word for a name', () => {
    const found = words(
      'Clutter Image Rating 7 in the hall. He came from the Lower Falls. Staying at The Old Forge. ' +
        'Seen at Stansted Airport. Border Force stopped her. A visit with Immigration Enforcement. ' +
        'Works at Brightmoor Gym and at Golden Loaf Bakery. Dorina Lupu, Roma Community Mediator.',
    );
    for (const word of ['Clutter', 'Rating', 'Falls', 'Forge', 'Airport', 'Force', 'Immigration'])
      expect(found).not.toContain(word);
    for (const word of ['Gym', 'Bakery', 'Mediator']) expect(found).not.toContain(word);
    expect(found).toEqual(expect.arrayContaining(['Dorina', 'Lupu']));
  });

  it('still hides a person whose first name opens the run', () => {
    expect(words('Sarah Scale rang the office.')).toContain('Sarah');
  });
});
