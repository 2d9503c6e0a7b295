// The review's rules: the final text from the user's decisions, spans from selections and typed
// phrases, and what a changed record does to a review.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../anonymise/types';
import type { ReviewItem } from '../notification/notification-model';
import { keepEverywhere, NO_CASE_TERMS } from './case-terms';
import {
  decide,
  expandToWords,
  finalText,
  freshField,
  hideSpans,
  isChecked,
  MANUAL_REPLACEMENT,
  printedReview,
  reconcileReview,
  showSpan,
  spansOfPhrase,
  type NotificationReview,
} from './review-rules';

const SOURCE = 'Lulu told Mrs Quibbleworth that Lulu was hungry. Met Zoë at school.';

function finding(
  original: string,
  replacement: string,
  confidence: Finding['confidence'] = 'high',
  from = 0,
): Finding {
  const start = SOURCE.indexOf(original, from);
  return {
    type: 'name',
    start,
    end: start + original.length,
    original,
    replacement,
    reason: 'The child’s preferred name',
    confidence,
  };
}

const LULU = finding('Lulu', '[child]');
const LULU_AGAIN = finding('Lulu', '[child]', 'high', 5);
const MOTHER = finding('Quibbleworth', '[family]', 'medium');
const MET = finding('Met', '[name]', 'low');
const FINDINGS = [LULU, MOTHER, LULU_AGAIN, MET];

describe('the final text', () => {
  it('hides every proposal by default, including less certain ones', () => {
    expect(finalText(FINDINGS, freshField(SOURCE))).toBe(
      '[child] told Mrs [family] that [child] was hungry. [name] Zoë at school.',
    );
  });

  it('keeps the text of a proposal the user rejected', () => {
    const field = decide(freshField(SOURCE), MET, false);
    expect(finalText(FINDINGS, field)).toBe(
      '[child] told Mrs [family] that [child] was hungry. Met Zoë at school.',
    );
  });

  it('hides again a proposal the user rejected then accepted', () => {
    const field = decide(decide(freshField(SOURCE), LULU, false), LULU, true);
    expect(finalText(FINDINGS, field)).toMatch(/^\[child\] told/);
  });

  it('replaces text the user hid by hand with a plain placeholder', () => {
    const start = SOURCE.indexOf('Zoë');
    const field = hideSpans(freshField(SOURCE), [{ start, end: start + 3 }]);
    expect(finalText(FINDINGS, field)).toContain(`[name] ${MANUAL_REPLACEMENT} at school.`);
  });

  it('keeps the readable placeholder when the user hides a proposal again by hand', () => {
    const field = hideSpans(freshField(SOURCE), [{ start: LULU.start, end: LULU.end }]);
    expect(finalText(FINDINGS, field)).toMatch(/^\[child\] told/);
  });

  it('hides a rejected proposal that the user then covers by hand', () => {
    const rejected = decide(freshField(SOURCE), MOTHER, false);
    const start = SOURCE.indexOf('Mrs');
    const field = hideSpans(rejected, [{ start, end: MOTHER.end }]);
    expect(finalText(FINDINGS, field)).toContain(`told ${MANUAL_REPLACEMENT} that`);
  });

  it('joins overlapping hidden spans into one placeholder', () => {
    const start = SOURCE.indexOf('that');
    const field = hideSpans(freshField(SOURCE), [{ start, end: LULU_AGAIN.start + 2 }]);
    expect(finalText(FINDINGS, field)).toContain(`[family] ${MANUAL_REPLACEMENT} was hungry`);
  });

  it('shows again a span the user had hidden', () => {
    const span = { start: SOURCE.indexOf('school'), end: SOURCE.indexOf('school') + 6 };
    const field = showSpan(hideSpans(freshField(SOURCE), [span]), span);
    expect(field.manual).toEqual([]);
    expect(finalText(FINDINGS, field)).toContain('at school.');
  });

  it('counts a field as checked only while its final text is the one confirmed', () => {
    const field = freshField(SOURCE);
    const final = finalText(FINDINGS, field);
    const checked = { ...field, checkedFinal: final };
    expect(isChecked(checked, final)).toBe(true);
    const changed = decide(checked, LULU, false);
    expect(isChecked(changed, finalText(FINDINGS, changed))).toBe(false);
  });
});

