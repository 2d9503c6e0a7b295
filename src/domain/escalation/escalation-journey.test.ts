// Whole journeys through the state machine: a fake pack in detail, then every built-in pack.
import { describe, expect, it } from 'vitest';
import { dueFromTimescale } from '../calendar/due-dates';
import type { IsoDateTime } from '../calendar/iso-date';
import { instantMs } from '../calendar/london-time';
import { builtInPacks } from '../policy/built-in-packs';
import type { AuditEvent, Discussion, Escalation } from './escalation';
import {
  applyCommand,
  creationAudit,
  startEscalation,
  type EscalationCommand,
  type ResolutionInput,
} from './escalation-machine';
import type { PackForMachine } from './escalation-pack';
import { chronology, currentStage, discussionLog } from './escalation-queries';
import {
  at,
  CASE_REF,
  codeOf,
  discussionInput,
  fakePack,
  idMaker,
  startInput,
  must,
  valueOf,
} from './escalation.fixture';

const resolution: ResolutionInput = {
  agreedOutcome: 'Joint visit agreed.',
  confirmationSentTo: 'All parties',
  confirmationSentOn: null,
  outstandingIssues: '',
  howOutstandingWillBePursued: '',
  debrief: '',
  learning: '',
};

/** A record's life: the record, its log and audit trail, advanced a step at a time. */
class Journey {
  audit: AuditEvent[] = [];
  discussions: Discussion[] = [];
  private readonly newId = idMaker('j');
  private clock: number;
  record: Escalation;

  constructor(
    readonly pack: PackForMachine,
    start: IsoDateTime,
    urgency: Escalation['urgency'] = 'routine',
  ) {
    this.clock = instantMs(start);
    const categoryIds = pack.categories.slice(0, 1).map((category) => category.id);
    const input = startInput({ categoryIds, urgency });
    this.record = valueOf(
      startEscalation(input, pack, { now: start, id: 'esc-1', caseRef: CASE_REF }),
    );
    this.keep(creationAudit(this.record, pack));
  }

  get now(): IsoDateTime {
    return new Date(this.clock).toISOString() as IsoDateTime;
  }

  private keep(event: Omit<AuditEvent, 'id' | 'escalationId'>): void {
    this.audit.push({ ...event, id: `a${this.audit.length + 1}`, escalationId: this.record.id });
  }

  /** Applies `command` an hour after the last step; returns the refusal code, or null. */
  do(command: EscalationCommand): string | null {
    this.clock += 3_600_000;
    const context = { now: this.now, newId: this.newId, discussions: this.discussions };
    const result = applyCommand(this.record, command, this.pack, context);
    if (!result.ok) return result.error.code;
    this.record = result.value.escalation;
    if (result.value.discussion) this.discussions.push(result.value.discussion);
    this.keep(result.value.audit);
    return null;
  }

  discuss(summary = 'Talked it through.'): string | null {
    const stageId = this.record.stageHistory.at(-1)?.stageId ?? '';
    return this.do({
      type: 'note-discussion',
      discussion: discussionInput(this.now, { stageId, summary }),
    });
  }
}

describe('a whole journey under a fake four-stage pack', () => {
  it('starts, discusses, escalates twice, corrects a discussion and resolves, keeping every step', () => {
    const journey = new Journey(fakePack, at('2026-03-04T10:00:00.000Z'));
    expect(journey.discuss('First call.')).toBeNull();
    expect(journey.do({ type: 'escalate', reason: 'No agreement.' })).toBeNull();
    expect(journey.do({ type: 'record-feedback', text: 'Told the teacher.' })).toBeNull();
    expect(journey.do({ type: 'escalate', reason: 'Managers disagree.' })).toBeNull();
    expect(journey.discuss('Senior call.')).toBeNull();
    const firstId = journey.discussions[0]?.id ?? '';
    const fix = discussionInput(journey.discussions[0]?.heldAt ?? journey.now, {
      summary: 'First call, corrected.',
    });
    expect(journey.do({ type: 'amend-discussion', amends: firstId, discussion: fix })).toBeNull();
    expect(journey.do({ type: 'escalate', reason: 'Still stuck.' })).toBe('no-further-stage');
    expect(journey.do({ type: 'resolve', resolution })).toBeNull();

    const { record } = journey;
    expect(record.status).toBe('resolved');
    expect(record.revision).toBe(8);
    expect(record.stageHistory.map((visit) => visit.stageId)).toEqual([
      'practitioners',
      'line-managers',
      'senior-managers',
    ]);
    expect(record.stageHistory.every((visit) => visit.leftAt !== null)).toBe(true);
    expect(journey.audit.map((event) => event.action)).toEqual([
      'created',
      'discussion-logged',
      'escalated',
      'feedback-recorded',
      'escalated',
      'discussion-logged',
      'discussion-amended',
      'resolved',
    ]);
    expect(discussionLog(journey.discussions).map((entry) => entry.current.summary)).toEqual([
      'First call, corrected.',
      'Senior call.',
    ]);
    expect(chronology(record, journey.discussions, journey.audit)).toHaveLength(8);
    expect(journey.do({ type: 'record-feedback', text: 'Late note.' })).toBe('record-closed');
  });
});

