// Synthetic training records, clearly marked as examples, so a new user can see what open,
// overdue, resolved and referred escalations look like. Built only through the state machine, so
// every example is a record the app itself could have made.
import { dueFromTimescale, type DueDateOptions } from '../calendar/due-dates';
import type { IsoDateTime } from '../calendar/iso-date';
import { instantMs, londonDateOf } from '../calendar/london-time';
import type { ClientIdentity, Discussion, Escalation } from './escalation';
import type { DiscussionInput, EscalationCommand } from './escalation-command';
import { escalationTarget } from './escalation-commands';
import { applyCommand, startEscalation } from './escalation-machine';
import type { PackForMachine } from './escalation-pack';
import {
  EXAMPLE_PROFESSIONALS,
  EXAMPLE_SCENARIOS,
  EXAMPLE_STORIES,
  exampleClient,
  exampleRaiser,
  type ExampleScenario,
} from './example-content';
import { openVisit } from './stage-visits';

/** The moment the examples are made for, and where their ids and case references come from. */
export interface ExampleContext {
  now: IsoDateTime;
  ids: () => string;
  caseRefs: () => string;
  calendar?: DueDateOptions;
}

/** The example records, their discussions, and each record's invented client by record id. */
export interface ExampleSet {
  escalations: Escalation[];
  discussions: Discussion[];
  clients: Record<string, ClientIdentity>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A record being built: the record, its discussions, and the time of its last change. */
interface Draft {
  escalation: Escalation;
  discussions: Discussion[];
  at: number;
}

function iso(ms: number): IsoDateTime {
  return new Date(ms).toISOString() as IsoDateTime;
}

/** Applies a command at `at`; an example that breaks a rule is a bug, so it throws. */
function apply(
  draft: Draft,
  command: EscalationCommand,
  pack: PackForMachine,
  at: number,
  context: ExampleContext,
): Draft {
  const result = applyCommand(draft.escalation, command, pack, {
    now: iso(at),
    newId: context.ids,
    discussions: draft.discussions,
    calendar: context.calendar,
  });
  if (!result.ok) throw new Error(`Example record for ${pack.id}: ${result.error.message}`);
  const { escalation, discussion } = result.value;
  return {
    escalation,
    discussions: discussion ? [...draft.discussions, discussion] : draft.discussions,
    at,
  };
}

function discuss(
  draft: Draft,
  summary: string,
  pack: PackForMachine,
  context: ExampleContext,
): Draft {
  const heldAt = draft.at + HOUR;
  const stageId = openVisit(draft.escalation)?.stageId ?? '';
  const discussion: DiscussionInput = {
    heldAt: iso(heldAt),
    stageId,
    withWhom: EXAMPLE_PROFESSIONALS.slice(0, 1),
    method: 'phone',
    summary,
    agreedActions: '',
  };
  return apply(draft, { type: 'note-discussion', discussion }, pack, heldAt + HOUR, context);
}

/** True when the open stage can be escalated (there is a further stage). */
function canEscalate(draft: Draft, pack: PackForMachine): boolean {
  const visit = openVisit(draft.escalation);
  return visit !== undefined && escalationTarget(visit, undefined, pack).ok;
}

function escalateAt(
  draft: Draft,
  pack: PackForMachine,
  at: number,
  context: ExampleContext,
): Draft {
  const reason = 'EXAMPLE – not resolved at this stage within its timescale.';
  return apply(draft, { type: 'escalate', reason }, pack, at, context);
}

function start(
  scenario: ExampleScenario,
  pack: PackForMachine,
  index: number,
  at: number,
  context: ExampleContext,
): Draft {
  const story = EXAMPLE_STORIES[scenario];
  const category = pack.categories[0];
  const result = startEscalation(
    {
      raisedBy: exampleRaiser(index),
      categoryIds: category ? [category.id] : [],
      statement: {
        whatIsEscalated: story.whatIsEscalated,
        outcomeSought: story.outcomeSought,
        outcomeSoughtBy: londonDateOf(iso(at + 14 * DAY)),
      },
      professionals: EXAMPLE_PROFESSIONALS.map((person) => ({ ...person, id: context.ids() })),
      urgency: 'routine',
      isExample: true,
    },
    pack,
    { now: iso(at), id: context.ids(), caseRef: context.caseRefs(), calendar: context.calendar },
  );
  if (!result.ok) throw new Error(`Example record for ${pack.id}: ${result.error.message}`);
  return { escalation: result.value, discussions: [], at };
}

/** How long ago to enter the second stage so that it is overdue now (when it has a timescale). */
function overdueAge(pack: PackForMachine, now: number, context: ExampleContext): number {
  const target = pack.stages[1] ?? pack.stages[0];
  const ages = [10, 45, 400].map((days) => days * DAY);
  const overdue = ages.find((age) => {
    const due = target && dueFromTimescale(target.timescale, iso(now - age), context.calendar);
    return !due || instantMs(due.dueAt) < now - DAY;
  });
  return overdue ?? 10 * DAY;
}

function buildScenario(
  scenario: ExampleScenario,
  pack: PackForMachine,
  index: number,
  context: ExampleContext,
): Draft {
  const now = instantMs(context.now);
  const story = EXAMPLE_STORIES[scenario];
  switch (scenario) {
    case 'open-first-stage':
      return discuss(
        start(scenario, pack, index, now - 3 * HOUR, context),
        story.discussion,
        pack,
        context,
      );
    case 'open-overdue': {
      const entered = now - overdueAge(pack, now, context);
      const draft = discuss(
        start(scenario, pack, index, entered - 3 * DAY, context),
        story.discussion,
        pack,
        context,
      );
      return canEscalate(draft, pack) ? escalateAt(draft, pack, entered, context) : draft;
    }
    case 'resolved':
      return resolveExample(start(scenario, pack, index, now - 20 * DAY, context), pack, context);
    case 'referred':
      return referExample(start(scenario, pack, index, now - 40 * DAY, context), pack, context);
  }
}

function resolveExample(first: Draft, pack: PackForMachine, context: ExampleContext): Draft {
  const story = EXAMPLE_STORIES.resolved;
  let draft = discuss(first, story.discussion, pack, context);
  if (canEscalate(draft, pack)) draft = escalateAt(draft, pack, first.at + 3 * DAY, context);
  draft = apply(
    draft,
    { type: 'record-feedback', text: story.feedback },
    pack,
    first.at + 5 * DAY,
    context,
  );
  const resolvedAt = first.at + 6 * DAY;
  const resolution = {
    agreedOutcome: story.outcome,
    confirmationSentTo: 'EXAMPLE – all parties to the disagreement',
    confirmationSentOn: londonDateOf(iso(resolvedAt)),
    outstandingIssues: '',
    howOutstandingWillBePursued: '',
    debrief: 'EXAMPLE – debrief held with the class teacher.',
    learning: 'EXAMPLE – record the child’s own words, with dates, from the start.',
  };
  return apply(draft, { type: 'resolve', resolution }, pack, resolvedAt, context);
}

function referExample(first: Draft, pack: PackForMachine, context: ExampleContext): Draft {
  const story = EXAMPLE_STORIES.referred;
  const step = Math.min(3 * DAY, (30 * DAY) / Math.max(1, pack.stages.length));
  let draft = first;
  for (let moves = 0; moves < pack.stages.length && canEscalate(draft, pack); moves += 1) {
    draft = escalateAt(draft, pack, draft.at + step, context);
  }
  draft = discuss(draft, story.discussion, pack, context);
  return apply(
    draft,
    { type: 'refer-to-partnership', reason: story.referral },
    pack,
    draft.at + step,
    context,
  );
}

/**
 * Two synthetic training records per pack (`isExample: true`), taking the kinds in turn across
 * packs: open at the first stage, open and overdue at the second stage, resolved, and referred to
 * the partnership after the last stage. Every name is invented and obviously fictional and every
 * statement starts "EXAMPLE –". Throws only if a pack breaks the machine's own rules (a bug).
 */
export function makeExampleEscalations(
  packs: readonly PackForMachine[],
  context: ExampleContext,
): ExampleSet {
  const set: ExampleSet = { escalations: [], discussions: [], clients: {} };
  const year = Number(londonDateOf(context.now).slice(0, 4));
  packs.forEach((pack, packIndex) => {
    for (const offset of [0, 1]) {
      const index = packIndex * 2 + offset;
      const scenario = EXAMPLE_SCENARIOS[index % EXAMPLE_SCENARIOS.length] ?? 'open-first-stage';
      const draft = buildScenario(scenario, pack, index, context);
      set.escalations.push(draft.escalation);
      set.discussions.push(...draft.discussions);
      set.clients[draft.escalation.id] = exampleClient(index, year);
    }
  });
  return set;
}
