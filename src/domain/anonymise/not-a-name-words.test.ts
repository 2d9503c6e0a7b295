// Fourteenth round: words wrongly taken for names. A plural acronym, a short form with a capital
// inside, the first part of a kinship word, a function word, a faith's word, a dictated punctuation
// word, a dog breed, a form's label, a kind before its number and a table's column labels are no
// one's name; a person written beside any of them still is.
import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { isNeverANameShape } from './name-words';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function words(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).flatMap((f) =>
    f.original.split(' '),
  );
}

function shape(text: string, word: string): boolean {
  const token = tokenise(text).find((t) => t.raw === word);
  if (!token) throw new Error(word);
  return isNeverANameShape(text, token);
}

describe('word shapes that are no name', () => {
  it('reads plural acronyms, short forms with a capital inside and "Great-aunt"', () => {
    expect(shape('she has recurrent UTIs now', 'UTIs')).toBe(true);
    expect(shape('to pass my GCSEs next year', 'GCSEs')).toBe(true);
    expect(shape('two GPs saw her', 'GPs')).toBe(true);
    expect(shape('chair to consult HoS today', 'HoS')).toBe(true);
    expect(shape('Step-mum is 40', 'Step')).toBe(true);
    expect(shape('Great-grandmother Ivy', 'Great')).toBe(true);
    expect(shape('a baby of 20 months', 'of')).toBe(true);
  });

  it('leaves names of the same look alone', () => {
    expect(shape('went to JJs house', 'JJs')).toBe(false);
    expect(shape('Mr McD was there', 'McD')).toBe(false);
    expect(shape('Mary-Ann is 40', 'Mary')).toBe(false);
    expect(shape('Greta-May is 4', 'Greta')).toBe(false);
  });
});

describe('words wrongly taken for names', () => {
  it('takes no plural acronym, short form or kinship part for a name', () => {
    const text =
      'Zed has recurrent UTIs since May and wants his GCSEs. Chair to consult HoS. This was not agreed. Great-aunt is 78.';
    for (const word of ['UTIs', 'GCSEs', 'HoS', 'Great']) expect(words(text)).not.toContain(word);
  });

  it('takes no faith, scripture or faith teacher’s title for a name, and finds the name beside it', () => {
    const text =
      'Zed goes to an evening Qur’an class and an Orthodox church. Mum said "Maulana sahib hits us" and that Qari Ilyas Rahman teaches him. Paul and Kerry Dunmore are Jehovah’s Witnesses.';
    const found = words(text);
    for (const word of ['Qur’an', 'Orthodox', 'Maulana', 'Qari', 'Jehovah', 'Witnesses'])
      expect(found).not.toContain(word);
    for (const word of ['Ilyas', 'Rahman']) expect(found).toContain(word);
  });

  it('takes no dictated punctuation, function word or dog breed for a name', () => {
    const text =
      'her husband Tomasz hits her when his mum quote tells him to unquote full stop. A baby of 20 months lives here. Two Staffies and three Rottweilers were barking.';
    const found = words(text);
    for (const word of ['quote', 'unquote', 'of', 'Staffies', 'Rottweilers'])
      expect(found).not.toContain(word);
    expect(found).toContain('Tomasz');
  });

  it('takes no relative’s word in another language for a name, but the name after it', () => {
    const found = words(
      'She said her grandmother (Mami Therese) visits. If I tell, Tata loses the job.',
    );
    expect(found).not.toContain('Mami');
    expect(found).not.toContain('Tata');
    expect(found).toContain('Therese');
  });

  it('takes no form label, no kind before its number, no table header for a name', () => {
    const text = [
      'Child’s full name: Zuzanna Nowak Known as: Zuza Lives with: nan',
      'He has Type 1 diabetes and is on a Level 2 course. Alias: Saman Mohamadi',
      'Name | DOB | Att % | Unauth',
      'Ethan Oduya | 16/05/2012 | 38.2 | 61',
    ].join('\n');
    const found = words(text);
    for (const word of ['Known', 'Lives', 'Type', 'Level', 'Alias', 'Att', 'Unauth'])
      expect(found).not.toContain(word);
    for (const word of ['Zuzanna', 'Nowak', 'Saman', 'Mohamadi', 'Ethan', 'Oduya'])
      expect(found).toContain(word);
  });

  it('still finds a name before an age, a name in a table without header words, a name before a colon', () => {
    const text = [
      'Kyle 14 was there with Ellie Baker 12. Jade Lacey: can u ring me',
      'Shanice | sister | lives with nan',
    ].join('\n');
    const found = words(text);
    for (const word of ['Kyle', 'Ellie', 'Baker', 'Lacey', 'Shanice'])
      expect(found).toContain(word);
  });
});

describe('more words wrongly taken for names', () => {
  it('takes no language, treaty, firm, clinical shorthand or address part for a name', () => {
    const text = [
      'Through the interpreter (Levantine Arabic) Zed said his first language is Masalit; a Masalit interpreter came.',
      'A request under the 1996 Hague Convention is needed. Operator: Nene Valley Minibuses Driver: Paul Hendry.',
      'Pupil: Amelia Kowalczyk Drop-off: 27 Pretoria Road. He needs 3/12 Rx now.',
      'Family address: House 14, Street 7, Block C, Satellite Town. Booked through Cam Homestays.',
    ].join('\n');
    const found = words(text);
    for (const word of [
      'Levantine',
      'Masalit',
      'Hague',
      'Nene',
      'Minibuses',
      'Drop',
      'Rx',
      'Street',
      'Block',
      'Homestays',
    ])
      expect(found, word).not.toContain(word);
    for (const word of ['Paul', 'Hendry', 'Amelia', 'Kowalczyk']) expect(found).toContain(word);
  });

  it('keeps a name before "interpreter" when it is a listed first name', () => {
    expect(words('Mum said Nadia interpreter was kind.')).toContain('Nadia');
  });

  it('takes no text-speak preposition or plain word found with a capital elsewhere for a name', () => {
    const text =
      'Staying at Carn Farm with Kayden. The farm is far. im in with ivys mum til 4. Mum then walks Kayden to school.';
    const found = words(text);
    for (const word of ['farm', 'til', 'walks']) expect(found).not.toContain(word);
    expect(found).toContain('Kayden');
  });
});

describe('a landform’s or a building’s name guessed word by word', () => {
  const places = (text: string) =>
    anonymise(text, { child: { firstName: 'Zed', lastName: 'Quill' } }).findings.map((f) => [
      f.type,
      f.original,
    ]);

  it('is one place, not a name', () => {
    expect(places('Dad is on exercise on Salisbury Plain this week.')).toContainEqual([
      'place',
      'Plain',
    ]);
    expect(places('It is 1h40 from the office over Hardknott Pass in winter.')).toContainEqual([
      'place',
      'Hardknott Pass',
    ]);
    expect(places('He is living in block at Merville Barracks now.')).toContainEqual([
      'place',
      'Barracks',
    ]);
  });

  it('leaves a surname of the same word after a first name or a title a name', () => {
    const found = places('Kevin Marsh and Mrs Jo Hill came, with Dean Mills.');
    for (const word of ['Marsh', 'Hill', 'Mills'])
      expect(
        found.some(([type, text]) => type === 'name' && text?.includes(word)),
        word,
      ).toBe(true);
  });
});
