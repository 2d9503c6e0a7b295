// The commands that keep a record open: escalating, feedback and edits; what each changes and refuses.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import type { Escalation } from './escalation';
import { applyCommand, type EscalationCommand } from './escalation-machine';
import {
  at,
  codeOf,
  contextAt,
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

describe('applyCommand: escalate', () => {
  it('leaves the current stage and enters the next in order, due by its timescale', () => {
    const outcome = valueOf(run(started(), { type: 'escalate', reason: ' No reply. ' }));
    expect(outcome.escalation.revision).toBe(2);
    expect(outcome.escalation.updatedAt).toBe(LATER);
    expect(outcome.escalation.stageHistory).toEqual([
      expect.objectContaining({ stageId: 'practitioners', leftAt: LATER }),
      {
        kind: 'stage',
        stageId: 'line-managers',
        enteredAt: LATER,
        dueDate: '2026-03-05',
        dueAt: '2026-03-05T17:00:00.000Z',
        leftAt: null,
        reason: 'No reply.',
      },
    ]);
    expect(outcome.audit).toEqual({
      at: LATER,
      action: 'escalated',
      detail:
        'Escalated from “Practitioner to practitioner” (step 1 of 4) to “Line managers” (step 2 of 4) (due 5 March 2026 at 17:00). Reason: No reply.',
    });
    expect(outcome.discussion).toBeNull();
  });

  it('follows the stage the pack names for "if unresolved", skipping the stages between', () => {
    const atManagers = after(started(), { type: 'escalate', reason: 'No reply.' });
    const atSenior = after(atManagers, { type: 'escalate', reason: 'Still no.' }, NEXT_WEEK);
    expect(atSenior.stageHistory.map((visit) => visit.stageId)).toEqual([
      'practitioners',
      'line-managers',
      'senior-managers',
    ]);
  });

  it('gives no due date at a stage with no timescale, and says the partnership is to be notified', () => {
    const outcome = valueOf(
      run(started(), { type: 'escalate', reason: 'Serious.', toStageId: 'senior-managers' }),
    );
    expect(outcome.escalation.stageHistory.at(-1)).toMatchObject({ dueDate: null, dueAt: null });
    expect(outcome.audit.detail).toContain('(no timescale stated)');
    expect(outcome.audit.detail).toContain('the partnership to be notified');
  });

  it('refuses to escalate past the last stage and says to refer to the partnership', () => {
    const atLast = after(started(), {
      type: 'escalate',
      reason: 'x',
      toStageId: 'senior-managers',
    });
    const result = run(atLast, { type: 'escalate', reason: 'Still unresolved.' });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-further-stage' } });
    expect(result.ok || result.error.message).toMatch(/refer it to the partnership/);
  });

  it('requires a reason', () => {
    expect(run(started(), { type: 'escalate', reason: ' \n ' })).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'reason' },
    });
  });

  it('moves only to a later stage when one is named', () => {
    const atManagers = after(started(), { type: 'escalate', reason: 'x' });
    const back = run(atManagers, { type: 'escalate', reason: 'x', toStageId: 'practitioners' });
    const same = run(atManagers, { type: 'escalate', reason: 'x', toStageId: 'line-managers' });
    const unknown = run(atManagers, { type: 'escalate', reason: 'x', toStageId: 'the-moon' });
    expect([codeOf(back), codeOf(same), codeOf(unknown)]).toEqual([
      'stage-not-later',
      'stage-not-later',
      'unknown-stage',
    ]);
    const named = after(atManagers, { type: 'escalate', reason: 'x', toStageId: 'named-leads' });
    expect(named.stageHistory.at(-1)?.stageId).toBe('named-leads');
  });

  it('moves from an urgent route to the first stage, or to the stage named', () => {
    const urgent = started(WEDNESDAY, { urgency: 'imminent-risk' });
    const first = after(urgent, { type: 'escalate', reason: 'Child safe; dispute remains.' });
    expect(first.stageHistory.map((visit) => [visit.kind, visit.stageId])).toEqual([
      ['urgent-route', 'imminent'],
      ['stage', 'practitioners'],
    ]);
    const named = after(urgent, { type: 'escalate', reason: 'x', toStageId: 'named-leads' });
    expect(named.stageHistory.at(-1)?.stageId).toBe('named-leads');
  });

  it('refuses a record whose stage the pack does not know', () => {
    const record = started();
    const lost = {
      ...record,
      stageHistory: [{ ...must(record.stageHistory[0]), stageId: 'gone' }],
    };
    expect(codeOf(run(lost, { type: 'escalate', reason: 'x' }))).toBe('unknown-stage');
  });
});

