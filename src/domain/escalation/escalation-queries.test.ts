// What the dashboard and the record page read from records: position, due state, order, history.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/iso-date';
import { builtInPacks } from '../policy/built-in-packs';
import type { AuditEvent, Discussion, Escalation } from './escalation';
import { applyCommand, creationAudit, type EscalationCommand } from './escalation-machine';
import {
  chronology,
  currentStage,
  currentVisit,
  discussionLog,
  dueState,
  sortForDashboard,
} from './escalation-queries';
import {
  at,
  contextAt,
  discussionInput,
  fakePack,
  started,
  must,
  valueOf,
  WEDNESDAY,
} from './escalation.fixture';

function after(
  record: Escalation,
  command: EscalationCommand,
  now = at('2026-03-05T09:30:00.000Z'),
) {
  return valueOf(applyCommand(record, command, fakePack, contextAt(now))).escalation;
}

describe('currentVisit and currentStage', () => {
  it('gives the open visit and its stage with its position', () => {
    const record = after(started(), { type: 'escalate', reason: 'x' });
    expect(currentVisit(record)).toMatchObject({ stageId: 'line-managers', leftAt: null });
    expect(currentStage(record, fakePack)).toMatchObject({
      kind: 'stage',
      stage: { id: 'line-managers', title: 'Line managers' },
      position: 2,
      of: 4,
    });
  });

  it('gives the urgent route for a record on one', () => {
    const record = started(WEDNESDAY, { urgency: 'imminent-risk' });
    expect(currentStage(record, fakePack)).toMatchObject({
      kind: 'urgent-route',
      route: { id: 'imminent' },
    });
  });

  it('gives the stage a closed record ended at', () => {
    const record = after(started(), { type: 'withdraw', reason: 'x' });
    expect(currentVisit(record)?.stageId).toBe('practitioners');
    expect(currentStage(record, fakePack)?.kind).toBe('stage');
  });

  it('gives null when the pack does not know the stage', () => {
    expect(currentStage(started(), { ...fakePack, stages: fakePack.stages.slice(1) })).toBeNull();
  });

  it('returns the whole stage of a whole policy pack, actions included', () => {
    const pack = must(builtInPacks[0]);
    const record = started(WEDNESDAY, { categoryIds: [must(pack.categories[0]).id] }, pack);
    const place = currentStage(record, pack);
    expect(place?.kind === 'stage' && place.stage.actions.length).toBeGreaterThan(0);
  });
});

describe('dueState', () => {
  const record = started(); // Wednesday 4 March 2026, due Friday 6 March at 17:00
  const friday = isoDate('2026-03-06');

  it('is upcoming with the working days left', () => {
    expect(dueState(record, isoDate('2026-03-04'), WEDNESDAY)).toEqual({
      kind: 'upcoming',
      workingDaysLeft: 2,
      text: '2 working days left (due Fri 6 Mar)',
    });
  });

  it('is due today until the due time, then overdue', () => {
    expect(dueState(record, friday, at('2026-03-06T12:00:00.000Z'))).toEqual({
      kind: 'due-today',
      workingDaysLeft: 0,
      text: 'due today by 17:00',
    });
    expect(dueState(record, friday, at('2026-03-06T17:30:00.000Z'))).toEqual({
      kind: 'overdue',
      workingDaysLeft: 0,
      text: 'overdue since 17:00 today',
    });
  });

  it('is overdue by working days after the due date', () => {
    expect(dueState(record, isoDate('2026-03-10'), at('2026-03-10T09:00:00.000Z'))).toEqual({
      kind: 'overdue',
      workingDaysLeft: -2,
      text: 'overdue by 2 working days (was due Fri 6 Mar)',
    });
  });

  it('does not count the Easter bank holidays as working days left', () => {
    const easter = started(at('2026-04-02T09:00:00.000Z')); // due Wednesday 8 April
    expect(dueState(easter, isoDate('2026-04-02'), at('2026-04-02T09:00:00.000Z'))).toMatchObject({
      kind: 'upcoming',
      workingDaysLeft: 2,
    });
  });

  it('has no due date at a stage with no timescale', () => {
    const senior = after(record, { type: 'escalate', reason: 'x', toStageId: 'senior-managers' });
    expect(dueState(senior, friday, at('2026-03-06T12:00:00.000Z'))).toEqual({
      kind: 'no-due-date',
      workingDaysLeft: null,
      text: 'no timescale stated',
    });
  });

  it('is closed once resolved, saying when', () => {
    const resolution = {
      agreedOutcome: 'Visit agreed.',
      confirmationSentTo: '',
      confirmationSentOn: null,
      outstandingIssues: '',
      howOutstandingWillBePursued: '',
      debrief: '',
      learning: '',
    };
    const resolved = after(record, { type: 'resolve', resolution });
    expect(dueState(resolved, friday, at('2026-03-06T12:00:00.000Z'))).toEqual({
      kind: 'closed',
      workingDaysLeft: null,
      text: 'resolved on 5 March 2026',
    });
  });
});

/** A record at a stage whose timescale is immediate: due at the instant it started. */
function actingNow(startedAt = at('2026-03-02T10:00:00.000Z')): Escalation {
  const record = started(startedAt);
  const [first] = record.stageHistory;
  if (!first) throw new Error('no first visit');
  const visit = { ...first, dueAt: first.enteredAt, dueDate: isoDate('2026-03-02') };
  return { ...record, id: 'act-now', stageHistory: [visit] };
}

