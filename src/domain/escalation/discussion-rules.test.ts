// The discussion log: what may be logged, numbering, and corrections that keep the original.
import { describe, expect, it } from 'vitest';
import type { Discussion, Escalation } from './escalation';
import { applyCommand, type DiscussionInput } from './escalation-machine';
import {
  at,
  codeOf,
  contextAt,
  discussionInput,
  fakePack,
  idMaker,
  started,
  must,
  valueOf,
} from './escalation.fixture';

const LATER = at('2026-03-05T09:30:00.000Z');

function note(record: Escalation, input: DiscussionInput, log: Discussion[] = [], now = LATER) {
  return applyCommand(
    record,
    { type: 'note-discussion', discussion: input },
    fakePack,
    contextAt(now, log),
  );
}

function amend(record: Escalation, amends: string, input: DiscussionInput, log: Discussion[]) {
  return applyCommand(record, { type: 'amend-discussion', amends, discussion: input }, fakePack, {
    ...contextAt(LATER, log),
    newId: idMaker(`fix-${log.length}`),
  });
}

/** A record with one discussion logged; returns the record after logging and the log. */
function withOneDiscussion() {
  const outcome = valueOf(note(started(), discussionInput(at('2026-03-04T11:00:00.000Z'))));
  return { record: outcome.escalation, log: [must(outcome.discussion)] };
}

describe('note-discussion', () => {
  it('returns the discussion to store, numbered 1, and bumps the record revision', () => {
    const outcome = valueOf(note(started(), discussionInput(at('2026-03-04T11:00:00.000Z'))));
    expect(outcome.discussion).toEqual({
      id: 'new-1',
      escalationId: 'esc-1',
      sequence: 1,
      heldAt: '2026-03-04T11:00:00.000Z',
      recordedAt: LATER,
      stageId: 'practitioners',
      withWhom: [expect.objectContaining({ name: 'Alex Sample' })],
      method: 'phone',
      summary: 'Explained the two different accounts.',
      agreedActions: 'Duty manager to review.',
      amends: null,
    });
    expect(outcome.escalation.revision).toBe(2);
    expect(outcome.escalation.stageHistory).toEqual(started().stageHistory);
    expect(outcome.audit).toMatchObject({ action: 'discussion-logged' });
    expect(outcome.audit.detail).toBe(
      'Logged discussion 1, a phone call held on 4 March 2026 at 11:00 with Alex Sample (Social worker, Children’s social care), at “Practitioner to practitioner” (step 1 of 4): Explained the two different accounts.',
    );
  });

  it('puts "an" before a kind that starts with a vowel sound: "an email exchange"', () => {
    const held = at('2026-03-04T11:00:00.000Z');
    const detail = (method: DiscussionInput['method']) =>
      valueOf(note(started(), discussionInput(held, { method }))).audit.detail;
    expect(detail('email')).toMatch(/^Logged discussion 1, an email exchange held on 4 March/);
    expect(detail('meeting')).toMatch(/^Logged discussion 1, a meeting held on/);
    expect(detail('other')).toMatch(/^Logged discussion 1, a discussion held on/);
  });

  it('says a letter was exchanged, not held', () => {
    const held = at('2026-03-04T11:00:00.000Z');
    const letter = valueOf(note(started(), discussionInput(held, { method: 'letter' })));
    expect(letter.audit.detail).toMatch(
      /^Logged discussion 1, a letter exchanged on 4 March 2026 at 11:00 with Alex Sample/,
    );
  });

  it('numbers each new entry after the record’s existing ones, ignoring other records', () => {
    const { record, log } = withOneDiscussion();
    const other = { ...must(log[0]), id: 'x', escalationId: 'another', sequence: 40 };
    const second = valueOf(note(record, discussionInput(LATER), [...log, other]));
    expect(second.discussion?.sequence).toBe(2);
  });

  it('accepts a discussion held before the record was opened, up to a year before', () => {
    const monthsBefore = discussionInput(at('2025-03-05T10:00:00.000Z'));
    expect(note(started(), monthsBefore).ok).toBe(true);
    const tooEarly = discussionInput(at('2025-03-03T10:00:00.000Z'));
    expect(note(started(), tooEarly)).toMatchObject({
      ok: false,
      error: { code: 'date-too-early', field: 'discussion.heldAt' },
    });
  });

  it('refuses a discussion held in the future', () => {
    const result = note(started(), discussionInput(at('2026-03-05T09:31:00.000Z')));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'date-in-future', field: 'discussion.heldAt' },
    });
  });

  it('refuses a time that is not a real instant', () => {
    const result = note(
      started(),
      discussionInput(at('2026-03-04T11:00:00.000Z'), { heldAt: 'soon' as never }),
    );
    expect(codeOf(result)).toBe('invalid-date');
  });

  it('accepts only a stage the record has been at', () => {
    const later = discussionInput(LATER, { stageId: 'line-managers' });
    const result = note(started(), later);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'stage-not-visited', field: 'discussion.stageId' },
    });
    expect(result.ok || result.error.message).toContain(
      '“Practitioner to practitioner” (step 1 of 4)',
    );
    const escalated = valueOf(
      applyCommand(started(), { type: 'escalate', reason: 'x' }, fakePack, contextAt(LATER)),
    ).escalation;
    expect(note(escalated, later).ok).toBe(true);
    expect(note(escalated, discussionInput(LATER)).ok).toBe(true);
  });

  it('requires a summary and at least one person, each with an agency', () => {
    const noSummary = note(started(), discussionInput(LATER, { summary: ' ' }));
    const nobody = note(started(), discussionInput(LATER, { withWhom: [] }));
    const noAgency = note(
      started(),
      discussionInput(LATER, {
        withWhom: [{ name: 'Sam', role: '', agency: '', agencyType: null }],
      }),
    );
    expect(
      [noSummary, nobody, noAgency].map((result) => (result.ok ? '' : result.error.field)),
    ).toEqual(['discussion.summary', 'discussion.withWhom', 'discussion.withWhom[0].agency']);
  });

  it('refuses a discussion on a closed record', () => {
    const closed = valueOf(
      applyCommand(started(), { type: 'withdraw', reason: 'x' }, fakePack, contextAt(LATER)),
    ).escalation;
    expect(codeOf(note(closed, discussionInput(LATER)))).toBe('record-closed');
  });
});

