import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../notification/notification-model';
import { NO_CASE_TERMS } from './case-terms';
import { createProposer } from './proposals';
import { reviewViews } from './review-views';

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
