// Property tests: whatever sequence of commands a person tries, the record stays consistent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { instantMs, londonDateOf } from '../calendar/london-time';
import { builtInPacks } from '../policy/built-in-packs';
import type { Discussion, Escalation, Urgency } from './escalation';
import { applyCommand, startEscalation, type EscalationCommand } from './escalation-machine';
import type { PackForMachine } from './escalation-pack';
import { CASE_REF, fakePack, idMaker, socialWorker, startInput } from './escalation.fixture';

const MINUTE = 60_000;

/** One attempted action, as data (so fast-check can print and shrink it), and the minutes before it. */
type Step = { gap: number } & (
  | { type: 'escalate'; reason: string; toStageId: string | null }
  | { type: 'record-feedback'; text: string }
  | { type: 'resolve'; agreedOutcome: string; confirmedDaysAgo: number | null }
  | { type: 'refer-to-partnership'; reason: string }
  | { type: 'withdraw'; reason: string }
  | { type: 'edit-details'; categoryIds: string[] }
  | { type: 'note-discussion'; minutesAgo: number; stageId: string; summary: string }
  | { type: 'amend-discussion'; pick: number; minutesAgo: number; summary: string }
);

const iso = (ms: number) => new Date(ms).toISOString() as IsoDateTime;
/** Mostly usable text, sometimes blank. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Not agreed.', 'Visit agreed.', 'x') },
  { weight: 1, arbitrary: fc.constantFrom('', '  ') },
);
const gap = fc.integer({ min: 0, max: 5 * 24 * 60 });
/** How long before now a discussion was held: mostly days, sometimes in the future or too early. */
const minutesAgo = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: -120, max: 400 * 24 * 60 }) },
);
/** The stage a discussion names: usually the current one, else any place or none. */
const CURRENT = '@current';

function stepFor(pack: PackForMachine): fc.Arbitrary<Step> {
  const ids = [...pack.stages, ...pack.urgentRoutes].map((place) => place.id);
  const stageId = fc.constantFrom(...ids, 'nowhere');
  const discussedAt = fc.oneof(
    { weight: 4, arbitrary: fc.constant(CURRENT) },
    { weight: 1, arbitrary: stageId },
  );
  const categories = fc.subarray([...pack.categories.map((category) => category.id), 'unknown']);
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Step>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(
      3,
      fc.record({
        gap,
        type: fc.constant('escalate'),
        reason: text,
        toStageId: fc.option(stageId, { freq: 2, nil: null }),
      }),
    ),
    weighted(2, fc.record({ gap, type: fc.constant('record-feedback'), text })),
    weighted(
      1,
      fc.record({
        gap,
        type: fc.constant('resolve'),
        agreedOutcome: text,
        confirmedDaysAgo: fc.option(fc.integer({ min: -2, max: 3 }), { nil: null }),
      }),
    ),
    weighted(1, fc.record({ gap, type: fc.constant('refer-to-partnership'), reason: text })),
    weighted(1, fc.record({ gap, type: fc.constant('withdraw'), reason: text })),
    weighted(2, fc.record({ gap, type: fc.constant('edit-details'), categoryIds: categories })),
    weighted(
      4,
      fc.record({
        gap,
        type: fc.constant('note-discussion'),
        minutesAgo,
        stageId: discussedAt,
        summary: text,
      }),
    ),
    weighted(
      2,
      fc.record({
        gap,
        type: fc.constant('amend-discussion'),
        pick: fc.nat(6),
        minutesAgo,
        summary: text,
      }),
    ),
  );
}

function daysBefore(now: IsoDateTime, days: number): IsoDate {
  return londonDateOf(iso(instantMs(now) - days * 24 * 60 * MINUTE));
}

function commandFor(
  step: Step,
  now: IsoDateTime,
  log: readonly Discussion[],
  currentStageId = 'nowhere',
): EscalationCommand {
  const discussion = (ago: number, stageId: string, summary: string) => ({
    heldAt: iso(instantMs(now) - ago * MINUTE),
    stageId,
    withWhom: [socialWorker],
    method: 'meeting' as const,
    summary,
    agreedActions: '',
  });
  switch (step.type) {
    case 'escalate':
      return {
        type: 'escalate',
        reason: step.reason,
        ...(step.toStageId ? { toStageId: step.toStageId } : {}),
      };
    case 'resolve': {
      const { confirmedDaysAgo: days } = step;
      const resolution = {
        agreedOutcome: step.agreedOutcome,
        confirmationSentTo: days === null ? '' : 'All parties',
        confirmationSentOn: days === null ? null : daysBefore(now, days),
        outstandingIssues: '',
        howOutstandingWillBePursued: '',
        debrief: '',
        learning: '',
      };
      return { type: 'resolve', resolution };
    }
    case 'note-discussion':
      return {
        type: 'note-discussion',
        discussion: discussion(
          step.minutesAgo,
          step.stageId === CURRENT ? currentStageId : step.stageId,
          step.summary,
        ),
      };
    case 'amend-discussion': {
      const stageId = log[0]?.stageId ?? 'nowhere';
      const amends = log[step.pick % Math.max(1, log.length)]?.id ?? 'missing';
      return {
        type: 'amend-discussion',
        amends,
        discussion: discussion(step.minutesAgo, stageId, step.summary),
      };
    }
    case 'record-feedback':
      return { type: step.type, text: step.text };
    case 'refer-to-partnership':
    case 'withdraw':
      return { type: step.type, reason: step.reason };
    case 'edit-details':
      return { type: step.type, categoryIds: step.categoryIds };
  }
}