describe('a stage whose timescale is immediate', () => {
  it('reads “act now” from the moment it starts, never overdue, however long it stays', () => {
    const record = actingNow();
    for (const now of ['2026-03-02T10:00:00.000Z', '2026-03-09T12:00:00.000Z']) {
      expect(dueState(record, isoDate(now.slice(0, 10)), at(now))).toEqual({
        kind: 'act-now',
        workingDaysLeft: null,
        text: 'act now: the policy asks for this immediately',
      });
    }
  });

  it('comes first on the dashboard, before anything overdue', () => {
    const overdue = { ...started(at('2026-03-02T10:00:00.000Z')), id: 'overdue' };
    const sorted = sortForDashboard([overdue, actingNow()], at('2026-03-06T12:00:00.000Z'));
    expect(sorted.map((record) => record.id)).toEqual(['act-now', 'overdue']);
  });
});

describe('sortForDashboard', () => {
  const now = at('2026-03-06T12:00:00.000Z'); // Friday noon
  const overdue = { ...started(at('2026-03-02T10:00:00.000Z')), id: 'overdue' }; // due Wed 4th
  const dueToday = { ...started(), id: 'due-today' }; // due Fri 6th 17:00
  const upcoming = { ...started(at('2026-03-06T09:00:00.000Z')), id: 'upcoming' }; // due Tue 10th
  const noDueDate = {
    ...after(started(), { type: 'escalate', reason: 'x', toStageId: 'senior-managers' }),
    id: 'no-due-date',
  };
  const closed = { ...after(started(), { type: 'withdraw', reason: 'x' }), id: 'closed' };

  it('puts overdue first, then due today, then upcoming, then no due date, then closed', () => {
    const sorted = sortForDashboard([closed, upcoming, noDueDate, dueToday, overdue], now);
    expect(sorted.map((record) => record.id)).toEqual([
      'overdue',
      'due-today',
      'upcoming',
      'no-due-date',
      'closed',
    ]);
  });

  it('orders by due date within a group, then the most recently changed first', () => {
    const laterDue = { ...started(at('2026-03-09T09:00:00.000Z')), id: 'later' };
    const quiet = { ...upcoming, id: 'quiet', updatedAt: at('2026-03-01T09:00:00.000Z') };
    const sorted = sortForDashboard([laterDue, quiet, upcoming], now);
    expect(sorted.map((record) => record.id)).toEqual(['upcoming', 'quiet', 'later']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [closed, overdue];
    const sorted = sortForDashboard(input, now);
    expect(sorted).not.toBe(input);
    expect(input.map((record) => record.id)).toEqual(['closed', 'overdue']);
  });
});

function discussion(overrides: Partial<Discussion>): Discussion {
  return {
    id: 'd1',
    escalationId: 'esc-1',
    sequence: 1,
    heldAt: at('2026-03-04T11:00:00.000Z'),
    recordedAt: at('2026-03-04T12:00:00.000Z'),
    stageId: 'practitioners',
    withWhom: [],
    method: 'phone',
    summary: 'x',
    agreedActions: '',
    amends: null,
    ...overrides,
  };
}

describe('chronology', () => {
  it('puts audit events and discussions in time order, a discussion held before the record first', () => {
    const record = started();
    const early = discussion({ id: 'early', sequence: 2, heldAt: at('2026-03-01T10:00:00.000Z') });
    const logged = valueOf(
      applyCommand(
        record,
        { type: 'note-discussion', discussion: discussionInput(early.heldAt) },
        fakePack,
        {
          ...contextAt(at('2026-03-04T12:00:00.000Z')),
        },
      ),
    );
    const escalated = valueOf(
      applyCommand(
        logged.escalation,
        { type: 'escalate', reason: 'x' },
        fakePack,
        contextAt(at('2026-03-05T09:00:00.000Z')),
      ),
    );
    const audit: AuditEvent[] = [
      creationAudit(record, fakePack),
      logged.audit,
      escalated.audit,
    ].map((event, index) => ({ ...event, id: `a${index}`, escalationId: 'esc-1' }));
    const later = discussion({ id: 'later', sequence: 3, heldAt: at('2026-03-04T15:00:00.000Z') });
    const items = chronology(record, [later, early, discussion({ escalationId: 'other' })], audit);
    expect(
      items.map((item) => (item.kind === 'event' ? item.event.action : item.discussion.id)),
    ).toEqual(['early', 'created', 'later', 'escalated']);
  });
});

describe('discussionLog', () => {
  it('shows each original with its corrections after it, both kept, in the order held', () => {
    const first = discussion({ id: 'a', sequence: 1, heldAt: at('2026-03-04T11:00:00.000Z') });
    const second = discussion({ id: 'b', sequence: 2, heldAt: at('2026-03-02T11:00:00.000Z') });
    const fixA = discussion({ id: 'a2', sequence: 3, amends: 'a', summary: 'fixed' });
    const fixAagain = discussion({ id: 'a3', sequence: 4, amends: 'a', summary: 'fixed again' });
    const log = discussionLog([fixAagain, first, fixA, second]);
    expect(
      log.map((entry) => [entry.original.id, entry.amendments.map((d) => d.id), entry.current.id]),
    ).toEqual([
      ['b', [], 'b'],
      ['a', ['a2', 'a3'], 'a3'],
    ]);
  });

  it('keeps a correction whose original is missing as an entry of its own', () => {
    const orphan = discussion({ id: 'o', amends: 'gone' });
    expect(discussionLog([orphan]).map((entry) => entry.original.id)).toEqual(['o']);
  });

  it('groups a correction of a correction (from older data) under the first original', () => {
    const original = discussion({ id: 'a' });
    const fix = discussion({ id: 'a2', sequence: 2, amends: 'a' });
    const fixOfFix = discussion({ id: 'a3', sequence: 3, amends: 'a2' });
    const [entry, ...rest] = discussionLog([original, fix, fixOfFix]);
    expect(rest).toEqual([]);
    expect(entry?.amendments.map((d) => d.id)).toEqual(['a2', 'a3']);
  });
});
