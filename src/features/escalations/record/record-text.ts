// Words the record page and its forms use for stages, people, methods and statuses, taken from the
// record's own policy pack so every screen names things the way the policy does.
import type { Discussion, Professional, StageVisit } from '../../../domain/escalation/escalation';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import { stageHeadingName } from '../../../domain/record-vocabulary';

type Place = Pick<StageVisit, 'kind' | 'stageId'>;

/** "Stage Two: Senior Manager to Senior Manager", "Urgent route: Child at imminent risk of harm". */
export function placeName(pack: PolicyPack, place: Place): string {
  return stageHeadingName(pack, place);
}

export {
  DISCUSSION_METHODS,
  METHOD_LABELS,
  methodInText,
  STATUS_LABELS,
  stageShortName,
  URGENCY_LABELS,
} from '../../../domain/record-vocabulary';

/** "Devika Marchbanks, Team manager, Children’s social care" (blank parts left out). */
export function describePerson(person: Pick<Professional, 'name' | 'role' | 'agency'>): string {
  return [person.name, person.role, person.agency].filter((part) => part.trim() !== '').join(', ');
}

/** The labels of the record's categories, as the policy words them. */
export function categoryLabels(pack: PolicyPack, categoryIds: readonly string[]): string[] {
  return categoryIds.map((id) => pack.categories.find((c) => c.id === id)?.label ?? id);
}

const CORRECTION_MARKER = '\n\nWhat was corrected: ';

/**
 * A correction's summary with the note of what was wrong folded in, so the discussion type stays
 * as the domain defines it and the note is kept with the wording it explains.
 */
export function foldCorrection(summary: string, whatWasWrong: string): string {
  const note = whatWasWrong.trim();
  return note === '' ? summary : `${summary.trim()}${CORRECTION_MARKER}${note}`;
}

/** The summary and the note of what was corrected, split apart again for showing or editing. */
export function unfoldCorrection(discussion: Pick<Discussion, 'summary' | 'amends'>): {
  summary: string;
  whatWasWrong: string;
} {
  const at = discussion.amends === null ? -1 : discussion.summary.lastIndexOf(CORRECTION_MARKER);
  if (at < 0) return { summary: discussion.summary, whatWasWrong: '' };
  return {
    summary: discussion.summary.slice(0, at),
    whatWasWrong: discussion.summary.slice(at + CORRECTION_MARKER.length),
  };
}
