// The escalation state machine (DESIGN.md §3): a record starts with startEscalation and changes
// only through applyCommand, a pure transition that returns the new record or a refusal.
import { instantMs } from '../calendar/london-time';
import { ok, type Result } from '../result';
import type { Escalation, StageVisit } from './escalation';
import type {
  Change,
  CommandContext,
  CommandOutcome,
  EscalationCommand,
} from './escalation-command';
import { escalate, editDetails, recordFeedback } from './escalation-commands';
import { refuse, type EscalationError } from './escalation-error';
import type { PackForMachine } from './escalation-pack';
import { describeClosure, longDateTime } from './escalation-text';
import { checkInstant, type Checked } from './escalation-validation';
import { referToPartnership, resolve, withdraw } from './closing-commands';
import { amendDiscussion, noteDiscussion } from './discussion-rules';
import { openVisit } from './stage-visits';

export { creationAudit, startEscalation } from './start-escalation';
export type { StartContext, StartInput } from './start-escalation';
export type {
  CommandContext,
  CommandOutcome,
  DiscussionInput,
  EscalationCommand,
  ResolutionInput,
} from './escalation-command';

/** The record's open visit, once it is known that the record may change now under this pack. */
function checkCanChange(
  escalation: Escalation,
  pack: PackForMachine,
  now: string,
): Checked<StageVisit> {
  const closure = describeClosure(escalation);
  if (closure !== null) {
    const message = `This escalation is closed (${closure}); it can no longer be changed. If the concern continues, start a new escalation.`;
    return refuse('record-closed', message);
  }
  if (pack.id !== escalation.packId || pack.version !== escalation.packVersion) {
    const message = `This record follows policy “${escalation.packId}” version ${escalation.packVersion}, but policy “${pack.id}” version ${pack.version} was given. Open the record with the policy version it started under.`;
    return refuse('pack-mismatch', message);
  }
  const at = checkInstant(now, 'now', 'the time now');
  if (!at.ok) return at;
  if (instantMs(at.value) < instantMs(escalation.updatedAt)) {
    const message = `This device's clock (${longDateTime(at.value)}) is behind the record's last change (${longDateTime(escalation.updatedAt)}). Check the date and time settings, then try again.`;
    return refuse('clock-behind', message);
  }
  const visit = openVisit(escalation);
  if (visit !== undefined) return ok(visit);
  const message =
    'This open record has no current stage, so it cannot be changed. Restore it from a backup, or start a new escalation.';
  return refuse('invalid-record', message);
}

function decide(
  escalation: Escalation,
  command: EscalationCommand,
  pack: PackForMachine,
  context: CommandContext,
  current: StageVisit,
): Checked<Change> {
  switch (command.type) {
    case 'escalate':
      return escalate(escalation, command, pack, context, current);
    case 'record-feedback':
      return recordFeedback(escalation, command, context);
    case 'resolve':
      return resolve(escalation, command.resolution, pack, context, current);
    case 'refer-to-partnership':
      return referToPartnership(escalation, command.reason, pack, context, current);
    case 'withdraw':
      return withdraw(escalation, command.reason, pack, context, current);
    case 'edit-details':
      return editDetails(escalation, command, pack, context);
    case 'note-discussion':
      return noteDiscussion(escalation, command.discussion, pack, context);
    case 'amend-discussion':
      return amendDiscussion(escalation, command.amends, command.discussion, pack, context);
  }
}

/**
 * Applies one command to an open record under the pack it started with, at `context.now`.
 * On success: the new record (revision + 1, `updatedAt` now, the current stage left and the next
 * entered when it moves or closes), a plain-English audit entry, and the discussion to append for
 * `note-discussion`/`amend-discussion`. A closed record refuses every command, as do a different
 * pack or version and a clock behind the record's last change. Never throws for a refused move.
 */
export function applyCommand(
  escalation: Escalation,
  command: EscalationCommand,
  pack: PackForMachine,
  context: CommandContext,
): Result<CommandOutcome, EscalationError> {
  const current = checkCanChange(escalation, pack, context.now);
  if (!current.ok) return current;
  const change = decide(escalation, command, pack, context, current.value);
  if (!change.ok) return change;
  const { action, detail, discussion } = change.value;
  return ok({
    escalation: {
      ...change.value.escalation,
      revision: escalation.revision + 1,
      updatedAt: context.now,
    },
    audit: { at: context.now, action, detail },
    discussion,
  });
}
