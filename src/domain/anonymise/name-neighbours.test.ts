import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';

describe('names beside other names of the family', () => {
  const client = {
    child: { firstName: 'Kayden', lastName: 'Hollis' },
    familyMembers: [{ firstName: 'Dean', lastName: 'Hollis', relationship: 'father' }],
  };

  it('hides a lower-case first name written beside the surname', () => {
    const { text } = anonymise('spoke to dean hollis at the door', client);
    expect(text).not.toMatch(/dean|hollis/i);
  });

  it('still keeps the ordinary word alone', () => {
    expect(anonymise('the dean of the college called', client).text).toContain('dean');
  });
});
