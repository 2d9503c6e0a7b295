// The discussion log's rules: which discussions may be logged, and corrections that never change
// the original entry (DESIGN.md §3: append-only; a correction points at the original).
import type { IsoDateTime } from '../calendar/iso-date';
import { instantMs } from '../calendar/london-time';
import { withArticle } from '../plural';
import { ok } from '../result';
import type { Discussion, DiscussionMethod, Escalation } from './escalation';
import type { Change, CommandContext, DiscussionInput } from './escalation-command';
import { refuse } from './escalation-error';
import { describePlace, type PackForMachine } from './escalation-pack';
import { longDateTime } from './escalation-text';
import {
  checkInstant,
  notInFuture,
  optionalText,
  requiredText,
  validatePeople,
  type Checked,
} from './escalation-validation';

/** How long before a record was opened a discussion may have been held (policies ask for earlier attempts to be recorded too). */
export const DISCUSSION_BACKDATE_LIMIT_DAYS = 365;

const MS_PER_DAY = 86_400_000;

const METHOD_WORDS: Readonly<Record<DiscussionMethod, string>> = {
  meeting: 'meeting',
  phone: 'phone call',
  'video-call': 'video call',
  email: 'email exchange',
  letter: 'letter',
  other: 'discussion',
};

function checkHeldAt(
  escalation: Escalation,
  heldAt: string,
  now: IsoDateTime,
): Checked<IsoDateTime> {
  const what = 'when the discussion was held';
  const at = checkInstant(heldAt, 'discussion.heldAt', what);
  if (!at.ok) return at;
  const notFuture = notInFuture(at.value, now, 'discussion.heldAt', what);
  if (!notFuture.ok) return notFuture;
  const earliest = instantMs(escalation.createdAt) - DISCUSSION_BACKDATE_LIMIT_DAYS * MS_PER_DAY;
  if (instantMs(at.value) >= earliest) return ok(at.value);
  const message = `The discussion date (${longDateTime(at.value)}) is more than a year before this record was opened (${longDateTime(escalation.createdAt)}). Check the date; for older history, mention it in the statement of what is escalated.`;
  return refuse('date-too-early', message, 'discussion.heldAt');
}

function checkStage(
  escalation: Escalation,
  stageId: string,
  pack: PackForMachine,
): Checked<string> {
  if (escalation.stageHistory.some((visit) => visit.stageId === stageId)) return ok(stageId);
  const visited = [...new Set(escalation.stageHistory.map((visit) => describePlace(pack, visit)))];
  const message = `This record has not been at “${stageId}”. Log the discussion against a stage it has reached: ${visited.join('; ')}.`;
  return refuse('stage-not-visited', message, 'discussion.stageId');
}

/**
 * A discussion as entered, checked and trimmed: held no later than now and no more than a year
 * before the record was opened, at a stage the record has been at, with at least one person
 * (agency, and a name or role), and a summary.
 */
export function checkDiscussion(
  escalation: Escalation,
  input: DiscussionInput,
  pack: PackForMachine,
  now: IsoDateTime,
): Checked<DiscussionInput> {
  const heldAt = checkHeldAt(escalation, input.heldAt, now);
  if (!heldAt.ok) return heldAt;
  const stageId = checkStage(escalation, input.stageId, pack);
  if (!stageId.ok) return stageId;
  if (input.withWhom.length === 0) {
    return refuse(
      'required',
      'Add at least one person the discussion was with.',
      'discussion.withWhom',
    );
  }
  const withWhom = validatePeople(input.withWhom, 'discussion.withWhom');
  if (!withWhom.ok) return withWhom;
  const summary = requiredText(input.summary, 'discussion.summary', 'a summary of the discussion');
  if (!summary.ok) return summary;
  const actions = optionalText(
    input.agreedActions,
    'discussion.agreedActions',
    'the agreed actions',
  );
  if (!actions.ok) return actions;
  return ok({
    heldAt: heldAt.value,
    stageId: stageId.value,
    withWhom: withWhom.value,
    method: input.method,
    summary: summary.value,
    agreedActions: actions.value,
  });
}

/** The discussions of this record, in log order. */
function logOf(escalation: Escalation, context: CommandContext): Discussion[] {
  return (context.discussions ?? []).filter((entry) => entry.escalationId === escalation.id);
}

function makeEntry(
  escalation: Escalation,
  input: DiscussionInput,
  context: CommandContext,
  amends: string | null,
): Discussion {
  const sequence = Math.max(0, ...logOf(escalation, context).map((entry) => entry.sequence)) + 1;
  return {
    id: context.newId(),
    escalationId: escalation.id,
    sequence,
    ...input,
    recordedAt: context.now,
    amends,
  };
}

function describeDiscussion(
  escalation: Escalation,
  entry: Discussion,
  pack: PackForMachine,
): string {
  const people = entry.withWhom
    .map(
      (person) =>
        `${person.name || person.role} (${[person.name ? person.role : '', person.agency].filter(Boolean).join(', ')})`,
    )
    .join(', ');
  const visit = escalation.stageHistory.find((candidate) => candidate.stageId === entry.stageId);
  const at = visit ? `, at ${describePlace(pack, visit)}` : '';
  // A letter is not held: it is exchanged, with whoever wrote or received it.
  const verb = entry.method === 'letter' ? 'exchanged' : 'held';
  return `${METHOD_WORDS[entry.method]} ${verb} on ${longDateTime(entry.heldAt)} with ${people}${at}: ${entry.summary}`;
}

/** Log a discussion: the entry to append, numbered after the record's existing entries. */
export function noteDiscussion(
  escalation: Escalation,
  input: DiscussionInput,
  pack: PackForMachine,
  context: CommandContext,
): Checked<Change> {
  const checked = checkDiscussion(escalation, input, pack, context.now);
  if (!checked.ok) return checked;
  const entry = makeEntry(escalation, checked.value, context, null);
  return ok({
    escalation,
    action: 'discussion-logged',
    detail: `Logged discussion ${entry.sequence}, ${withArticle(describeDiscussion(escalation, entry, pack))}`,
    discussion: entry,
  });
}

/**
 * Correct a logged discussion: a new entry whose `amends` names the original, which is kept as it
 * was. Only an original can be corrected; to correct a correction, correct the original again,
 * so every correction points at an original and the log is never more than one level deep.
 */
export function amendDiscussion(
  escalation: Escalation,
  amends: string,
  input: DiscussionInput,
  pack: PackForMachine,
  context: CommandContext,
): Checked<Change> {
  const original = logOf(escalation, context).find((entry) => entry.id === amends);
  if (original === undefined) {
    const message =
      'The discussion to correct is not in this record’s log. Reopen the record and choose the entry again.';
    return refuse('discussion-not-found', message, 'amends');
  }
  if (original.amends !== null) {
    const message = `Entry ${original.sequence} is itself a correction. Correct the original entry instead; every correction is shown with it.`;
    return refuse('amendment-of-amendment', message, 'amends');
  }
  const checked = checkDiscussion(escalation, input, pack, context.now);
  if (!checked.ok) return checked;
  const entry = makeEntry(escalation, checked.value, context, original.id);
  return ok({
    escalation,
    action: 'discussion-amended',
    detail: `Corrected discussion ${original.sequence} with entry ${entry.sequence}; the original is kept. Now reads: ${withArticle(describeDiscussion(escalation, entry, pack))}`,
    discussion: entry,
  });
}
