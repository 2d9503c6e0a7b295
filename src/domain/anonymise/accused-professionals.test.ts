import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[] = []): string[] {
  const keys = new Set(professionals.flatMap((name) => name.toLowerCase().split(' ')));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => f.original);
}

describe('a professional an allegation is about', () => {
  it('hides the name when their staff, payroll or vetting number follows it', () => {
    expect(
      unknown('Referred to the LADO. CCTV shows TA Leanne Birtles (staff no. S3381) holding him.'),
    ).toEqual(expect.arrayContaining(['Leanne', 'Birtles']));
    expect(
      unknown(
        'File note – staff member Daniel Crossley, teacher of PE, payroll 004512873. LADO told.',
      ),
    ).toEqual(expect.arrayContaining(['Daniel', 'Crossley']));
  });

  it('hides the name when the sentence makes them the allegation’s subject', () => {
    expect(
      unknown('Person the allegation is about: Mark Holloway, PE teacher at this school.'),
    ).toEqual(expect.arrayContaining(['Mark', 'Holloway']));
    expect(
      unknown('Suspended today. Kian says night worker Shane Boyle let him smoke in the garden.'),
    ).toEqual(expect.arrayContaining(['Shane', 'Boyle']));
  });

  it('keeps a professional acting in role, even in a note about an allegation', () => {
    // No identifying number after them and nothing before them on the sentence.
    expect(unknown('LADO referral made. Rang social worker Jess Lowther to let her know.')).toEqual(
      [],
    );
    // A known professional stays whatever the words around them.
    expect(
      unknown('Concern about practitioner Chloe Maddox (staff no. LSN-044). LADO told.', [
        'Chloe Maddox',
      ]),
    ).toEqual([]);
  });

  it('keeps a colleague with their staff number when the note is about no allegation', () => {
    expect(unknown('Rang social worker Jess Lowther (staff no. 4471) about the visit.')).toEqual(
      [],
    );
  });
});