describe('the final text with the case-wide list', () => {
  it('keeps a term kept everywhere in the case, in any case or apostrophe style', () => {
    const terms = keepEverywhere(NO_CASE_TERMS, 'met');
    expect(finalText(FINDINGS, freshField(SOURCE), terms)).toBe(
      '[child] told Mrs [family] that [child] was hungry. Met Zoë at school.',
    );
  });

  it('lets a choice made in the field win over the case-wide one', () => {
    const terms = keepEverywhere(NO_CASE_TERMS, 'Met');
    const field = decide(freshField(SOURCE), MET, true);
    expect(finalText(FINDINGS, field, terms)).toContain('[name] Zoë');
  });
});

describe('choosing text to hide', () => {
  it('widens a selection to whole words so no part of a name shows', () => {
    const start = SOURCE.indexOf('ibble');
    expect(expandToWords(SOURCE, { start, end: start + 3 })).toEqual({
      start: MOTHER.start,
      end: MOTHER.end,
    });
  });

  it('trims spaces from a selection, and ignores one of spaces only', () => {
    const start = SOURCE.indexOf(' Zoë ');
    expect(expandToWords(SOURCE, { start, end: start + 5 })).toEqual({
      start: start + 1,
      end: start + 4,
    });
    expect(expandToWords(SOURCE, { start, end: start + 1 })).toBeNull();
  });

  it('accepts a selection made backwards', () => {
    expect(expandToWords(SOURCE, { start: 4, end: 0 })).toEqual({ start: 0, end: 4 });
  });

  it('finds a typed phrase everywhere, ignoring capitals and line breaks', () => {
    const text = 'Saw LULU today.\nLulu said lulu\nlikes  Big Cats; big\ncats too.';
    expect(spansOfPhrase(text, 'lulu').map((s) => text.slice(s.start, s.end))).toEqual([
      'LULU',
      'Lulu',
      'lulu',
    ]);
    expect(spansOfPhrase(text, ' big cats ').map((s) => text.slice(s.start, s.end))).toEqual([
      'Big Cats',
      'big\ncats',
    ]);
  });

  it('treats a phrase with brackets or dots as plain text', () => {
    expect(spansOfPhrase('Call (01234) 567.', '(01234) 567.')).toEqual([{ start: 5, end: 17 }]);
    expect(spansOfPhrase('abc', '   ')).toEqual([]);
  });
});

const ITEMS: ReviewItem[] = [
  {
    key: 'statement.whatIsEscalated',
    label: 'What is being escalated',
    text: SOURCE,
    origin: 'record',
  },
  { key: 'resolution.learning', label: 'Learning', text: 'Share reasons early.', origin: 'record' },
  { key: 'field.completed-by', label: 'Completed by', text: '', origin: 'typed-at-notify' },
];

function storedReview(revision: number): NotificationReview {
  return {
    version: 1,
    escalationId: 'esc-1',
    recordRevision: revision,
    updatedAt: '2026-11-24T10:00:00.000Z',
    fields: {
      'statement.whatIsEscalated': { ...decide(freshField(SOURCE), MET, false), checkedFinal: 'x' },
      'resolution.learning': { ...freshField('Share reasons late.'), checkedFinal: 'y' },
      'field.completed-by': { ...freshField('Team manager, Northshire'), checkedFinal: 'z' },
    },
  };
}

const NOW = '2026-11-25T09:00:00.000Z';

