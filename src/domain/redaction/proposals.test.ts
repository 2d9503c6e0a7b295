import { describe, expect, it } from 'vitest';
import type { ClientIdentity } from '../escalation/escalation';
import { hideEverywhere, NO_CASE_TERMS } from './case-terms';
import { createProposer, professionalsToKeep } from './proposals';

const CLIENT: ClientIdentity = {
  child: { firstName: 'Tallulah', lastName: 'Quibbleworth' },
  familyMembers: [{ firstName: 'Morwenna', lastName: 'Quibbleworth', relationship: 'mother' }],
};

describe('professionals whose names are kept', () => {
  it('does not keep a "professional" whose name is the client’s or their family’s', () => {
    const professionals = [{ name: 'Siobhán Ó Briain' }, { name: 'Morwenna Quibbleworth' }];
    expect(professionalsToKeep(professionals, CLIENT)).toEqual([{ name: 'Siobhán Ó Briain' }]);
  });

  it('proposes hiding a family member’s name typed into a professional’s name field', () => {
    const propose = createProposer(CLIENT, [
      { name: 'Siobhán Ó Briain' },
      { name: 'Morwenna Quibbleworth' },
    ]);
    const found = propose(
      'Morwenna Quibbleworth, Mother; Siobhán Ó Briain, Health visitor',
    ).findings.map((f) => f.original);
    expect(found.join(' ')).toContain('Morwenna');
    expect(found.join(' ')).not.toContain('Siobhán');
  });
});

describe('the case-wide list of hidden terms', () => {
  it('proposes a term hidden earlier in every field, whatever its case or apostrophe', () => {
    const terms = hideEverywhere(NO_CASE_TERMS, 'Lulu', { type: 'name', replacement: '[name]' });
    const propose = createProposer(CLIENT, []);
    const found = propose("LULU came; lulu's coat was wet", terms).findings.map((f) => f.original);
    expect(found).toEqual(['LULU', 'lulu']);
  });

  it('prefers the anonymiser’s readable placeholder where a hidden term is also the child', () => {
    const terms = hideEverywhere(NO_CASE_TERMS, 'Tallulah');
    const [finding] = createProposer(CLIENT, [])('Tallulah.', terms).findings;
    expect(finding?.original).toBe('Tallulah');
    expect(finding?.replacement).not.toBe('[redacted]');
  });

  it('folds professionals’ and clients’ names alike (curly apostrophes, Ø)', () => {
    const client: ClientIdentity = {
      child: { firstName: 'Ava', lastName: "O'Brien" },
      familyMembers: [{ firstName: 'Jens', lastName: 'Ostergaard', relationship: 'uncle' }],
    };
    const professionals = [
      { name: 'Niamh O’Brien' },
      { name: 'Ida Østergaard' },
      { name: 'Sam Lee' },
    ];
    expect(professionalsToKeep(professionals, client)).toEqual([{ name: 'Sam Lee' }]);
  });
});
