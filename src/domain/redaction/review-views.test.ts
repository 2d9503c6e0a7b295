import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../notification/notification-model';
import {
  CHOSEN_IN_THIS_REVIEW,
  HIDDEN_EARLIER,
  HIDDEN_IN_ANOTHER_FIELD,
  hideEverywhere,
  NO_CASE_TERMS,
} from './case-terms';
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

describe('a professional’s own agency when the client section names no school', () => {
  const agency = 'Larkspur Primary School';
  const agencyItems: ReviewItem[] = [
    {
      key: 'professional',
      label: 'Professional 2: name, role and agency',
      text: `Siobhán Ó Briain, Designated safeguarding lead, ${agency}`,
      origin: 'record',
    },
    {
      key: 'withWhom',
      label: 'Discussion on 3 Nov 2026 (email): with whom (names, roles and agencies)',
      text: `Siobhán Ó Briain (Designated safeguarding lead, ${agency})`,
      origin: 'record',
    },
    { key: 'reason', label: 'Reason', text: `Ava was seen at ${agency}.`, origin: 'record' },
  ];
  const propose = createProposer({ child: { firstName: 'Ava' } }, [{ name: 'Siobhán Ó Briain' }]);

  it('prints in the fields that ask for agencies and is hidden everywhere else', () => {
    const { views } = reviewViews(agencyItems, {}, propose, NO_CASE_TERMS, null, [agency]);
    expect(views.map((view) => view.final)).toEqual([
      `Siobhán Ó Briain, Designated safeguarding lead, ${agency}`,
      `Siobhán Ó Briain (Designated safeguarding lead, ${agency})`,
      '[child] was seen at [school].',
    ]);
  });

  it('is hidden in every field once the reviewer hides it for the case', () => {
    const terms = hideEverywhere(NO_CASE_TERMS, agency, {
      type: 'school',
      replacement: '[school]',
    });
    const { views } = reviewViews(agencyItems, {}, propose, terms, null, [agency]);
    expect(views.map((view) => view.final).join(' ')).not.toContain(agency);
  });

  it('is hidden when it is not one of the record’s agencies', () => {
    const { views } = reviewViews(agencyItems, {}, propose, NO_CASE_TERMS, null, ['Social care']);
    expect(views.map((view) => view.final).join(' ')).not.toContain(agency);
  });
});

describe('why each proposal is made', () => {
  const propose = createProposer({ child: { firstName: 'Ava' } }, []);
  const reasonsOf = (views: { findings: { original: string; reason: string }[] }[]) =>
    views.flatMap((view) => view.findings.map((finding) => [finding.original, finding.reason]));

  it('says "hidden earlier" of nothing on a record’s first review', () => {
    const fields: ReviewItem[] = [
      ...items,
      { key: 'actions', label: 'Actions', text: 'Ring tregothnan again.', origin: 'record' },
    ];
    const { views } = reviewViews(fields, {}, propose, NO_CASE_TERMS);
    const reasons = reasonsOf(views);
    expect(reasons).toContainEqual(['Lulu Tregothnan', 'A common first name']);
    expect(reasons.map(([, reason]) => reason)).not.toContain(HIDDEN_EARLIER);
    // Found only because "Lulu Tregothnan" is hidden in the reason.
    expect(reasons).toContainEqual(['tregothnan', HIDDEN_IN_ANOTHER_FIELD]);
  });

  it('says "hidden earlier" of a term on the list when the review opened', () => {
    const earlier = hideEverywhere(NO_CASE_TERMS, 'school run');
    const { views } = reviewViews(items, {}, propose, earlier);
    expect(reasonsOf(views)).toContainEqual(['school run', HIDDEN_EARLIER]);
  });

  it('says a term hidden everywhere in this review was the reviewer’s choice', () => {
    const now = hideEverywhere(NO_CASE_TERMS, 'school run');
    const { views } = reviewViews(items, {}, propose, now, null, [], NO_CASE_TERMS);
    expect(reasonsOf(views)).toContainEqual(['school run', CHOSEN_IN_THIS_REVIEW]);
  });
});
