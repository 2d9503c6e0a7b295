// The commands that keep a record open: escalating to the next stage, recording feedback, and
// editing the details. Each returns the change to make, or a refusal; escalation-machine.ts does
// the common checks and bookkeeping.
import { londonDateOf } from '../calendar/london-time';
import { ok } from '../result';
import type { Escalation, StageVisit } from './escalation';
import type { Change, CommandContext, EscalationCommand } from './escalation-command';
import { refuse } from './escalation-error';
import {
  describePlace,
  stageIndex,
  type MachineStage,
  type PackForMachine,
} from './escalation-pack';
import {
  requiredText,
  validateCategories,
  validatePeople,
  validateStatement,
  type Checked,
} from './escalation-validation';
import { describeVisitDue, enterVisit, leaveOpenVisits } from './stage-visits';
import { keptThemeChoices } from './theme-choices';

type Command<T extends EscalationCommand['type']> = Extract<EscalationCommand, { type: T }>;

function unknownStage(stageId: string, pack: PackForMachine): Checked<never> {
  const known = pack.stages.map((stage) => `“${stage.id}”`).join(', ');
  const message = `“${stageId}” is not a stage of this policy (version ${pack.version}); choose one of ${known}.`;
  return refuse('unknown-stage', message, 'toStageId');
}

function stageById(stageId: string, pack: PackForMachine): Checked<MachineStage> {
  const stage = pack.stages.find((candidate) => candidate.id === stageId);
  return stage === undefined ? unknownStage(stageId, pack) : ok(stage);
}

/** From an urgent route: the stage named, else the first stage (the routes name none). */
function targetFromUrgentRoute(toStageId: string | undefined, pack: PackForMachine) {
  const first = pack.stages[0];
  if (toStageId === undefined && first !== undefined) return ok(first);
  return stageById(toStageId ?? '', pack);
}

/**
 * The stage an escalation from `visit` moves to: the later stage named, else the stage the pack
 * names for "if unresolved", else the next in order. Past the last stage there is nowhere to go.
 */
export function escalationTarget(
  visit: StageVisit,
  toStageId: string | undefined,
  pack: PackForMachine,
): Checked<MachineStage> {
  if (visit.kind === 'urgent-route') return targetFromUrgentRoute(toStageId, pack);
  const index = stageIndex(pack, visit.stageId);
  const current = pack.stages[index];
  if (current === undefined) return unknownStage(visit.stageId, pack);
  if (toStageId !== undefined) {
    const target = stageById(toStageId, pack);
    if (!target.ok || stageIndex(pack, toStageId) > index) return target;
    const message = `${describePlace(pack, { kind: 'stage', stageId: toStageId })} is not after the current stage, ${describePlace(pack, visit)}. An escalation moves on to a later stage; choose one of those.`;
    return refuse('stage-not-later', message, 'toStageId');
  }
  const nextId = current.ifUnresolved.nextStageId ?? pack.stages[index + 1]?.id;
  if (nextId !== undefined) return stageById(nextId, pack);
  const message = `${describePlace(pack, visit)} is the last stage of this policy, so there is no further stage to escalate to. If the disagreement is still unresolved, refer it to the partnership instead.`;
  return refuse('no-further-stage', message);
}

/** Escalate: leave the current stage and enter the next, due by its timescale. */
export function escalate(
  escalation: Escalation,
  command: Command<'escalate'>,
  pack: PackForMachine,
  context: CommandContext,
  current: StageVisit,
): Checked<Change> {
  const reason = requiredText(command.reason, 'reason', 'why the disagreement is being escalated');
  if (!reason.ok) return reason;
  const target = escalationTarget(current, command.toStageId, pack);
  if (!target.ok) return target;
  const place = { kind: 'stage', stageId: target.value.id, reason: reason.value } as const;
  const visit = enterVisit(place, target.value.timescale, context.now, context.calendar);
  const notify = target.value.notifiesPartnership
    ? ' At this stage the policy asks for the partnership to be notified.'
    : '';
  return ok({
    escalation: {
      ...escalation,
      stageHistory: [...leaveOpenVisits(escalation.stageHistory, context.now), visit],
    },
    action: 'escalated',
    detail: `Escalated from ${describePlace(pack, current)} to ${describePlace(pack, visit)}${describeVisitDue(visit)}. Reason: ${reason.value}${notify}`,
    discussion: null,
  });
}

/** Record feedback given to the person who raised the concern. */
export function recordFeedback(
  escalation: Escalation,
  command: Command<'record-feedback'>,
  context: CommandContext,
): Checked<Change> {
  const text = requiredText(command.text, 'text', 'the feedback given');
  if (!text.ok) return text;
  const entry = { id: context.newId(), at: context.now, text: text.value };
  return ok({
    escalation: { ...escalation, feedback: [...escalation.feedback, entry] },
    action: 'feedback-recorded',
    detail: `Recorded feedback to the person who raised the concern: ${text.value}`,
    discussion: null,
  });
}

type Details = Pick<Escalation, 'statement' | 'professionals' | 'categoryIds' | 'themes'>;

function checkDetails(
  escalation: Escalation,
  command: Command<'edit-details'>,
  pack: PackForMachine,
  context: CommandContext,
): Checked<Details> {
  const today = londonDateOf(context.now);
  const kept = escalation.statement.outcomeSoughtBy;
  const statement = command.statement ? validateStatement(command.statement, today, kept) : null;
  if (statement && !statement.ok) return statement;
  const categories = command.categoryIds ? validateCategories(command.categoryIds, pack) : null;
  if (categories && !categories.ok) return categories;
  const people = command.professionals
    ? validatePeople(command.professionals, 'professionals')
    : null;
  if (people && !people.ok) return people;
  return ok({
    statement: statement?.value ?? escalation.statement,
    professionals: people?.value ?? escalation.professionals,
    categoryIds: categories?.value ?? escalation.categoryIds,
    themes: command.themes ? keptThemeChoices(command.themes) : escalation.themes,
  });
}

const DETAIL_NAMES: Readonly<Record<keyof Details, string>> = {
  statement: 'the statement',
  professionals: 'the professionals involved',
  categoryIds: 'the categories',
  themes: 'the choices for the partnership’s themes',
};

/** JSON with object keys sorted, so two values that differ only in key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Edit the statement, the professionals involved or the categories; refused if nothing changes. */
export function editDetails(
  escalation: Escalation,
  command: Command<'edit-details'>,
  pack: PackForMachine,
  context: CommandContext,
): Checked<Change> {
  const details = checkDetails(escalation, command, pack, context);
  if (!details.ok) return details;
  const parts = (Object.keys(DETAIL_NAMES) as (keyof Details)[]).filter(
    (part) => canonical(details.value[part]) !== canonical(escalation[part]),
  );
  if (parts.length === 0) {
    return refuse('no-changes', 'Nothing was changed, so there is nothing to save.');
  }
  const changed = parts.map((part) => DETAIL_NAMES[part]);
  const list =
    changed.length > 1 ? `${changed.slice(0, -1).join(', ')} and ${changed.at(-1)}` : changed[0];
  const edited: Escalation = { ...escalation, ...details.value };
  // Cleared choices leave no key, so the stored record is as it was before any were made.
  if (edited.themes === undefined) delete edited.themes;
  return ok({
    escalation: edited,
    action: 'edited',
    detail: `Edited ${list ?? ''}.`,
    discussion: null,
  });
}
