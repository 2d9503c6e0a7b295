// Closing a record (resolve, refer, withdraw), and the refusals every command shares: a closed
// record, another pack, a clock behind the record.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import type { Escalation } from './escalation';
import { applyCommand, type EscalationCommand, type ResolutionInput } from './escalation-machine';
import {
  at,
  codeOf,
  contextAt,
  discussionInput,
  fakePack,
  started,
  must,
  valueOf,
  WEDNESDAY,
} from './escalation.fixture';

const LATER = at('2026-03-05T09:30:00.000Z'); // Thursday
const NEXT_WEEK = at('2026-03-10T11:00:00.000Z'); // Tuesday

function run(record: Escalation, command: EscalationCommand, now = LATER) {
  return applyCommand(record, command, fakePack, contextAt(now));
}

function after(record: Escalation, command: EscalationCommand, now = LATER): Escalation {
  return valueOf(run(record, command, now)).escalation;
}

const resolution = (overrides: Partial<ResolutionInput> = {}): ResolutionInput => ({
  agreedOutcome: 'A joint home visit on Friday.',
  confirmationSentTo: 'Both agencies',
  confirmationSentOn: isoDate('2026-03-05'),
  outstandingIssues: '',
  howOutstandingWillBePursued: '',
  debrief: '',
  learning: '',
  ...overrides,
});

describe('applyCommand: closing a record', () => {
  it('resolves with the agreed outcome, leaving the stage', () => {
    const outcome = valueOf(run(started(), { type: 'resolve', resolution: resolution() }));
    expect(outcome.escalation.status).toBe('resolved');
    expect(outcome.escalation.resolution).toEqual({ ...resolution(), resolvedAt: LATER });
    expect(outcome.escalation.stageHistory[0]?.leftAt).toBe(LATER);
    expect(outcome.audit.detail).toBe(
      'Resolved at “Practitioner to practitioner” (step 1 of 4). Agreed outcome: A joint home visit on Friday. Written confirmation sent to Both agencies on 5 March 2026.',
    );
  });

  it('refuses a resolution without an agreed outcome, saying what to do instead', () => {
    const result = run(started(), {
      type: 'resolve',
      resolution: resolution({ agreedOutcome: '  ' }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'resolution.agreedOutcome' },
    });
    expect(result.ok || result.error.message).toMatch(/escalate it to the next stage or refer it/);
  });

  it('refuses a confirmation dated in the future (UK date)', () => {
    const tomorrow = resolution({ confirmationSentOn: isoDate('2026-03-06') });
    expect(run(started(), { type: 'resolve', resolution: tomorrow })).toMatchObject({
      ok: false,
      error: { code: 'date-in-future', field: 'resolution.confirmationSentOn' },
    });
  });

  it('asks who the confirmation went to, and how outstanding issues will be pursued', () => {
    const noRecipient = resolution({ confirmationSentTo: '' });
    const noPlan = resolution({ outstandingIssues: 'Housing.' });
    expect(run(started(), { type: 'resolve', resolution: noRecipient })).toMatchObject({
      error: { field: 'resolution.confirmationSentTo' },
    });
    expect(run(started(), { type: 'resolve', resolution: noPlan })).toMatchObject({
      error: { field: 'resolution.howOutstandingWillBePursued' },
    });
  });

  it('reports every problem with a resolution at once, in the form’s order', () => {
    const result = run(started(), {
      type: 'resolve',
      resolution: resolution({
        confirmationSentTo: '',
        confirmationSentOn: isoDate('2026-03-06'),
        outstandingIssues: 'Housing.',
      }),
    });
    if (result.ok) throw new Error('expected a refusal');
    const { also, ...first } = result.error;
    expect([first, ...(also ?? [])].map(({ code, field }) => [code, field])).toEqual([
      ['required', 'resolution.confirmationSentTo'],
      ['date-in-future', 'resolution.confirmationSentOn'],
      ['required', 'resolution.howOutstandingWillBePursued'],
    ]);
  });

  it('needs who the confirmation went to only once a date is given', () => {
    const undated = resolution({ confirmationSentTo: '', confirmationSentOn: null });
    expect(run(started(), { type: 'resolve', resolution: undated }).ok).toBe(true);
  });

  it('resolves without a confirmation date, noting it is not yet recorded', () => {
    const pending = resolution({ confirmationSentOn: null, confirmationSentTo: '' });
    const outcome = valueOf(run(started(), { type: 'resolve', resolution: pending }));
    expect(outcome.audit.detail).toContain('not yet recorded');
  });

  it('refers to the partnership, or withdraws, with a reason', () => {
    const referred = after(started(), { type: 'refer-to-partnership', reason: 'Stuck.' });
    expect(referred).toMatchObject({
      status: 'referred-to-partnership',
      referral: { at: LATER, reason: 'Stuck.' },
    });
    const withdrawn = after(started(), { type: 'withdraw', reason: 'Family moved away.' });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawal: { at: LATER, reason: 'Family moved away.' },
    });
    expect(codeOf(run(started(), { type: 'withdraw', reason: '' }))).toBe('required');
    expect(codeOf(run(started(), { type: 'refer-to-partnership', reason: '' }))).toBe('required');
  });
});

