// The commands that close a record: resolution with an agreed outcome, referral to the
// partnership, and withdrawal. Each leaves the current stage; a closed record never changes again.
import { londonDateOf } from '../calendar/london-time';
import { ok } from '../result';
import type { Escalation, Resolution, StageVisit } from './escalation';
import type { Change, CommandContext, ResolutionInput } from './escalation-command';
import { refuse, refuseAll, type EscalationError } from './escalation-error';
import { describePlace, type PackForMachine } from './escalation-pack';
import { longDate } from './escalation-text';
import { checkDate, optionalText, requiredText, type Checked } from './escalation-validation';
import { leaveOpenVisits } from './stage-visits';

/**
 * The resolution, checked: an agreed outcome is required; a confirmation date may not be in the
 * future and needs who it went to; outstanding issues need how they will be pursued. Every problem
 * is reported at once, in the form's order, so one save shows them all.
 */
export function checkResolution(
  input: ResolutionInput,
  context: CommandContext,
): Checked<Resolution> {
  const agreed =
    input.agreedOutcome.trim() === ''
      ? refuse(
          'required',
          'Enter the agreed outcome. A disagreement is resolved only when an outcome has been agreed; if it has not, escalate it to the next stage or refer it to the partnership.',
          'resolution.agreedOutcome',
        )
      : requiredText(input.agreedOutcome, 'resolution.agreedOutcome', 'the agreed outcome');
  const field = 'resolution.confirmationSentTo';
  const sentToText = optionalText(
    input.confirmationSentTo,
    field,
    'who the written confirmation was sent to',
  );
  // Who it went to is needed once a date says it went, whether or not that date is right yet.
  const sentTo =
    input.confirmationSentOn !== null && sentToText.ok && sentToText.value === ''
      ? refuse(
          'required',
          'Enter who the written confirmation was sent to; the policy asks for it to go to all parties.',
          field,
        )
      : sentToText;
  const sentOn =
    input.confirmationSentOn === null
      ? ok(null)
      : checkDate(
          input.confirmationSentOn,
          'resolution.confirmationSentOn',
          'the date written confirmation was sent',
          { latest: londonDateOf(context.now) },
        );
  const issues = optionalText(
    input.outstandingIssues,
    'resolution.outstandingIssues',
    'the outstanding issues',
  );
  const how = (input.outstandingIssues.trim() === '' ? optionalText : requiredText)(
    input.howOutstandingWillBePursued,
    'resolution.howOutstandingWillBePursued',
    'how the outstanding issues will be pursued',
  );
  const debrief = optionalText(input.debrief, 'resolution.debrief', 'the debrief');
  const learning = optionalText(input.learning, 'resolution.learning', 'the learning');
  const problems: EscalationError[] = [];
  /** The checked value; a refusal is noted, and `instead` stands in until every check has run. */
  const valueOf = <T>(checked: Checked<T>, instead: T): T => {
    if (checked.ok) return checked.value;
    problems.push(checked.error);
    return instead;
  };
  const resolution: Resolution = {
    resolvedAt: context.now,
    agreedOutcome: valueOf(agreed, ''),
    confirmationSentTo: valueOf(sentTo, ''),
    confirmationSentOn: valueOf(sentOn, null),
    outstandingIssues: valueOf(issues, ''),
    howOutstandingWillBePursued: valueOf(how, ''),
    debrief: valueOf(debrief, ''),
    learning: valueOf(learning, ''),
    ...(input.themes && { themes: input.themes }),
  };
  const [first, ...rest] = problems;
  return first ? refuseAll(first, ...rest) : ok(resolution);
}

/** Resolve: close the record with the agreed outcome. */
export function resolve(
  escalation: Escalation,
  input: ResolutionInput,
  pack: PackForMachine,
  context: CommandContext,
  current: StageVisit,
): Checked<Change> {
  const resolution = checkResolution(input, context);
  if (!resolution.ok) return resolution;
  const { agreedOutcome, confirmationSentOn, confirmationSentTo } = resolution.value;
  const confirmation =
    confirmationSentOn === null
      ? ' Written confirmation to all parties is not yet recorded.'
      : ` Written confirmation sent to ${confirmationSentTo} on ${longDate(confirmationSentOn)}.`;
  return ok({
    escalation: {
      ...escalation,
      status: 'resolved',
      resolution: resolution.value,
      stageHistory: leaveOpenVisits(escalation.stageHistory, context.now),
    },
    action: 'resolved',
    detail: `Resolved at ${describePlace(pack, current)}. Agreed outcome: ${agreedOutcome}${confirmation}`,
    discussion: null,
  });
}

/** Refer to the partnership: close the record because the stages did not resolve it. */
export function referToPartnership(
  escalation: Escalation,
  reason: string,
  pack: PackForMachine,
  context: CommandContext,
  current: StageVisit,
): Checked<Change> {
  const why = requiredText(
    reason,
    'reason',
    'why the disagreement is being referred to the partnership',
  );
  if (!why.ok) return why;
  return ok({
    escalation: {
      ...escalation,
      status: 'referred-to-partnership',
      referral: { at: context.now, reason: why.value },
      stageHistory: leaveOpenVisits(escalation.stageHistory, context.now),
    },
    action: 'referred-to-partnership',
    detail: `Referred to the partnership from ${describePlace(pack, current)}. Reason: ${why.value}`,
    discussion: null,
  });
}

/** Withdraw: close the record because the concern is no longer pursued. */
export function withdraw(
  escalation: Escalation,
  reason: string,
  pack: PackForMachine,
  context: CommandContext,
  current: StageVisit,
): Checked<Change> {
  const why = requiredText(reason, 'reason', 'why the escalation is being withdrawn');
  if (!why.ok) return why;
  return ok({
    escalation: {
      ...escalation,
      status: 'withdrawn',
      withdrawal: { at: context.now, reason: why.value },
      stageHistory: leaveOpenVisits(escalation.stageHistory, context.now),
    },
    action: 'withdrawn',
    detail: `Withdrawn at ${describePlace(pack, current)}. Reason: ${why.value}`,
    discussion: null,
  });
}
