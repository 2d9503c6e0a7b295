import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { anonymise } from './anonymise';
import type { KnownClient } from './types';

const client: KnownClient = {
  child: {
    firstName: 'Jayden',
    lastName: 'Smith-Jones',
    dob: isoDate('2014-03-07'),
    upn: 'B885200519007',
    nhsNumber: '943 476 5919',
  },
  siblings: [{ firstName: 'Tyler', lastName: 'Smith-Jones' }],
  familyMembers: [
    {
      firstName: 'Kelly',
      lastName: 'Smith',
      relationship: 'mother',
      phone: '07700 900462',
      nino: 'JT 48 29 10 B',
    },
    {
      firstName: 'Marcus',
      lastName: 'Jones',
      relationship: 'father',
      email: 'marcus.j@example.com',
    },
  ],
  address: { line1: '14 Larkspur Close', town: 'Redditch', postcode: 'B97 4XY' },
  school: 'Larkhill Primary School',
};
const professionals = {
  knownProfessionals: [{ name: 'Sarah Okonjo' }, { name: 'Mrs Denise Hartley' }],
};

describe('anonymise', () => {
  it('replaces every kind of identifier with a readable placeholder', () => {
    const text =
      'Jayden Smith-Jones (DOB 07/03/2014), UPN B885200519007, NHS 943 476 5919, lives at 14 Larkspur Close, ' +
      'Redditch, B97 4XY with Kelly (NI JT482910B, 07700 900462) and Tyler; dad Marcus (marcus.j@example.com) ' +
      'visits. Jayden attends Larkhill Primary.';
    expect(anonymise(text, client, professionals).text).toBe(
      '[child] (DOB [date of birth]), UPN [UPN], NHS [NHS number], lives at [address], [place], [postcode] with [mother] ' +
        '(NI [NI number], [phone number]) and [sibling 1]; dad [father] ([email address]) visits. [child] attends [school].',
    );
  });

  it('catches identifiers the user never typed into the record', () => {
    const text =
      "Mum's new partner Dean Walsh (DOB 14/08/1991) lives at 52 Holloway Drive; her boyfriend, Kyle, rang from 07700 900871.";
    expect(anonymise(text, client).text).toBe(
      "Mum's new partner [name] (DOB [date of birth]) lives at [address]; her boyfriend, [name], rang from [phone number].",
    );
  });

  it('redacts an unknown first name and surname that open a sentence as one name', () => {
    const result = anonymise('Kyle Bennett was there when we visited. Kyle left at 5.', client);
    expect(result.text).toBe('[name] was there when we visited. [name] left at 5.');
    expect(result.findings.map((f) => [f.original, f.confidence])).toEqual([
      ['Kyle Bennett', 'low'],
      ['Kyle', 'low'],
    ]);
  });

  it('keeps professionals, agencies, policy terms and meeting dates', () => {
    const text =
      'Sarah Okonjo (CSC) and Mrs Hartley agreed at the strategy meeting on 12 March 2024 that the Section 47 ' +
      'should go to ICPC; the MASH, Police, Health Visiting, the GP and the LADO were told. Stage 2 of the WSCB policy applies.';
    const result = anonymise(text, client, professionals);
    expect(result.text).toBe(text);
    expect(result.findings).toEqual([]);
  });

  it('does not mangle ordinary words that are also names', () => {
    const text =
      'We hope there is a grace period; staff will mark it in June and may send the bill to Frank Services Ltd in April.';
    expect(anonymise(text, client).text).toBe(text);
  });

  it('reports findings sorted by start with offsets into the original text', () => {
    const text = 'Kelly said Jayden was with J.S. and Tyler.';
    const { findings } = anonymise(text, client);
    expect(findings.map((f) => [f.original, f.replacement, text.slice(f.start, f.end)])).toEqual([
      ['Kelly', '[mother]', 'Kelly'],
      ['Jayden', '[child]', 'Jayden'],
      ['J.S', '[child]', 'J.S'],
      ['Tyler', '[sibling 1]', 'Tyler'],
    ]);
    expect(findings.every((f) => f.reason.length > 0)).toBe(true);
  });

  it('explains each finding without repeating the identifier', () => {
    const { findings } = anonymise('Jaydn was late.', client);
    expect(findings).toEqual([
      expect.objectContaining({
        replacement: '[child]',
        confidence: 'medium',
        reason: "Close to the child's first name",
      }),
    ]);
  });

  it('changes nothing when run on its own output', () => {
    const once = anonymise(
      'J.S. Mother said Kyle Dean hit Jayden at 14 Larkspur Close.',
      client,
    ).text;
    expect(anonymise(once, client).text).toBe(once);
  });

  it('calls a DBS certificate number a number, not a phone, and a Home Office date of birth a date of birth', () => {
    const text = 'Coach (DBS 001455908713) and a child (HO DOB 01/01/2012) at the club.';
    const found = anonymise(text, client).findings.map((f) => [f.type, f.original]);
    expect(found).toContainEqual(['other-number', '001455908713']);
    expect(found).toContainEqual(['date-of-birth', '01/01/2012']);
    expect(found.filter(([type]) => type === 'phone')).toEqual([]);
  });
});

describe('a known professional whose surname is a street word', () => {
  it('is kept as a professional, not proposed as a street', () => {
    const context = { knownProfessionals: [{ name: 'Dawn Lane' }] };
    const result = anonymise('Today I spoke to Dawn Lane (MASH) about the visit.', client, context);
    expect(result.findings.filter((f) => f.type === 'address')).toEqual([]);
  });

  it('still proposes a street of the same shape that is nobody’s name', () => {
    const result = anonymise('Mum moved to Dawn Lane last month.', client, professionals);
    expect(result.findings.map((f) => f.original)).toContain('Dawn Lane');
  });
});
