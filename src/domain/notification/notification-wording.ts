// The plain-English wording the notification form uses for dates, stages and discussion methods.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { MONTH_NAMES } from '../calendar/date-words';
import { londonDateOf } from '../calendar/london-time';
import type { DiscussionMethod, StageVisit } from '../escalation/escalation';
import type { Stage, UrgentRoute } from '../policy/policy-pack';

function dateParts(date: IsoDate): { day: number; month: string; year: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { day, month: MONTH_NAMES[month - 1] ?? '', year };
}

/** "24 November 2026". */
export function formatLongDate(date: IsoDate): string {
  const { day, month, year } = dateParts(date);
  return `${day} ${month} ${year}`;
}

/** "24 Nov 2026", for narrow table columns. */
export function formatShortDate(date: IsoDate): string {
  const { day, month, year } = dateParts(date);
  return `${day} ${month.slice(0, 3)} ${year}`;
}

/** The UK calendar date of an instant, "24 Nov 2026". */
export function shortDateOf(instant: IsoDateTime): string {
  return formatShortDate(londonDateOf(instant));
}

/** The UK calendar date of an instant, "24 November 2026". */
export function longDateOf(instant: IsoDateTime): string {
  return formatLongDate(londonDateOf(instant));
}

const METHODS: Record<DiscussionMethod, string> = {
  meeting: 'Meeting',
  phone: 'Phone call',
  'video-call': 'Video call',
  email: 'E-mail',
  letter: 'Letter',
  other: 'Discussion',
};

/** How a discussion took place, as a noun phrase: "Phone call". */
export function methodLabel(method: DiscussionMethod): string {
  return METHODS[method];
}

/** The stages and urgent routes of a pack, as far as the form names them. */
export interface StageNames {
  readonly stages: readonly Pick<Stage, 'id' | 'label' | 'title'>[];
  readonly urgentRoutes: readonly Pick<UrgentRoute, 'id' | 'title'>[];
}

/**
 * A stage or urgent route as the form names it: "Stage 2: Line managers", "Urgent route: Child at
 * imminent risk"; the id when the pack does not know it. A discussion names only an id, so a
 * `stage` that is not one of the pack's stages is looked up among its urgent routes too.
 */
export function stageName(pack: StageNames, visit: Pick<StageVisit, 'kind' | 'stageId'>): string {
  const stage =
    visit.kind === 'stage'
      ? pack.stages.find((candidate) => candidate.id === visit.stageId)
      : undefined;
  if (stage) return stage.label ? `${stage.label}: ${stage.title}` : stage.title;
  const route = pack.urgentRoutes.find((candidate) => candidate.id === visit.stageId);
  return route ? `Urgent route: ${route.title}` : visit.stageId;
}

/** A professional as the form names them: "Zoë Fairweather, Social worker, Northshire Council". */
export function professionalLine(person: { name: string; role: string; agency: string }): string {
  return [person.name, person.role, person.agency]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}
