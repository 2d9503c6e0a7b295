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

describe('a lower-case name that is also a word, repeated in the same note', () => {
  const client = { child: { firstName: 'Ruby', lastName: 'Farrant' } };

  it('hides the other lower-case mentions once the note names the child in lower case', () => {
    const { text } = anonymise(
      'saw ruby (7) today. mum says ruby to Oakfield Primary from monday, ruby into her own room, found in rubys bed',
      client,
    );
    expect(text).not.toMatch(/ruby/i);
  });

  it('keeps the word after a determiner, and keeps it when no mention is a name', () => {
    expect(anonymise('saw ruby (7). mum lost the ruby ring', client).text).toContain(
      'the ruby ring',
    );
    expect(anonymise('mum lost a ruby ring, ruby red', client).text).toContain('ruby red');
  });

  it('never spreads a modal or an abstract noun ("will", "hope")', () => {
    const client2 = { child: { firstName: 'Hope', lastName: 'Farrant' } };
    expect(anonymise('saw hope (7). dad would hope to see her soon', client2).text).toContain(
      'hope to see',
    );
  });
});
