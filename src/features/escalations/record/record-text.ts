// Words the record page and its forms use for stages, people, methods and statuses, taken from the
// record's own policy pack so every screen names things the way the policy does.
import type {
  Discussion,
  DiscussionMethod,
  EscalationStatus,
  Professional,
  StageVisit,
  Urgency,
} from '../../../domain/escalation/escalation';
import type { PolicyPack } from '../../../domain/policy/policy-pack';

type Place = Pick<StageVisit, 'kind' | 'stageId'>;

/** "Stage Two: Senior Manager: Senior Manager", "Urgent route: Child at imminent risk of harm". */
export function placeName(pack: PolicyPack, place: Place): string {
  if (place.kind === 'urgent-route') {
    const route = pack.urgentRoutes.find((candidate) => candidate.id === place.stageId);
    return `Urgent route: ${route?.title ?? place.stageId}`;
  }
  const stage = pack.stages.find((candidate) => candidate.id === place.stageId);
  if (stage === undefined) return place.stageId;
  return stage.label ? `${stage.label}: ${stage.title}` : stage.title;
}

/** The shortest name the policy gives a stage: its label ("Stage Two"), else its title. */
export function stageShortName(pack: PolicyPack, stageId: string): string {
  const stage = pack.stages.find((candidate) => candidate.id === stageId);
  return stage?.label ?? stage?.title ?? stageId;
}

export const METHOD_LABELS: Readonly<Record<DiscussionMethod, string>> = {
  meeting: 'Meeting',
  phone: 'Phone call',
  'video-call': 'Video call',
  email: 'Email',
  letter: 'Letter',
  other: 'Other',
};

/** The ways a discussion can take place, in the order the form offers them. */
export const DISCUSSION_METHODS = [
  'meeting',
  'phone',
  'video-call',
  'email',
  'letter',
  'other',
] as const satisfies readonly DiscussionMethod[];

export const STATUS_LABELS: Readonly<Record<EscalationStatus, string>> = {
  open: 'Open',
  resolved: 'Resolved',
  'referred-to-partnership': 'Referred to the partnership',
  withdrawn: 'Withdrawn',
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  routine: 'Routine',
  'imminent-risk': 'Imminent risk of harm',
  'suspected-non-accidental-injury': 'Suspected non-accidental injury',
};

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
