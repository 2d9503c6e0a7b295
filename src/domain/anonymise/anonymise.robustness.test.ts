// No input breaks the anonymiser: any field up to the app's 100,000-character limit, in the note or
// in any client detail, is processed without throwing (issue #9).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { anonymise } from './anonymise';
import type { KnownClient } from './types';

const LIMIT = 100_000;

/** Pieces that exercise every recogniser, plus arbitrary text, repeated up to a target length. */
const piece = fc.oneof(
  fc.constantFrom(
    'Oak Road Primary School ',
    '12 High Street, Trowbridge BA14 8AA ',
    'NHS 943 476 5919 ',
    '07700 900123 ',
    'born 3/4/19 ',
    "O’Brien's ",
    'Østergaard ',
    'mum ',
    '\n',
    '@lulu_x ',
    'AB12 CDE ',
    'Флоренция ',
    '((( [[[ {{{ ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

function longText(maxLength: number) {
  return fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: maxLength }))
    .map(([pieces, length]) => {
      const unit = pieces.join('') || 'x';
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
}

describe('the anonymiser on any input', () => {
  it('never throws for a note or any client detail up to 100,000 characters', () => {
    fc.assert(
      fc.property(
        longText(LIMIT),
        longText(LIMIT),
        longText(2_000),
        fc.constantFrom('school', 'line1', 'town', 'firstName', 'lastName'),
        (note, detail, name, where) => {
          const client: KnownClient = {
            child: { firstName: where === 'firstName' ? detail : name, lastName: 'Lee' },
            school: where === 'school' ? detail : undefined,
            address: {
              line1: where === 'line1' ? detail : '4 Elm Close',
              town: where === 'town' ? detail : 'Devizes',
            },
          };
          if (where === 'lastName') client.child.lastName = detail;
          const result = anonymise(note, client, { knownProfessionals: [{ name: detail }] });
          expect(typeof result.text).toBe('string');
        },
      ),
      { numRuns: 8, endOnFailure: true },
    );
  }, 120_000);

  // Each of these once made a finder read the rest of a run from every letter of it, or check every
  // date against a record rebuilt each time: minutes at the limit, where the user waits for a second.
  it.each([
    ['lower-case letters', 'abcdefghij'],
    ['capitals', 'ABCDEFGHIJ'],
    ['letters and apostrophes', "O'B’"],
    ['digits', '0123456789'],
    ['e-mail characters', 'ab.cd_ef-+'],
  ])('processes an unbroken run of %s as long as a field, and keeps it', (_kind, unit) => {
    const text = unit.repeat(LIMIT / 10).slice(0, LIMIT);
    const result = anonymise(text, { child: { firstName: 'Lulu', lastName: 'Lee' } });
    expect(result.findings).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('hides dates of birth in a note full of dates when the surname is as long as a field', () => {
    const surname = 'Example'.repeat(LIMIT / 10);
    const note = 'seen 01/02/2024 by Amy, born 03/04/2019. '.repeat(2_000);
    const result = anonymise(note, {
      child: { firstName: 'Amy', lastName: surname, dob: isoDate('2019-04-03') },
    });
    expect(result.text).not.toContain('03/04/2019');
    expect(result.text).toContain('01/02/2024');
  });

  it('processes a school name of 12,000 characters and still hides it in the note', () => {
    const school = 'Oak Road Primary School '.repeat(500).trim();
    const result = anonymise(`She attends ${school} every day.`, {
      child: { firstName: 'Lulu' },
      school,
    });
    expect(result.text).toContain('[school]');
    expect(result.text).not.toContain('Oak Road Primary');
  });
});
