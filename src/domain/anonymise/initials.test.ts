import { describe, expect, it } from 'vitest';
import { findInitials, findSingleInitials, personInitials } from './initials';
import { clientPeople } from './people';

const people = clientPeople({
  child: { firstName: 'Jayden', lastName: 'Smith' },
  familyMembers: [{ firstName: 'Gemma', lastName: 'Price', relationship: 'mother' }],
});

describe('personInitials', () => {
  it('builds initials from first name and surname parts', () => {
    const [child] = clientPeople({
      child: { firstName: 'Layla', lastName: 'Ahmed-Khan', middleNames: 'Noor' },
    });
    expect(child && personInitials(child)).toEqual(['LAK', 'LNAK', 'LA', 'LNA']);
  });
});

describe('findInitials', () => {
  it('finds standalone capital initials with dots, spaces or none, leaving a final full stop', () => {
    const text = 'JS said. Later J.S. cried and J S left';
    expect(findInitials(text, people, []).map((f) => f.original)).toEqual(['JS', 'J.S', 'J S']);
  });

  it('ignores lower case, letters inside words and initials that are an agency acronym', () => {
    expect(findInitials('js and JSON and the GP', people, [])).toEqual([]);
  });
  it('ignores initials after an article, which are an acronym ("the LA\'s refusal")', () => {
    const layla = clientPeople({ child: { firstName: 'Layla', lastName: 'Al-Rashid' } });
    const text = "escalating the LA's refusal; LA said she is scared";
    expect(findInitials(text, layla, []).map((f) => f.start)).toEqual([text.indexOf('LA said')]);
  });
});

describe('findSingleInitials', () => {
  const found = (text: string) =>
    findSingleInitials(text, people, []).map((f) => text.slice(f.start, f.end));

  it('hides a client’s first initial used as the person in a hurried note', () => {
    expect(found('J says he was hit. mum said J was out late. - J didnt want to say.')).toEqual([
      'J',
      'J',
      'J',
    ]);
    expect(found("5. J's brother Kai also on roll.\nG has a new phone")).toEqual(['J', 'G']);
    expect(found('HV visit, said J "has anxiety" per mum')).toEqual(['J']);
  });

  it('leaves letters that label something, other letters, A and I', () => {
    expect(found('Plan J is agreed. Part G has lapsed. Block J, flat 2.')).toEqual([]);
    expect(found('K says he is fine. J. Smith was seen. J-Lo was on.')).toEqual([]);
    expect(found('J on the register; G.P. has seen him; the J&G shop')).toEqual([]);
  });
});