const scenario = fc.constantFrom<PackForMachine>(fakePack, ...builtInPacks).chain((pack) =>
  fc.record({
    pack: fc.constant(pack),
    urgency: fc.constantFrom<Urgency>(
      'routine',
      'imminent-risk',
      'suspected-non-accidental-injury',
    ),
    start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }),
    steps: fc.array(stepFor(pack), { minLength: 1, maxLength: 30 }),
  }),
);

function checkVisits(record: Escalation): void {
  const open = record.stageHistory.filter((visit) => visit.leftAt === null);
  expect(open).toHaveLength(record.status === 'open' ? 1 : 0);
  if (record.status === 'open') expect(record.stageHistory.at(-1)?.leftAt).toBeNull();
  record.stageHistory.forEach((visit, index) => {
    if (visit.leftAt !== null)
      expect(instantMs(visit.leftAt)).toBeGreaterThanOrEqual(instantMs(visit.enteredAt));
    const next = record.stageHistory[index + 1];
    if (next) expect(next.enteredAt).toBe(visit.leftAt);
  });
}

describe('applyCommand properties', () => {
  it('keeps revision = successful commands + 1, one open visit while open and none after, visits in time order', () => {
    fc.assert(
      fc.property(scenario, ({ pack, urgency, start, steps }) => {
        const categoryIds = pack.categories.slice(0, 1).map((category) => category.id);
        const startResult = startEscalation(startInput({ categoryIds, urgency }), pack, {
          now: iso(start),
          id: 'esc-1',
          caseRef: CASE_REF,
        });
        if (!startResult.ok) throw new Error(startResult.error.message);
        let record = startResult.value;
        const log: Discussion[] = [];
        const newId = idMaker('p');
        let clock = start;
        let successes = 0;
        for (const step of steps) {
          clock += step.gap * MINUTE;
          const now = iso(clock);
          const wasClosed = record.status !== 'open';
          const command = commandFor(step, now, log, record.stageHistory.at(-1)?.stageId);
          const result = applyCommand(record, command, pack, {
            now,
            newId,
            discussions: log,
          });
          if (wasClosed)
            expect(result).toMatchObject({ ok: false, error: { code: 'record-closed' } });
          if (result.ok) {
            successes += 1;
            record = result.value.escalation;
            if (result.value.discussion) log.push(result.value.discussion);
            expect(record.updatedAt).toBe(now);
          }
          expect(record.revision).toBe(successes + 1);
          checkVisits(record);
        }
        expect(log.map((entry) => entry.sequence)).toEqual(log.map((_, index) => index + 1));
        const originals = new Set(
          log.filter((entry) => entry.amends === null).map((entry) => entry.id),
        );
        expect(log.every((entry) => entry.amends === null || originals.has(entry.amends))).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every command on a closed record, changing nothing', () => {
    const closing = fc.constantFrom<EscalationCommand>(
      { type: 'withdraw', reason: 'Moved away.' },
      { type: 'refer-to-partnership', reason: 'Unresolved.' },
      {
        type: 'resolve',
        resolution: {
          agreedOutcome: 'Agreed.',
          confirmationSentTo: '',
          confirmationSentOn: null,
          outstandingIssues: '',
          howOutstandingWillBePursued: '',
          debrief: '',
          learning: '',
        },
      },
    );
    fc.assert(
      fc.property(closing, stepFor(fakePack), gap, (close, step, minutes) => {
        const startAt = '2026-03-04T10:00:00.000Z' as IsoDateTime;
        const record = startEscalation(startInput(), fakePack, {
          now: startAt,
          id: 'e',
          caseRef: CASE_REF,
        });
        if (!record.ok) throw new Error(record.error.message);
        const closed = applyCommand(record.value, close, fakePack, {
          now: startAt,
          newId: idMaker(),
        });
        if (!closed.ok) throw new Error(closed.error.message);
        const now = iso(instantMs(startAt) + minutes * MINUTE);
        const copy = structuredClone(closed.value.escalation);
        const result = applyCommand(closed.value.escalation, commandFor(step, now, []), fakePack, {
          now,
          newId: idMaker(),
        });
        expect(result).toMatchObject({ ok: false, error: { code: 'record-closed' } });
        expect(closed.value.escalation).toEqual(copy);
      }),
    );
  });
});
