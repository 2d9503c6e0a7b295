// Tenth round: people's roles, form and message labels, and taxi, coach and housing firms are no
// stranger's name; a person beside them still is.
import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function words(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.original);
}

/** Fails naming the first of `words` that any finding holds as one of its words. */
function expectNoneOf(found: readonly string[], words: readonly string[]): void {
  for (const word of words)
    expect(
      found.some((original) => original.split(' ').includes(word)),
      word,
    ).toBe(false);
}

describe('words of a role, a label or a firm', () => {
  it('takes no role written as a label or after a name for a name', () => {
    const text = [
      "No fares recorded. Driver's personal mobile: 07700 900 111.",
      "Reviewer's comment (IRO): I disagree.",
      'Letter from Joanne Pike, Advocate, on 2 May. Dear Colleague, please see below.',
      'Escort Raymond Tuffin was seated at the back.',
    ].join('\n');
    const found = words(text);
    expectNoneOf(found, ['Driver', 'Reviewer', 'Advocate', 'Colleague', 'Escort']);
    expect(found).toEqual(expect.arrayContaining(['Pike', 'Raymond', 'Tuffin']));
  });

  it('takes no form, table or forwarded-message label, schedule or convention for a name', () => {
    const text = [
      'Nationality: Polish Passport no: EK4419283',
      '| Field | Detail |',
      '-----Original Message----- From: Amanda (DSL)',
      'her husband Roy (Schedule 1 offender), under the 1996 Hague Convention.',
    ].join('\n');
    expect(words(text)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Passport|Detail|Original|Message|Schedule|Convention/),
      ]),
    );
    expect(words(text)).toContain('Roy');
  });

  it('takes no taxi, coach or housing firm for a person, nor a council team', () => {
    const text =
      'Operator Peak Travel. Driver Asif from Boro Cars took him home in a Blackburn Private Hire car. Salix Homes is the landlord. Sanjay Patel, Licensing Enforcement, rang.';
    const found = words(text);
    expectNoneOf(found, ['Peak', 'Travel', 'Cars', 'Hire', 'Salix', 'Homes', 'Licensing']);
    expect(found).toEqual(expect.arrayContaining(['Asif']));
  });
});

describe('things named by their brand or described by a colour', () => {
  it('takes no bank, phone or van, nor a word after "a" and a colour, for a name', () => {
    const text =
      'Paid from Monzo ending 5522 and a Starling account. He had a Nokia brick. The van is a blue Vivaro and his silver Qashqai was seen. Kayden drove.';
    expect(words(text)).toEqual(['Kayden']);
  });

  it('still finds a person after a colour with no article: "in black Jayden said"', () => {
    expect(words('Dressed all in black Jayden said he was cold.')).toContain('Jayden');
  });
});
