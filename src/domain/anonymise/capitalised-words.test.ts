// Eleventh round: a common English word capitalised for no reason but its place (a table's cell, a
// label, a service's or a programme's name) is no one's name; a person, a nickname or a place
// written in the same words still is.
import { describe, expect, it } from 'vitest';
import { isPlainEnglishWord } from './name-words';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function words(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).flatMap((f) =>
    f.original.split(' '),
  );
}

describe('common English words', () => {
  it('knows plain words and their plurals, but no first name or surname among them', () => {
    for (const word of ['accommodation', 'threatened', 'vehicle', 'breaks', 'therapies'])
      expect(isPlainEnglishWord(word), word).toBe(true);
    for (const word of ['kasia', 'baker', 'green', 'grace', 'mark', 'hope', 'reading', 'will'])
      expect(isPlainEnglishWord(word), word).toBe(false);
  });

  it('takes no word heading a table cell or a label for a name, and finds the person beside it', () => {
    const text = [
      '| Area | Current | Who |',
      '| Accommodation | Staying with his aunt Marva Wallace | PA |',
      '| Money | UC, bank account | PA |',
      '| Safety | Threatened with a knife | YOT |',
      'Route: GSS-14 Vehicle: KX19 RTF Driver: Paul Hendry',
    ].join('\n');
    const found = words(text);
    for (const word of ['Accommodation', 'Staying', 'Money', 'Threatened', 'Vehicle'])
      expect(found, word).not.toContain(word);
    expect(found).toEqual(expect.arrayContaining(['Marva', 'Wallace', 'Paul', 'Hendry']));
  });

  it('takes no service or programme named in long plain words for a name', () => {
    const found = words(
      'Her GP has suggested Talking Therapies. She is on the Positive Choices programme.',
    );
    for (const word of ['Talking', 'Therapies', 'Positive', 'Choices'])
      expect(found, word).not.toContain(word);
  });

  it('greets no one by "Hi", "Sir" or "Madam", and still finds the name greeted', () => {
    const found = words(
      'Dear Sir/Madam, we manage the flat.\n[08:13] Fraser: Hi Kasia, what happened?',
    );
    for (const word of ['Sir', 'Madam', 'Hi']) expect(found, word).not.toContain(word);
    expect(found).toContain('Kasia');
  });

  it('still finds a nickname in quotes, a name before "who" and a surname after a first name', () => {
    const found = words(
      'She is picked up by a man she knows as "Razor" and by "K-Money". Ask Danny Starling, and Sunshine who is 4.',
    );
    expect(found).toEqual(expect.arrayContaining(['Razor', 'Money', 'Danny', 'Sunshine']));
  });

  it('still finds a short plain word in a sentence, which may be a nickname or a first name', () => {
    expect(words('Tyrese was with Tank on Friday; they bought food for Gift.')).toEqual(
      expect.arrayContaining(['Tank', 'Gift']),
    );
  });

  it('leaves a house, a street or a place named in plain words to be hidden', () => {
    const found = words(
      'They moved to Golden Square. Carers live at The Old Chapel, Front Street. Seen near Harbour View yesterday.',
    );
    expect(found).toEqual(expect.arrayContaining(['Golden', 'Chapel', 'View']));
  });

  it('takes no condition named after its describer, nor a Gurkha, for a name', () => {
    expect(
      words('He has Becker muscular dystrophy; his mum has Crohn’s and Hughes syndrome.'),
    ).toEqual([]);
    expect(words('Nan has advanced Alzheimer’s. Grandad, a former Gurkha, helps.')).toEqual([]);
    // A person before a disease of theirs is still named.
    expect(words('Mo told Kerry that the disease was back.')).toEqual(['Mo', 'Kerry']);
  });
});