describe.each(builtInPacks.map((pack) => [pack.id, pack] as const))(
  'built-in pack %s',
  (_id, pack) => {
    const start = at('2026-03-04T10:00:00.000Z');

    it('starts at its first stage, due by that stage’s timescale', () => {
      const journey = new Journey(pack, start);
      const first = must(pack.stages[0]);
      const due = dueFromTimescale(first.timescale, start);
      expect(journey.record.stageHistory).toEqual([
        expect.objectContaining({
          stageId: first.id,
          dueDate: due?.dueDate ?? null,
          dueAt: due?.dueAt ?? null,
        }),
      ]);
      expect(currentStage(journey.record, pack)).toMatchObject({ kind: 'stage', position: 1 });
    });

    it('walks every stage in the pack’s order, then refuses to go further and refers to the partnership', () => {
      const journey = new Journey(pack, start);
      const expected = [must(pack.stages[0]).id];
      for (;;) {
        expect(journey.discuss()).toBeNull();
        const index = pack.stages.findIndex((stage) => stage.id === expected.at(-1));
        const next = pack.stages[index]?.ifUnresolved.nextStageId ?? pack.stages[index + 1]?.id;
        const refusal = journey.do({ type: 'escalate', reason: 'Not resolved at this stage.' });
        if (next === undefined) {
          expect(refusal).toBe('no-further-stage');
          break;
        }
        expect(refusal).toBeNull();
        expected.push(next);
      }
      expect(journey.record.stageHistory.map((visit) => visit.stageId)).toEqual(expected);
      expect(
        journey.do({ type: 'refer-to-partnership', reason: 'Unresolved after the last stage.' }),
      ).toBeNull();
      expect(journey.record.status).toBe('referred-to-partnership');
      expect(journey.record.revision).toBe(1 + expected.length * 2);
    });

    it('mentions partnership notification exactly when the stage entered requires it', () => {
      for (const stage of pack.stages.slice(1)) {
        const journey = new Journey(pack, start);
        expect(journey.do({ type: 'escalate', reason: 'x', toStageId: stage.id })).toBeNull();
        const mentioned = journey.audit.at(-1)?.detail.includes('the partnership to be notified');
        expect(mentioned).toBe(stage.notifiesPartnership);
      }
    });

    it('resolves at the first stage with an agreed outcome', () => {
      const journey = new Journey(pack, start);
      expect(
        journey.do({ type: 'resolve', resolution: { ...resolution, agreedOutcome: '' } }),
      ).toBe('required');
      expect(journey.do({ type: 'resolve', resolution })).toBeNull();
      expect(journey.record.status).toBe('resolved');
    });

    it.each(['imminent-risk', 'suspected-non-accidental-injury'] as const)(
      'starts %s on the urgent route the pack has for it, or at the first stage due now',
      (urgency) => {
        const journey = new Journey(pack, start, urgency);
        const route =
          pack.urgentRoutes.find((candidate) => candidate.situation === urgency) ??
          pack.urgentRoutes.find((candidate) => candidate.situation === 'imminent-risk');
        const visit = journey.record.stageHistory[0];
        if (route) {
          expect(visit).toMatchObject({ kind: 'urgent-route', stageId: route.id });
          expect(
            journey.do({ type: 'escalate', reason: 'Child safe; dispute remains.' }),
          ).toBeNull();
          expect(journey.record.stageHistory[1]?.stageId).toBe(must(pack.stages[0]).id);
        } else {
          expect(visit).toMatchObject({
            kind: 'stage',
            stageId: must(pack.stages[0]).id,
            dueAt: start,
          });
          expect(visit?.reason).toContain('no urgent route');
        }
      },
    );

    it('refuses an unknown category and a date sought in the past', () => {
      const context = { now: start, id: 'x', caseRef: CASE_REF };
      const unknown = startEscalation(
        startInput({ categoryIds: ['not-a-category'] }),
        pack,
        context,
      );
      expect(codeOf(unknown)).toBe('unknown-category');
      const past = startInput({
        categoryIds: pack.categories.slice(0, 1).map((category) => category.id),
        statement: {
          whatIsEscalated: 'x',
          outcomeSought: 'y',
          outcomeSoughtBy: '2026-03-03' as never,
        },
      });
      expect(codeOf(startEscalation(past, pack, context))).toBe('date-in-past');
    });
  },
);
