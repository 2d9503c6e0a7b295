import { describe, expect, it } from 'vitest';
import {
  EMPTY_START_VALUES,
  startEscalationSchema,
  toClientIdentity,
  toStartInput,
  type StartEscalationValues,
} from './start-escalation-schema';

const FILLED: StartEscalationValues = {
  ...EMPTY_START_VALUES,
  packId: 'wiltshire-scb-2013',
  agencyType: 'education',
  role: ' Designated safeguarding lead ',
  agency: 'Wexbury Primary',
  categoryIds: ['threshold'],
  whatIsEscalated: 'The referral was closed without a visit.',
  outcomeSought: 'A strategy discussion.',
  professionals: [
    { name: 'Devika Marchbanks', role: 'Team manager', agency: 'Children’s social care' },
  ],
  child: {
    ...EMPTY_START_VALUES.child,
    firstName: 'Tamsin',
    lastName: 'Quillfeather',
    dob: '2019-04-02',
  },
  familyMembers: [
    {
      relationship: 'mother',
      firstName: 'Orla',
      lastName: '',
      dob: '',
      phone: '07700 900123',
      email: '',
    },
    { relationship: '', firstName: '', lastName: '', dob: '', phone: '', email: '' },
  ],
};

describe('start escalation form', () => {
  it('lists every missing answer in plain English', () => {
    const result = startEscalationSchema.safeParse(EMPTY_START_VALUES);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'Choose the partnership whose policy you are following',
        'Choose the type of agency you work for',
        'Say what decision or action you disagree with, and why',
        'Say what outcome you are seeking',
        'Enter the first name of the child or adult the concern is about',
      ]),
    );
  });

  it('accepts no categories, for a policy that lists none (the escalation rules check the rest)', () => {
    expect(startEscalationSchema.safeParse({ ...FILLED, categoryIds: [] }).success).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    const result = startEscalationSchema.safeParse({ ...FILLED, outcomeSoughtBy: '2026-02-30' });
    expect(result.error?.issues[0]?.message).toBe('Enter a real date, for example 27 11 2026');
  });

  it('keeps only the client details that were filled in, and drops empty rows', () => {
    const client = toClientIdentity(startEscalationSchema.parse(FILLED));
    expect(client).toEqual({
      child: { firstName: 'Tamsin', lastName: 'Quillfeather', dob: '2019-04-02' },
      familyMembers: [{ relationship: 'mother', firstName: 'Orla', phone: '07700 900123' }],
    });
  });

  it('maps the form to what the escalation rules need, trimmed, with new ids for professionals', () => {
    let n = 0;
    const input = toStartInput(startEscalationSchema.parse(FILLED), () => `id-${++n}`);
    expect(input.raisedBy).toEqual({
      agencyType: 'education',
      role: 'Designated safeguarding lead',
      agency: 'Wexbury Primary',
    });
    expect(input.professionals).toEqual([
      {
        id: 'id-1',
        name: 'Devika Marchbanks',
        role: 'Team manager',
        agency: 'Children’s social care',
        agencyType: null,
      },
    ]);
    expect(input.statement.outcomeSoughtBy).toBeNull();
  });

  it('refuses a client detail over the limit at entry, with the message the form shows', () => {
    const result = startEscalationSchema.safeParse({
      ...FILLED,
      address: { ...FILLED.address, line1: 'x'.repeat(120_000) },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['address', 'line1'],
      message: 'This is too long: keep it to 1,000 characters or fewer',
    });
  });
});
