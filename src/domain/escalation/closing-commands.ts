// The commands that close a record: resolution with an agreed outcome, referral to the
// partnership, and withdrawal. Each leaves the current stage; a closed record never changes again.
import { londonDateOf } from '../calendar/london-time';
import { ok } from '../result';
import type { Escalation, Resolution, StageVisit } from './escalation';
import type { Change, CommandContext, ResolutionInput } from './escalation-command';
import { refuse } from './escalation-error';
import { describePlace, type PackForMachine } from './escalation-pack';
import { longDate } from './escalation-text';
import { checkDate, optionalText, requiredText, type Checked } from './escalation-validation';
import { leaveOpenVisits } from './stage-visits';

function checkConfirmation(
  input: ResolutionInput,
  context: CommandContext,
): Checked<Pick<Resolution, 'confirmationSentTo' | 'confirmationSentOn'>> {
  const sentTo = optionalText(
    input.confirmationSentTo,
    'resolution.confirmationSentTo',
    'who the written confirmation was sent to',
  );
  if (!sentTo.ok) return sentTo;
  if (input.confirmationSentOn === null) {
    return ok({ confirmationSentTo: sentTo.value, confirmationSentOn: null });
  }
  const sentOn = checkDate(
    input.confirmationSentOn,
    'resolution.confirmationSentOn',
    'the date written confirmation was sent',
    { latest: londonDateOf(context.now) },
  );
  if (!sentOn.ok) return sentOn;
  if (sentTo.value === '') {
    const message =
      'Enter who the written confirmation was sent to; the policy asks for it to go to all parties.';
    return refuse('required', message, 'resolution.confirmationSentTo');
  }
  return ok({ confirmationSentTo: sentTo.value, confirmationSentOn: sentOn.value });
}

function checkOutstanding(
  input: ResolutionInput,
): Checked<Pick<Resolution, 'outstandingIssues' | 'howOutstandingWillBePursued'>> {
  const field = 'resolution.outstandingIssues';
  const issues = optionalText(input.outstandingIssues, field, 'the outstanding issues');
  if (!issues.ok) return issues;
  const how = (issues.value === '' ? optionalText : requiredText)(
    input.howOutstandingWillBePursued,
    'resolution.howOutstandingWillBePursued',
    'how the outstanding issues will be pursued',
  );
  if (!how.ok) return how;
  return ok({ outstandingIssues: issues.value, howOutstandingWillBePursued: how.value });
}

/**
 * The resolution, checked: an agreed outcome is required; a confirmation date may not be in the
 * future and needs who it went to; outstanding issues need how they will be pursued.
 */
export function checkResolution(
  input: ResolutionInput,
  context: CommandContext,
): Checked<Resolution> {
  if (input.agreedOutcome.trim() === '') {
    const message =
      'Enter the agreed outcome. A disagreement is resolved only when an outcome has been agreed; if it has not, escalate it to the next stage or refer it to the partnership.';
    return refuse('required', message, 'resolution.agreedOutcome');
  }
  const agreed = requiredText(
    input.agreedOutcome,
    'resolution.agreedOutcome',
    'the agreed outcome',
  );
  if (!agreed.ok) return agreed;
  const confirmation = checkConfirmation(input, context);
  if (!confirmation.ok) return confirmation;
  const outstanding = checkOutstanding(input);
  if (!outstanding.ok) return outstanding;
  const debrief = optionalText(input.debrief, 'resolution.debrief', 'the debrief');
  if (!debrief.ok) return debrief;
  const learning = optionalText(input.learning, 'resolution.learning', 'the learning');
  if (!learning.ok) return learning;
  return ok({
    resolvedAt: context.now,
    agreedOutcome: agreed.value,
    ...confirmation.value,
    ...outstanding.value,
    debrief: debrief.value,
    learning: learning.value,
    ...(input.themes && { themes: input.themes }),
  });
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
