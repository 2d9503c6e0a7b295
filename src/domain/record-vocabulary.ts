// The one vocabulary of a record: stage names, statuses, urgency, discussion methods and dates,
// always in UK time (Europe/London). Screens, PDFs, calendar files and exports all say things the
// same way because they all take their words from here.
import { longDate, MONTH_NAMES } from './calendar/date-words';
import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from './calendar/iso-date';
import { londonDateOf, londonTimeOf } from './calendar/london-time';
import type {
  DiscussionMethod,
  EscalationStatus,
  StageVisit,
  Urgency,
} from './escalation/escalation';

export { longDate } from './calendar/date-words';

/** "24 Nov 2026", for narrow table columns. */
export function shortDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${(MONTH_NAMES[month - 1] ?? '').slice(0, 3)} ${year}`;
}

/** The UK calendar date of an instant: "24 November 2026". */
export function longDateOf(instant: IsoDateTime): string {
  return longDate(londonDateOf(instant));
}

/** The UK calendar date of an instant: "24 Nov 2026". */
export function shortDateOf(instant: IsoDateTime): string {
  return shortDate(londonDateOf(instant));
}

/** "3 March 2026 at 14:05", in UK local time. */
export function longDateTime(instant: IsoDateTime): string {
  return `${longDate(londonDateOf(instant))} at ${londonTimeOf(instant)}`;
}

/**
 * A date or instant read from outside the domain (a backup file, a setting), in UK words: an
 * instant as `longDateTime` (or `longDateOf` with `withTime: false`), a date as `longDate`, and
 * anything else unchanged so nothing is hidden from the reader.
 */
export function describeDateText(text: string, options: { withTime?: boolean } = {}): string {
  if (isIsoDate(text)) return longDate(text);
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text)
    ? text.replace('Z', '.000Z')
    : text;
  if (!isIsoDateTime(instant)) return text;
  return options.withTime === false ? longDateOf(instant) : longDateTime(instant);
}

/** How a discussion took place, as screens, forms and PDFs name it. */
export const METHOD_LABELS: Readonly<Record<DiscussionMethod, string>> = {
  meeting: 'Meeting',
  phone: 'Phone call',
  'video-call': 'Video call',
  email: 'Email',
  letter: 'Letter',
  other: 'Other',
};

/**
 * How a discussion took place, in lower case for running text ("phone call"); null for "Other",
 * which names no kind: "Discussion 6 (other with Rhodri Fenn)" read as a slip.
 */
export function methodInText(method: DiscussionMethod): string | null {
  return method === 'other' ? null : METHOD_LABELS[method].toLowerCase();
}

/** The ways a discussion can take place, in the order the form offers them. */
export const DISCUSSION_METHODS = [
  'meeting',
  'phone',
  'video-call',
  'email',
  'letter',
  'other',
] as const satisfies readonly DiscussionMethod[];

/** Where a record stands. */
export const STATUS_LABELS: Readonly<Record<EscalationStatus, string>> = {
  open: 'Open',
  resolved: 'Resolved',
  'referred-to-partnership': 'Referred to the partnership',
  withdrawn: 'Withdrawn',
};

/** Every status, in the order lists and filters offer them. */
export const STATUSES = [
  'open',
  'resolved',
  'referred-to-partnership',
  'withdrawn',
] as const satisfies readonly EscalationStatus[];

/** A status read from storage, named; an unknown one is shown as stored. */
export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  routine: 'Routine',
  'imminent-risk': 'Imminent risk of harm',
  'suspected-non-accidental-injury': 'Suspected non-accidental injury',
};

/** The stages and urgent routes of a pack, as far as naming them needs. */
export interface StageNames {
  readonly stages: readonly { id: string; label: string | null; title: string }[];
  readonly urgentRoutes: readonly { id: string; title: string }[];
}

/**
 * A stage title as the app's own screens show it. Some policies title a step by who talks to whom,
 * "Manager: Manager"; after a label that reads "Stage One: Manager: Manager", so such a title is
 * shown as "Manager to Manager". Any other title is the policy's own words.
 */
export function readableStageTitle(title: string): string {
  const sides = /^(.+?)\s*:\s*(.+)$/u.exec(title.trim());
  if (!sides?.[1] || !sides[2]) return title;
  const [from, to] = [sides[1].trim(), sides[2].trim()];
  return from.toLowerCase() === to.toLowerCase() ? `${from} to ${to}` : title;
}

/** Where a record is: a stage of the pack, or (kind 'urgent-route') one of its urgent routes. */
type StagePlace = Pick<StageVisit, 'stageId'> & { kind?: StageVisit['kind'] };

/** The pack's stage at `place`; none for an urgent route or an id the pack does not know. */
function stageAt(pack: StageNames, place: StagePlace): StageNames['stages'][number] | undefined {
  if (place.kind === 'urgent-route') return undefined;
  return pack.stages.find((candidate) => candidate.id === place.stageId);
}

/**
 * A stage as the record's screens head it: its name ({@link stageName}) with a "who: who" title
 * made readable ({@link readableStageTitle}). Files and the register keep the policy's words.
 */
export function stageHeadingName(pack: StageNames, place: StagePlace): string {
  const stage = stageAt(pack, place);
  if (!stage) return stageName(pack, place);
  return stageName(
    { stages: [{ ...stage, title: readableStageTitle(stage.title) }], urgentRoutes: [] },
    place,
  );
}

/**
 * A stage or urgent route as every screen and file names it: "Stage 2: Line managers",
 * "Urgent route: Child at imminent risk"; the id when the pack does not know it. A stage id that is
 * not one of the pack's stages is looked up among its urgent routes too.
 */
export function stageName(pack: StageNames, place: StagePlace): string {
  const stage = stageAt(pack, place);
  if (stage) return stage.label ? `${stage.label}: ${stage.title}` : stage.title;
  const route = pack.urgentRoutes.find((candidate) => candidate.id === place.stageId);
  return route ? `Urgent route: ${route.title}` : place.stageId;
}

/** The shortest name the policy gives a stage: its label ("Stage Two"), else its title. */
export function stageShortName(pack: StageNames, stageId: string): string {
  const stage = pack.stages.find((candidate) => candidate.id === stageId);
  return stage?.label ?? stage?.title ?? stageId;
}
