// Read-only questions the dashboard and the record page ask of escalation records: where a record
// is, when it is due, which comes first, and its history in time order.
import { describeDue, workingDaysLeft, type DueDateOptions } from '../calendar/due-dates';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { instantMs, londonDateOf } from '../calendar/london-time';
import type { AuditEvent, Discussion, Escalation, StageVisit } from './escalation';
import { stageIndex, type PackForMachine } from './escalation-pack';
import { describeClosure } from './escalation-text';
import { openVisit } from './stage-visits';

/** The visit the record is at; for a closed record, the last one (where it closed). */
export function currentVisit(escalation: Pick<Escalation, 'stageHistory'>): StageVisit | null {
  return escalation.stageHistory.at(-1) ?? null;
}

/** Where a record is in its pack: a stage with its position (from 1), or an urgent route. */
export type CurrentStage<P extends PackForMachine> =
  | { kind: 'stage'; stage: P['stages'][number]; position: number; of: number }
  | { kind: 'urgent-route'; route: P['urgentRoutes'][number] };

/**
 * The pack's stage or urgent route for {@link currentVisit}, typed as the pack passed in (so a whole
 * `PolicyPack` gives whole stages); null when the pack does not know it or the record has no visit.
 */
export function currentStage<P extends PackForMachine>(
  escalation: Pick<Escalation, 'stageHistory'>,
  pack: P,
): CurrentStage<P> | null {
  const visit = currentVisit(escalation);
  if (visit === null) return null;
  if (visit.kind === 'urgent-route') {
    const route = pack.urgentRoutes.find((candidate) => candidate.id === visit.stageId);
    return route === undefined ? null : { kind: 'urgent-route', route };
  }
  const index = stageIndex(pack, visit.stageId);
  const stage = pack.stages[index];
  return stage === undefined
    ? null
    : { kind: 'stage', stage, position: index + 1, of: pack.stages.length };
}

/**
 * How pressing a record is. `act-now`: the stage's timescale is immediate (it was due the moment it
 * started), so it reads "act now" from the start and never "overdue" (decision record 0013).
 */
export type DueKind = 'act-now' | 'overdue' | 'due-today' | 'upcoming' | 'no-due-date' | 'closed';

/** True for a visit due the instant it started: a stage or urgent route whose timescale is immediate. */
export function isActNow(visit: Pick<StageVisit, 'enteredAt' | 'dueAt' | 'leftAt'>): boolean {
  return visit.leftAt === null && visit.dueAt !== null && visit.dueAt === visit.enteredAt;
}

/** How pressing a record is, the working days left (negative when late) and a phrase saying so. */
export interface DueState {
  kind: DueKind;
  /** Working days from today to the due date: 0 due today, negative overdue; null if no due date. */
  workingDaysLeft: number | null;
  /** Lower-case, for use after a label: "due today by 17:00", "resolved on 3 March 2026". */
  text: string;
}

/** The open visit's due date and time, or null when closed or no timescale is stated. */
function openDue(
  escalation: Escalation,
): (Pick<StageVisit, 'dueDate' | 'dueAt'> & { dueDate: IsoDate }) | null {
  const visit = escalation.status === 'open' ? openVisit(escalation) : undefined;
  return visit === undefined || visit.dueDate === null
    ? null
    : { ...visit, dueDate: visit.dueDate };
}

function dueKind(escalation: Escalation, today: IsoDate, now: IsoDateTime): DueKind {
  if (escalation.status !== 'open') return 'closed';
  const visit = openDue(escalation);
  if (visit === null) return 'no-due-date';
  const open = openVisit(escalation);
  if (open && isActNow(open)) return 'act-now';
  if (visit.dueDate < today) return 'overdue';
  if (visit.dueDate > today) return 'upcoming';
  const late = visit.dueAt !== null && instantMs(now) > instantMs(visit.dueAt);
  return late ? 'overdue' : 'due-today';
}

/**
 * When the current stage of a record is due, seen on `today` at `now` (UK time): overdue (the due
 * date has passed, or it is due today and the due time has passed), due today, upcoming, no due
 * date (the policy states no timescale), or closed; with the text from `describeDue`.
 */
export function dueState(
  escalation: Escalation,
  today: IsoDate,
  now: IsoDateTime,
  calendar: DueDateOptions = {},
): DueState {
  const kind = dueKind(escalation, today, now);
  if (kind === 'closed') {
    return { kind, workingDaysLeft: null, text: describeClosure(escalation) ?? 'closed' };
  }
  const visit = openDue(escalation);
  if (visit === null) {
    return { kind: 'no-due-date', workingDaysLeft: null, text: 'no timescale stated' };
  }
  if (kind === 'act-now') {
    return { kind, workingDaysLeft: null, text: 'act now: the policy asks for this immediately' };
  }
  const dueAt = visit.dueAt ?? undefined;
  return {
    kind,
    workingDaysLeft: workingDaysLeft(visit.dueDate, today, calendar),
    text: describeDue(visit.dueDate, today, { ...calendar, dueAt, now }),
  };
}

