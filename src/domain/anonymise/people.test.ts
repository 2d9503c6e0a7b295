import { describe, expect, it } from 'vitest';
import { clientPeople, genderOf } from './people';

describe('clientPeople', () => {
  it('gives the child, numbered siblings and family members by relationship', () => {
    const people = clientPeople({
      child: { firstName: 'A' },
      siblings: [{ firstName: 'B' }, { firstName: 'C' }],
      familyMembers: [
        { firstName: 'D', relationship: 'Mother' },
        { firstName: 'E', relationship: 'aunt' },
        { firstName: 'F', relationship: 'aunt' },
        { firstName: 'G', relationship: "mother's partner" },
      ],
    });
    expect(people.map((p) => p.placeholder)).toEqual([
      '[child]',
      '[sibling 1]',
      '[sibling 2]',
      '[mother]',
      '[aunt 1]',
      '[aunt 2]',
      "[mother's partner]",
    ]);
  });

  it('never puts a name into a placeholder through the relationship label', () => {
    const people = clientPeople({
      child: { firstName: 'Jayden' },
      familyMembers: [
        { firstName: 'Kelly', relationship: 'mother' },
        { firstName: 'Dean', relationship: "Kelly's partner" },
      ],
    });
    expect(people.map((p) => p.placeholder)).toEqual(['[child]', '[mother]', '[relative]']);
  });
});

describe('genderOf', () => {
  it('reads the sex a relationship word implies, from its last part', () => {
    expect(genderOf('maternal grandmother')).toBe('female');
    expect(genderOf('step-father')).toBe('male');
    expect(genderOf("mother's partner")).toBe('unknown');
    expect(genderOf('foster carer')).toBe('unknown');
  });
});
