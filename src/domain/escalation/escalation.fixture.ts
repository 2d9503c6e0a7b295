// Test fixtures for the escalation rules: a small fake policy pack, and helpers that start a
// record and apply commands at chosen moments. Used only by the tests beside this file.
import { isoDateTime, type IsoDateTime } from '../calendar/iso-date';
import type { Result } from '../result';
import type { Discussion, Escalation, Professional } from './escalation';
import {
  startEscalation,
  type CommandContext,
  type DiscussionInput,
  type StartInput,
} from './escalation-machine';
import type { PackForMachine } from './escalation-pack';

/** A four-stage pack: stage 2 names stage 4 as its "if unresolved", skipping stage 3. */
export const fakePack: PackForMachine = {
  id: 'fake-pack',
  version: 2,
  stages: [
    {
      id: 'practitioners',
      title: 'Practitioner to practitioner',
      timescale: { kind: 'working-days', days: 2 },
      notifiesPartnership: false,
      ifUnresolved: { nextStageId: null },
    },
    {
      id: 'line-managers',
      title: 'Line managers',
      timescale: { kind: 'same-working-day' },
      notifiesPartnership: false,
      ifUnresolved: { nextStageId: 'senior-managers' },
    },
    {
      id: 'named-leads',
      title: 'Named safeguarding leads',
      timescale: { kind: 'working-days', days: 5 },
      notifiesPartnership: false,
      ifUnresolved: { nextStageId: null },
    },
    {
      id: 'senior-managers',
      title: 'Senior managers',
      timescale: { kind: 'none-stated' },
      notifiesPartnership: true,
      ifUnresolved: { nextStageId: null },
    },
  ],
  urgentRoutes: [
    {
      id: 'imminent',
      situation: 'imminent-risk',
      title: 'Child at imminent risk',
      timescale: { kind: 'hours', hours: 2 },
    },
  ],
  categories: [{ id: 'thresholds' }, { id: 'communication' }],
};

/** An instant, checked. */
export const at = (value: string): IsoDateTime => isoDateTime(value);

/** Wednesday 4 March 2026, 10:00 GMT: an ordinary working morning. */
export const WEDNESDAY = at('2026-03-04T10:00:00.000Z');

/** A case reference in the app's form. */
export const CASE_REF = 'ESC-7KQ4-M2XD';

export const socialWorker: Omit<Professional, 'id'> = {
  name: 'Alex Sample',
  role: 'Social worker',
  agency: 'Children’s social care',
  agencyType: 'childrens-social-care',
};

/** A valid start input; override any part. */
export function startInput(overrides: Partial<StartInput> = {}): StartInput {
  return {
    raisedBy: { agencyType: 'education', role: 'Designated safeguarding lead', agency: 'School' },
    categoryIds: ['thresholds'],
    statement: {
      whatIsEscalated: 'No further action after a referral about bruising.',
      outcomeSought: 'A home visit.',
      outcomeSoughtBy: null,
    },
    professionals: [{ ...socialWorker, id: 'p1' }],
    urgency: 'routine',
    ...overrides,
  };
}

/** A valid discussion at the first stage, held at `heldAt`. */
export function discussionInput(
  heldAt: IsoDateTime,
  overrides: Partial<DiscussionInput> = {},
): DiscussionInput {
  return {
    heldAt,
    stageId: 'practitioners',
    withWhom: [socialWorker],
    method: 'phone',
    summary: 'Explained the two different accounts.',
    agreedActions: 'Duty manager to review.',
    ...overrides,
  };
}

/** Ids `prefix-1`, `prefix-2`, … */
export function idMaker(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}

/** A command context at `now`. */
export function contextAt(
  now: IsoDateTime,
  discussions: readonly Discussion[] = [],
): CommandContext {
  return { now, newId: idMaker('new'), discussions };
}

/** The value of a result that must be ok (fails the test with the error message otherwise). */
export function valueOf<T>(result: Result<T, { message: string }>): T {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error.message}`);
  return result.value;
}

/** `value`, which the test requires to be there (fails the test otherwise). */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value, found none');
  return value;
}

/** The error code of a result that must be refused. */
export function codeOf(result: Result<unknown, { code: string }>): string {
  if (result.ok) throw new Error('Expected a refusal, but the command succeeded');
  return result.error.code;
}

/** A record started at `now` under `pack` (the fake pack unless given); fails the test if refused. */
export function started(
  now: IsoDateTime = WEDNESDAY,
  overrides: Partial<StartInput> = {},
  pack: PackForMachine = fakePack,
): Escalation {
  return valueOf(
    startEscalation(startInput(overrides), pack, { now, id: 'esc-1', caseRef: CASE_REF }),
  );
}
