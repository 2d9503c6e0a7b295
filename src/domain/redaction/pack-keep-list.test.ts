import { describe, expect, it } from 'vitest';
import { builtInPacks, findBuiltInPack } from '../policy/built-in-packs';
import { packKeepList } from './pack-keep-list';
import { createProposer } from './proposals';

const wiltshire = findBuiltInPack('wiltshire-scb-2013');
const lincolnshire = findBuiltInPack('lincolnshire-scb-2010');

describe('packKeepList', () => {
  it('lists the partnership, its directory’s agencies and roles, and its directory numbers', () => {
    const keep = packKeepList(wiltshire);
    expect(keep.keepTerms).toContain('Wiltshire Safeguarding Children Board');
    expect(keep.keepTerms).toContain('WSCB');
    expect(keep.keepTerms).toContain('Designated Nurse Consultant Safeguarding Children');
    expect(keep.keepPhones).toEqual(
      expect.arrayContaining(['01380 733908', '01225 713946', '01225 718093', '01225 716604']),
    );
  });

  it('lists escalation-ladder rungs and split partnership names for every built-in pack', () => {
    for (const pack of builtInPacks) expect(packKeepList(pack).keepTerms.length).toBeGreaterThan(0);
    expect(packKeepList(findBuiltInPack('cambridgeshire-lscb-2013')).keepTerms).toContain(
      'Head of Service',
    );
    expect(packKeepList(findBuiltInPack('south-tyneside-joint-2024')).keepTerms).toContain('STSCP');
  });
});

describe('a proposer with the pack’s keep list', () => {
  const client = {
    child: { firstName: 'Kayden', lastName: 'Fenwick' },
    familyMembers: [{ firstName: 'Sharon', lastName: 'Fenwick', relationship: 'mother' }],
  };

  it('keeps the pack’s agencies and directory numbers and still hides the family', () => {
    const propose = createProposer(client, [], packKeepList(lincolnshire));
    const text =
      'Kayden and Sharon Fenwick were discussed with Lincolnshire Fire and Rescue and East Lindsey ' +
      'District Council; Sharon rang from 01522 554321.';
    const hidden = propose(text).findings.map((finding) => finding.original);
    expect(hidden).toEqual(expect.arrayContaining(['Kayden', 'Sharon', '01522 554321']));
    expect(hidden.join(' ')).not.toMatch(/Lincolnshire|Rescue|Lindsey|Council/);
  });

  it("keeps a Wiltshire directory number that the same note's family number sits beside", () => {
    const propose = createProposer(client, [], packKeepList(wiltshire));
    const hidden = propose('Called 01380 733908 (WSCB), then mum on 01380 721234.').findings.map(
      (finding) => finding.original,
    );
    expect(hidden).toEqual(['01380 721234']);
  });
});