describe('a review when the record changes', () => {
  it('starts a fresh review with every field unchecked', () => {
    const { review, notice } = reconcileReview(
      undefined,
      ITEMS,
      { escalationId: 'esc-1', revision: 3 },
      NOW,
    );
    expect(notice).toBeNull();
    expect(Object.values(review.fields).map((field) => field.checkedFinal)).toEqual([
      null,
      null,
      null,
    ]);
    expect(review.fields['field.completed-by']?.source).toBe('');
  });

  it('keeps a review of the same revision as it was', () => {
    const stored = storedReview(3);
    const items = ITEMS.map((item) =>
      item.key === 'resolution.learning' ? { ...item, text: 'Share reasons late.' } : item,
    );
    const { review, notice } = reconcileReview(
      stored,
      items,
      { escalationId: 'esc-1', revision: 3 },
      NOW,
    );
    expect(notice).toBeNull();
    expect(review).toEqual(stored);
  });

  it('after the record changed, starts again only the fields whose text changed', () => {
    const { review, notice } = reconcileReview(
      storedReview(3),
      ITEMS,
      { escalationId: 'esc-1', revision: 4 },
      NOW,
    );
    expect(notice).toEqual({ changedLabels: ['Learning'] });
    const what = review.fields['statement.whatIsEscalated'];
    expect(what?.decisions).toEqual({ [`${MET.start}:${MET.end}`]: 'show' });
    expect(what?.checkedFinal).toBe('x');
    expect(review.fields['resolution.learning']).toEqual(freshField('Share reasons early.'));
    expect(review.fields['field.completed-by']?.source).toBe('Team manager, Northshire');
    expect(review.fields['field.completed-by']?.checkedFinal).toBe('z');
    expect(review.recordRevision).toBe(4);
  });

  it('keeps every tick when another discussion is logged and no checked text changed', () => {
    const checked = freshField(SOURCE);
    const final = finalText(FINDINGS, checked);
    const stored: NotificationReview = {
      ...storedReview(3),
      fields: { 'statement.whatIsEscalated': { ...checked, checkedFinal: final } },
    };
    const items: ReviewItem[] = [
      ITEMS[0] as ReviewItem,
      { key: 'discussion.d-9.summary', label: 'Discussion 9', text: 'New.', origin: 'record' },
    ];
    const { review, notice } = reconcileReview(
      stored,
      items,
      { escalationId: 'esc-1', revision: 4 },
      NOW,
    );
    const kept = review.fields['statement.whatIsEscalated'];
    expect(kept && isChecked(kept, finalText(FINDINGS, kept))).toBe(true);
    expect(notice?.changedLabels).toEqual(['Discussion 9']);
  });

  it('lists a field that is new since the review, and drops one that is gone', () => {
    const stored = storedReview(3);
    const items: ReviewItem[] = [
      ITEMS[0] as ReviewItem,
      {
        key: 'discussion.d-9.summary',
        label: 'Discussion 9: summary',
        text: 'New.',
        origin: 'record',
      },
    ];
    const { review, notice } = reconcileReview(
      stored,
      items,
      { escalationId: 'esc-1', revision: 4 },
      NOW,
    );
    expect(notice?.changedLabels).toEqual(['Discussion 9: summary']);
    expect(Object.keys(review.fields)).toEqual([
      'statement.whatIsEscalated',
      'discussion.d-9.summary',
    ]);
  });
});

describe('what the ledger keeps of a review', () => {
  it('records each proposal kept or hidden and each span hidden by hand', () => {
    const start = SOURCE.indexOf('school');
    const field = hideSpans(decide(freshField(SOURCE), MET, false), [{ start, end: start + 6 }]);
    const item = ITEMS[0] as ReviewItem;
    const final = finalText(FINDINGS, field);
    const printed = printedReview([{ item, field, findings: FINDINGS, final, checked: true }]);
    const entry = printed[item.key];
    expect(entry?.final).toBe(final);
    expect(entry?.decisions.map((d) => [d.original, d.origin, d.hidden])).toEqual([
      ['Lulu', 'proposed', true],
      ['Quibbleworth', 'proposed', true],
      ['Lulu', 'proposed', true],
      ['Met', 'proposed', false],
      ['school', 'added-by-user', true],
    ]);
  });
});
