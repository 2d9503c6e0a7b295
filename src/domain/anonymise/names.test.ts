import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { findKnownNames } from './names';
import { tokenise } from './text';
import type { KnownClient } from './types';

const client: KnownClient = {
  child: { firstName: 'William', lastName: 'Smith-Jones', dob: isoDate('2014-03-07') },
  siblings: [{ firstName: 'Zoë', lastName: 'Smith-Jones' }],
  familyMembers: [
    { firstName: 'Elizabeth', lastName: 'Smith', relationship: 'mother' },
    { firstName: 'Łukasz', lastName: 'Jones', relationship: 'father' },
    { firstName: 'Hope', lastName: 'Kowalczyk', relationship: 'maternal grandmother' },
  ],
};

function names(text: string, who: KnownClient = client): [string, string][] {
  return findKnownNames(text, who, tokenise(text), [], new Set()).map((f) => [
    f.original,
    f.replacement,
  ]);
}

describe('findKnownNames', () => {
  it('finds a lower-case client name that is also a word only where a person stands', () => {
    const found = names(
      'nan hope says no. hope (62) rang. hope’s phone. i hope so; the hope was; a new hope is here.',
    ).map(([original]) => original);
    expect(found).toEqual(['hope', 'hope', 'hope']);
  });

  it('reads a lower-case client name before a relative, or opening a clause after a comma, as the person', () => {
    const found = names(
      'hope sister Zoë went. not a stranger, hope asks for me. i hope dad comes; we hope, mum says.',
    ).map(([original]) => original);
    expect(found).toEqual(['hope', 'Zoë', 'hope']);
  });

  it('replaces each person by their placeholder, in any case and without accents', () => {
    expect(names('william, ZOE and Lukasz came with Zoë.')).toEqual([
      ['william', '[child]'],
      ['ZOE', '[sibling 1]'],
      ['Lukasz', '[father]'],
      ['Zoë', '[sibling 1]'],
    ]);
  });

  it('catches capitalised nicknames from the built-in table but not the ordinary words', () => {
    expect(names('Billy and Liz said they will pay the bill.')).toEqual([
      ['Billy', '[child]'],
      ['Liz', '[mother]'],
    ]);
  });

  it('catches hyphen halves and keeps a possessive outside the placeholder', () => {
    expect(names("Smith-Jones; William's coat")).toEqual([
      ['Smith', '[family name]'],
      ['Jones', '[family name]'],
      ['William', '[child]'],
    ]);
  });

  it("turns a misspelt possessive such as Williams' into the placeholder's possessive", () => {
    expect(names("Williams' coat")).toEqual([["Williams'", "[child]'s"]]);
  });

  it('resolves a shared surname from the first name or title before it', () => {
    expect(names('Elizabeth Smith and Mrs Smith and Mr Jones')).toEqual([
      ['Elizabeth', '[mother]'],
      ['Smith', '[mother]'],
      ['Mrs Smith', '[mother]'],
      ['Mr Jones', '[father]'],
    ]);
  });

  it('resolves a shared surname from an initial before it, taking the initial too', () => {
    expect(names('E. Smith rang; W Smith-Jones was absent.')).toEqual([
      ['E. Smith', '[mother]'],
      ['W Smith', '[child]'],
      ['Jones', '[child]'],
    ]);
  });

  it('catches a one-letter misspelling of a name of five letters or more', () => {
    const [finding] = findKnownNames(
      'Wiliam was late.',
      client,
      tokenise('Wiliam was late.'),
      [],
      new Set(),
    );
    expect(finding).toMatchObject({
      original: 'Wiliam',
      replacement: '[child]',
      confidence: 'medium',
    });
  });

  it('catches a lower-case misspelling with the name’s first letter that is no English word', () => {
    expect(names('wiliam otherwise well. elizbeth came.')).toEqual([
      ['wiliam', '[child]'],
      ['elizbeth', '[mother]'],
    ]);
    // "willing" is a word; "siliam" does not start as William does.
    expect(names('he is willing; siliam was there')).toEqual([]);
  });

  it('matches a name that is an ordinary word only when capitalised and used as a name', () => {
    expect(names('We hope Hope is well. Hope you can come.')).toEqual([
      ['Hope', '[maternal grandmother]'],
    ]);
  });

  it('leaves a month alone when it is used as a month', () => {
    const april = { child: { firstName: 'April', lastName: 'Price' } };
    expect(names('April relapsed in April and again since June.', april)).toEqual([
      ['April', '[child]'],
    ]);
    expect(names('Not linked to the April episodes; April is 7 months old.', april)).toEqual([
      ['April', '[child]'],
    ]);
    expect(names('Baby April 7 months, well. Seen in April.', april)).toEqual([
      ['April', '[child]'],
    ]);
  });

  it('does not touch words inside blocked spans such as professionals’ names', () => {
    const text = 'Will Smith (SW) visited.';
    expect(
      findKnownNames(text, client, tokenise(text), [{ start: 0, end: 10 }], new Set()),
    ).toEqual([]);
  });

  it('finds a client name as a possessive typed without its apostrophe, and without the apostrophe of the name itself, in any case', () => {
    const family: KnownClient = {
      child: { firstName: 'Lulu', lastName: 'Østergaard' },
      familyMembers: [{ firstName: 'Dean', lastName: "O'Brien", relationship: 'father' }],
    };
    const found = names(
      'lulus dad dean obrien came; DEAN O’BRIEN’S van; ostergaards house; OBrien rang',
      family,
    ).map(([original]) => original);
    expect(found).toEqual(['lulus', 'dean', 'obrien', 'DEAN', 'O’BRIEN', 'ostergaards', 'OBrien']);
    expect(
      names('the deans and the bells; a marks scheme', {
        child: { firstName: 'Dean', lastName: 'Bell' },
      }),
    ).toEqual([]);
  });

  it('reads a lower-case client name after any relationship word or before any verb of action as the person', () => {
    const found = names(
      'her best mate hope came round. hope made tea; we hope so; no hope left.',
    ).map(([original]) => original);
    expect(found).toEqual(['hope', 'hope']);
  });
});