describe('applyCommand: closed records and other refusals', () => {
  const every: EscalationCommand[] = [
    { type: 'escalate', reason: 'x' },
    { type: 'record-feedback', text: 'x' },
    { type: 'resolve', resolution: resolution() },
    { type: 'refer-to-partnership', reason: 'x' },
    { type: 'withdraw', reason: 'x' },
    { type: 'edit-details', categoryIds: ['communication'] },
    { type: 'note-discussion', discussion: discussionInput(WEDNESDAY) },
    { type: 'amend-discussion', amends: 'd1', discussion: discussionInput(WEDNESDAY) },
  ];

  it.each(every.map((command) => [command.type, command] as const))(
    'refuses %s on a resolved record, saying when it closed',
    (_type, command) => {
      const resolved = after(started(), { type: 'resolve', resolution: resolution() });
      const result = run(resolved, command, NEXT_WEEK);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'record-closed',
          message:
            'This escalation is closed (resolved on 5 March 2026); it can no longer be changed. If the concern continues, start a new escalation.',
        },
      });
    },
  );

  it('names referral and withdrawal in the refusal', () => {
    const referred = after(started(), { type: 'refer-to-partnership', reason: 'x' });
    const withdrawn = after(started(), { type: 'withdraw', reason: 'x' });
    const refusal = (record: Escalation) => {
      const result = run(record, { type: 'record-feedback', text: 'x' });
      return result.ok ? '' : result.error.message;
    };
    expect(refusal(referred)).toContain('referred to the partnership on 5 March 2026');
    expect(refusal(withdrawn)).toContain('withdrawn on 5 March 2026');
  });

  it('refuses a pack other than the one the record started under', () => {
    const record = started();
    const newer = { ...fakePack, version: 3 };
    const result = applyCommand(record, { type: 'withdraw', reason: 'x' }, newer, contextAt(LATER));
    expect(codeOf(result)).toBe('pack-mismatch');
  });

  it('refuses a change timed before the record last changed (a clock set wrong)', () => {
    const record = after(started(), { type: 'record-feedback', text: 'x' }, NEXT_WEEK);
    expect(codeOf(run(record, { type: 'withdraw', reason: 'x' }, LATER))).toBe('clock-behind');
  });

  it('refuses an open record with no current stage', () => {
    const record = started();
    const broken = {
      ...record,
      stageHistory: [{ ...must(record.stageHistory[0]), leftAt: LATER }],
    };
    expect(codeOf(run(broken, { type: 'withdraw', reason: 'x' }))).toBe('invalid-record');
  });

  it('does not change the record it was given', () => {
    const record = started();
    const copy = structuredClone(record);
    run(record, { type: 'escalate', reason: 'x' });
    run(record, { type: 'resolve', resolution: resolution() });
    expect(record).toEqual(copy);
  });
});
