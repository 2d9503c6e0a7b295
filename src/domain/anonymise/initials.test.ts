import { describe, expect, it } from 'vitest';
import { findInitials, personInitials } from './initials';
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