const DASHBOARD_ORDER: Readonly<Record<DueKind, number>> = {
  'act-now': 0,
  overdue: 1,
  'due-today': 2,
  upcoming: 3,
  'no-due-date': 4,
  closed: 5,
};

function dueMs(escalation: Escalation): number {
  const dueAt = openVisit(escalation)?.dueAt;
  return dueAt ? instantMs(dueAt) : Number.POSITIVE_INFINITY;
}

/**
 * The records in dashboard order (a new array): act now first, then overdue, then due today, then upcoming,
 * then open with no due date, then closed; within each, the earliest due first, then the most
 * recently changed, then by case reference.
 */
export function sortForDashboard(
  escalations: readonly Escalation[],
  now: IsoDateTime,
): Escalation[] {
  const today = londonDateOf(now);
  const keyed = escalations.map((escalation) => ({
    escalation,
    rank: DASHBOARD_ORDER[dueKind(escalation, today, now)],
    due: dueMs(escalation),
    updated: instantMs(escalation.updatedAt),
  }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.due === b.due ? 0 : a.due < b.due ? -1 : 1) ||
      b.updated - a.updated ||
      a.escalation.caseRef.localeCompare(b.escalation.caseRef),
  );
  return keyed.map((entry) => entry.escalation);
}

/** One line of a record's chronology: an audit event, or a discussion at the time it was held. */
export type ChronologyItem =
  | { kind: 'event'; at: IsoDateTime; event: AuditEvent }
  | { kind: 'discussion'; at: IsoDateTime; discussion: Discussion };

/**
 * Everything that happened on a record, oldest first: its audit events at the time they were
 * made, and its discussions at the time they were held (a discussion held before the record was
 * opened comes first). The audit entries for logging and correcting discussions are left out, as
 * the discussions themselves stand for them. Items at the same instant keep event-then-discussion
 * order, and discussions their log order.
 */
export function chronology(
  escalation: Pick<Escalation, 'id'>,
  discussions: readonly Discussion[],
  audit: readonly AuditEvent[],
): ChronologyItem[] {
  const events: ChronologyItem[] = audit
    .filter((event) => event.escalationId === escalation.id)
    .filter(
      (event) => event.action !== 'discussion-logged' && event.action !== 'discussion-amended',
    )
    .map((event) => ({ kind: 'event', at: event.at, event }));
  const logged: ChronologyItem[] = discussions
    .filter((discussion) => discussion.escalationId === escalation.id)
    .sort((a, b) => a.sequence - b.sequence)
    .map((discussion) => ({ kind: 'discussion', at: discussion.heldAt, discussion }));
  return [...events, ...logged].sort((a, b) => instantMs(a.at) - instantMs(b.at));
}

/** An original discussion with its corrections, oldest first; `current` is the latest wording. */
export interface DiscussionLogEntry {
  original: Discussion;
  amendments: Discussion[];
  current: Discussion;
}

/** The original an entry corrects, following corrections of corrections; itself if there is none (or a loop). */
function rootOf(entry: Discussion, byId: ReadonlyMap<string, Discussion>): Discussion {
  const seen = new Set([entry.id]);
  let root = entry;
  for (
    let next = byId.get(root.amends ?? '');
    next !== undefined;
    next = byId.get(root.amends ?? '')
  ) {
    if (seen.has(next.id)) return entry;
    seen.add(next.id);
    root = next;
  }
  return root;
}

/**
 * The discussion log as shown: each original with its corrections after it (both kept), in the
 * order the discussions were held, then logged. A correction whose original is missing is shown
 * as an entry of its own rather than lost.
 */
export function discussionLog(discussions: readonly Discussion[]): DiscussionLogEntry[] {
  const byId = new Map(discussions.map((discussion) => [discussion.id, discussion]));
  const bySequence = [...discussions].sort((a, b) => a.sequence - b.sequence);
  const groups = new Map<string, Discussion[]>();
  for (const entry of bySequence) {
    const root = rootOf(entry, byId);
    if (root !== entry) groups.set(root.id, [...(groups.get(root.id) ?? []), entry]);
  }
  return bySequence
    .filter((entry) => rootOf(entry, byId) === entry)
    .sort((a, b) => instantMs(a.heldAt) - instantMs(b.heldAt) || a.sequence - b.sequence)
    .map((original) => {
      const amendments = groups.get(original.id) ?? [];
      return { original, amendments, current: amendments.at(-1) ?? original };
    });
}
