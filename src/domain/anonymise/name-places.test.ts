// A family whose surname is a town: where the word stands for the town, it is hidden as a place.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { findKnownNames } from './names';
import { tokenise } from './text';
import type { KnownClient } from './types';

const derbys: KnownClient = {
  child: { firstName: 'Mason', lastName: 'Derby', dob: isoDate('2013-05-05') },
  familyMembers: [
    { firstName: 'Carly', lastName: 'Derby', relationship: 'mother' },
    { firstName: 'Lee', lastName: 'Preston', relationship: 'father' },
  ],
};

function found(text: string): [string, string][] {
  return findKnownNames(text, derbys, tokenise(text), [], new Set()).map((f) => [
    f.original,
    f.replacement,
  ]);
}

describe('a family name that is also a town', () => {
  it('is a place after a verb of moving, between two towns, or after an address and a comma', () => {
    expect(
      found('Preston has moved back to Derby from Preston. Family address 9 Ashbourne Rd, Derby.'),
    ).toEqual([
      ['Preston', '[father]'],
      ['Derby', '[place]'],
      ['Preston', '[place]'],
      ['Derby', '[place]'],
    ]);
  });

  it('stays a name where a person stands: after "to" or "from" with no move, with a first name', () => {
    expect(
      found('He was violent to Derby. A call from Preston. Mason Derby is 13. Derby said no.').map(
        ([, replacement]) => replacement,
      ),
    ).not.toContain('[place]');
  });
});
