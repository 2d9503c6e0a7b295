import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { tokenise } from './text';
import type { KnownClient } from './types';
import { findUnknownNames } from './unknown-names';

function guesses(text: string): [string, string][] {
  return findUnknownNames(text, tokenise(text), [], new Set()).map((f) => [f.original, f.type]);
}

const client: KnownClient = { child: { firstName: 'Kyle', lastName: 'Bamford' } };

describe('capitalised guesses that are places or buildings', () => {
  it('proposes a listed town guessed only for its capital as a place', () => {
    expect(
      guesses('Placed in B&B (Room 12, the Crown Hotel, Rotherham) pending enquiries.'),
    ).toEqual([['Rotherham', 'place']]);
    expect(guesses('She is sleeping behind the bus station, Hanley most nights.')).toEqual([
      ['Hanley', 'place'],
    ]);
  });

  it('proposes a run ending in a street or building word as an address, an open place as a place', () => {
    expect(guesses('The lay preacher, of Glebe House, Ixworth, visits.')).toContainEqual([
      'Glebe',
      'address',
    ]);
    expect(guesses('He stays on Unicorn Hill most nights.')).toEqual([
      ['Unicorn', 'address'],
      ['Hill', 'address'],
    ]);
    expect(guesses('He was asked to meet at Golden Square later.')).toEqual([['Square', 'place']]);
    expect(guesses('She was with Hill and Connor.')).toContainEqual(['Hill', 'name']);
  });

  it('proposes a district after a street and a comma as a place', () => {
    expect(guesses('Visited home no.7 the Crescent, Higher Openshaw - no beds.')).toEqual([
      ['Higher', 'place'],
      ['Openshaw', 'place'],
    ]);
    expect(guesses('Met at the Crescent, Jordan was there.')).toContainEqual(['Jordan', 'name']);
  });

  it('leaves a name that is also a town a name: a given name, a possessive, a cue before it', () => {
    expect(guesses('Nobody is checking Henshaw’s contact with children.')).toEqual([
      ['Henshaw', 'name'],
    ]);
    expect(guesses('Her mother-in-law Britannia will look after the baby.')).toEqual([
      ['Britannia', 'name'],
    ]);
    expect(guesses("Carl's surname Heaton? Ask mum.")).toContainEqual(['Heaton', 'name']);
    expect(guesses('She was with Chelsea and Jordan Bolton at the park.')).toContainEqual([
      'Bolton',
      'name',
    ]);
  });

  it('hides the same text either way', () => {
    const { text } = anonymise('Kyle lives at 3 Beacon View, Greenway, Bolton with mum.', client);
    expect(text).not.toContain('Bolton');
  });
});

describe('a name in the possessive before a home or a relative', () => {
  it('is a person, not a place where the family stays', () => {
    const findings = anonymise(
      'He stays at Dougie’s house near Kemnay, and they live at Sean’s mum’s now.',
      client,
    ).findings.map((f) => [f.original, f.type]);
    expect(findings).toContainEqual(['Dougie', 'name']);
    expect(findings).toContainEqual(['Sean', 'name']);
    expect(findings.filter(([, type]) => type === 'place').map(([o]) => o)).toEqual(['Kemnay']);
  });
});

describe('kinds of school', () => {
  it('are no names, alone or after a school’s own name', () => {
    expect(guesses('Written by Mrs Annette Hall (TA), Westmoor Primary, 10:45.')).toEqual([
      ['Annette', 'name'],
      ['Hall', 'name'],
    ]);
    expect(guesses('Review at St Cuthbert’s RC Primary with mum.')).toEqual([]);
  });
});
