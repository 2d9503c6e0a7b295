// Stage visits: opening one with its due date, closing the open one, and describing when it is due.
import { dueFromTimescale, type DueDateOptions } from '../calendar/due-dates';
import type { IsoDateTime } from '../calendar/iso-date';
import type { Timescale } from '../policy/timescale';
import type { Escalation, StageVisit } from './escalation';
import { longDateTime } from './escalation-text';

/** The visit still open (not yet left), or undefined when there is none (a closed record). */
export function openVisit(escalation: Pick<Escalation, 'stageHistory'>): StageVisit | undefined {
  const last = escalation.stageHistory.at(-1);
  return last !== undefined && last.leftAt === null ? last : undefined;
}

/** A new open visit entered at `now`, due by the timescale (no due date when none is stated). */
export function enterVisit(
  place: Pick<StageVisit, 'kind' | 'stageId' | 'reason'>,
  timescale: Timescale,
  now: IsoDateTime,
  calendar?: DueDateOptions,
): StageVisit {
  const due = dueFromTimescale(timescale, now, calendar);
  return {
    kind: place.kind,
    stageId: place.stageId,
    enteredAt: now,
    dueDate: due?.dueDate ?? null,
    dueAt: due?.dueAt ?? null,
    leftAt: null,
    reason: place.reason,
  };
}

/** The history with every open visit left at `now` (visits already left are unchanged). */
export function leaveOpenVisits(history: readonly StageVisit[], now: IsoDateTime): StageVisit[] {
  return history.map((visit) => (visit.leftAt === null ? { ...visit, leftAt: now } : visit));
}

/** " (due 3 March 2026 at 17:00)", or " (no timescale stated)" when the visit has no due time. */
export function describeVisitDue(visit: Pick<StageVisit, 'dueAt'>): string {
  return visit.dueAt === null ? ' (no timescale stated)' : ` (due ${longDateTime(visit.dueAt)})`;
}