describe('applyCommand: feedback and edits', () => {
  it('records feedback with a new id, keeping the stage', () => {
    const outcome = valueOf(
      run(started(), { type: 'record-feedback', text: ' Told the teacher. ' }),
    );
    expect(outcome.escalation.feedback).toEqual([
      { id: 'new-1', at: LATER, text: 'Told the teacher.' },
    ]);
    expect(outcome.escalation.stageHistory).toEqual(started().stageHistory);
    expect(outcome.audit.action).toBe('feedback-recorded');
  });

  it('refuses blank feedback', () => {
    expect(codeOf(run(started(), { type: 'record-feedback', text: '' }))).toBe('required');
  });

  it('edits the statement and categories, and says which parts changed', () => {
    const statement = {
      whatIsEscalated: 'New wording.',
      outcomeSought: 'A visit.',
      outcomeSoughtBy: null,
    };
    const outcome = valueOf(
      run(started(), { type: 'edit-details', statement, categoryIds: ['communication'] }),
    );
    expect(outcome.escalation.statement.whatIsEscalated).toBe('New wording.');
    expect(outcome.escalation.categoryIds).toEqual(['communication']);
    expect(outcome.audit).toMatchObject({
      action: 'edited',
      detail: 'Edited the statement and the categories.',
    });
  });

  it('keeps a date sought that has since passed, but refuses a new date in the past', () => {
    const soughtBy = isoDate('2026-03-05');
    const record = started(WEDNESDAY, {
      statement: { whatIsEscalated: 'x', outcomeSought: 'y', outcomeSoughtBy: soughtBy },
    });
    const keep = { whatIsEscalated: 'x, reworded', outcomeSought: 'y', outcomeSoughtBy: soughtBy };
    expect(run(record, { type: 'edit-details', statement: keep }, NEXT_WEEK).ok).toBe(true);
    const moved = { ...keep, outcomeSoughtBy: isoDate('2026-03-06') };
    expect(codeOf(run(record, { type: 'edit-details', statement: moved }, NEXT_WEEK))).toBe(
      'date-in-past',
    );
  });

  it('refuses an edit that changes nothing, and one naming an unknown category', () => {
    const record = started();
    expect(codeOf(run(record, { type: 'edit-details', categoryIds: ['thresholds'] }))).toBe(
      'no-changes',
    );
    expect(codeOf(run(record, { type: 'edit-details', categoryIds: ['x'] }))).toBe(
      'unknown-category',
    );
  });

  it('sets, changes and clears the theme choices, saying so, and refuses the same ones again', () => {
    const themes = { about: ['communication' as const], agencyTypes: ['police' as const] };
    const outcome = valueOf(run(started(), { type: 'edit-details', themes }));
    expect(outcome.escalation.themes).toEqual(themes);
    expect(outcome.audit.detail).toBe('Edited the choices for the partnership’s themes.');
    expect(codeOf(run(outcome.escalation, { type: 'edit-details', themes }, NEXT_WEEK))).toBe(
      'no-changes',
    );
    const cleared = after(
      outcome.escalation,
      { type: 'edit-details', themes: { about: [], agencyTypes: [] } },
      NEXT_WEEK,
    );
    expect(cleared).not.toHaveProperty('themes');
    // Editing something else keeps the choices.
    const kept = after(outcome.escalation, {
      type: 'edit-details',
      categoryIds: ['communication'],
    });
    expect(kept.themes).toEqual(themes);
  });

  it('treats the same professionals listed with their fields in another order as no change', () => {
    const people = [
      { id: 'p9', name: 'Jo Specimen', role: 'Team manager', agency: 'CSC', agencyType: null },
    ];
    const record = after(started(), { type: 'edit-details', professionals: people });
    const reordered = [
      { agencyType: null, agency: 'CSC', role: 'Team manager', name: 'Jo Specimen', id: 'p9' },
    ];
    expect(codeOf(run(record, { type: 'edit-details', professionals: reordered }, NEXT_WEEK))).toBe(
      'no-changes',
    );
  });

  it('replaces the professionals involved, checking each', () => {
    const people = [
      { id: 'p9', name: 'Jo Specimen', role: 'Team manager', agency: 'CSC', agencyType: null },
    ];
    expect(after(started(), { type: 'edit-details', professionals: people }).professionals).toEqual(
      people,
    );
    const bad = [{ ...must(people[0]), agency: '' }];
    expect(codeOf(run(started(), { type: 'edit-details', professionals: bad }))).toBe('required');
  });
});