describe('amend-discussion', () => {
  it('adds a correction that points at the original, leaving the original unchanged', () => {
    const { record, log } = withOneDiscussion();
    const original = structuredClone(log[0]);
    const corrected = discussionInput(at('2026-03-04T11:00:00.000Z'), {
      summary: 'Corrected summary.',
    });
    const outcome = valueOf(amend(record, 'new-1', corrected, log));
    expect(outcome.discussion).toMatchObject({
      sequence: 2,
      amends: 'new-1',
      summary: 'Corrected summary.',
    });
    expect(log[0]).toEqual(original);
    expect(outcome.audit.action).toBe('discussion-amended');
    expect(outcome.audit.detail).toMatch(
      /^Corrected discussion 1 with entry 2; the original is kept\. Now reads: a phone call held on /,
    );
  });

  it('refuses to correct a discussion that is not in the record’s log', () => {
    const { record, log } = withOneDiscussion();
    expect(codeOf(amend(record, 'missing', discussionInput(LATER), log))).toBe(
      'discussion-not-found',
    );
    const elsewhere = [{ ...must(log[0]), escalationId: 'another' }];
    expect(codeOf(amend(record, 'new-1', discussionInput(LATER), elsewhere))).toBe(
      'discussion-not-found',
    );
  });

  it('refuses to correct a correction, pointing to the original instead', () => {
    const { record, log } = withOneDiscussion();
    const correction = must(
      valueOf(amend(record, 'new-1', discussionInput(LATER), log)).discussion,
    );
    const result = amend(record, correction.id, discussionInput(LATER), [...log, correction]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'amendment-of-amendment', field: 'amends' },
    });
    expect(result.ok || result.error.message).toContain('Correct the original entry');
  });

  it('checks the corrected discussion like a new one (summary required)', () => {
    const { record, log } = withOneDiscussion();
    expect(codeOf(amend(record, 'new-1', discussionInput(LATER, { summary: '' }), log))).toBe(
      'required',
    );
  });
});
