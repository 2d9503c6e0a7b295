import { describe, expect, it } from 'vitest';
import type { ClientIdentity } from '../../domain/escalation/escalation';
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
