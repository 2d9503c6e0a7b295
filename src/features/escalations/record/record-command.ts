// Applying one command to a record and saving it: the clock read once, the rules in the domain, the
// change written with the revision the form was opened with so another tab's save is never lost.
import {
  RecordChangedElsewhereError,
  saveEscalationChange,
} from '../../../data/escalations-repository';
import { describeStorageError } from '../../../data/storage-errors';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import type { EscalationError } from '../../../domain/escalation/escalation-error';
import {
  applyCommand,
  type CommandOutcome,
  type EscalationCommand,
} from '../../../domain/escalation/escalation-machine';
import type { OpenRecord } from './use-open-record';

/** Why a change the rules accepted was not saved. */
export interface SaveProblem {
  kind: 'changed-elsewhere' | 'storage';
  message: string;
}

export type CommandResult =
  | { kind: 'saved'; outcome: CommandOutcome }
  | { kind: 'refused'; error: EscalationError }
  | { kind: 'not-saved'; problem: SaveProblem };

function describeSaveError(error: unknown): SaveProblem {
  if (error instanceof RecordChangedElsewhereError) {
    return { kind: 'changed-elsewhere', message: error.message };
  }
  return { kind: 'storage', message: describeStorageError(error).message };
}

/**
 * Applies `command` to the record as `opened` (the copy the form was opened with) at the time now,
 * read once, under the record's own pack and the user's calendar; then saves the result, expecting
 * the stored revision to be the one opened. Nothing is saved when the rules refuse the command.
 */
export async function applyAndSave(
  opened: OpenRecord,
  command: EscalationCommand,
): Promise<CommandResult> {
  const now = new Date().toISOString() as IsoDateTime;
  const { escalation, discussions } = opened.record;
  const result = applyCommand(escalation, command, opened.pack, {
    now,
    calendar: opened.calendar,
    newId: () => crypto.randomUUID(),
    discussions,
  });
  if (!result.ok) return { kind: 'refused', error: result.error };
  const outcome = result.value;
  try {
    await saveEscalationChange({
      escalation: outcome.escalation,
      expectedRevision: escalation.revision,
      audit: { ...outcome.audit, id: crypto.randomUUID(), escalationId: escalation.id },
      ...(outcome.discussion ? { discussion: outcome.discussion } : {}),
    });
  } catch (error) {
    return { kind: 'not-saved', problem: describeSaveError(error) };
  }
  return { kind: 'saved', outcome };
}
