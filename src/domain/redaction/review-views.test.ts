import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../notification/notification-model';
import { hideEverywhere, NO_CASE_TERMS } from './case-terms';
import { createProposer } from './proposals';
import { reviewViews, schoolAgency } from './review-views';

const items: ReviewItem[] = [
  { key: 'reason', label: 'Reason', text: 'Lulu Tregothnan was not seen.', origin: 'record' },
  { key: 'talk', label: 'Discussion', text: "Spoke about lulu's school run.", origin: 'record' },
];

describe('the fields of a review', () => {
  it('hides in every field a term hidden in any one of them, whatever its case', () => {
    const propose = createProposer({ child: { firstName: 'Ava' } }, []);
    const { views, groups } = reviewViews(items, {}, propose, NO_CASE_TERMS);
    expect(views.map((view) => view.final).join(' ')).not.toMatch(/lulu/i);
    expect(views[1]?.final).toBe("Spoke about [name]'s school run.");
    expect(groups.map((group) => group.term)).toEqual(['Lulu Tregothnan', 'lulu']);
  });
});

describe('an agency that is also the child’s school', () => {
  const school = 'Wexbury Primary School';
  const schoolItems: ReviewItem[] = [
    {
      key: 'raisedBy',
      label: 'Raising professional: role and agency',
      text: `Designated safeguarding lead, ${school}`,
      origin: 'record',
    },
    { key: 'reason', label: 'Reason', text: `Ava was upset at ${school}.`, origin: 'record' },
  ];
  const propose = createProposer({ child: { firstName: 'Ava' }, school }, []);

  it('is recognised from the record’s agencies, whatever their case', () => {
    expect(schoolAgency(school, ['Children’s social care', 'wexbury primary school'])).toBe(school);
    expect(schoolAgency(school, ['Children’s social care'])).toBeNull();
  });

  it('prints in the agency field and is hidden everywhere else', () => {
    const { views } = reviewViews(schoolItems, {}, propose, NO_CASE_TERMS, school);
    expect(views.map((view) => view.final)).toEqual([
      `Designated safeguarding lead, ${school}`,
      '[child] was upset at [school].',
    ]);
  });

  it('is hidden in the agency field too once the reviewer hides it for the case', () => {
    const terms = hideEverywhere(NO_CASE_TERMS, school, {
      type: 'school',
      replacement: '[school]',
    });
    const { views } = reviewViews(schoolItems, {}, propose, terms, school);
    expect(views[0]?.final).toBe('Designated safeguarding lead, [school]');
  });
});
