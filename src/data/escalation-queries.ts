// Finding escalations without decrypting them: every query here uses the clear, non-identifying
// index fields only, through indexes, so its cost does not grow with the number of records.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './database';
import type { EscalationRow } from './db';
import { summarise, type EscalationSummary } from './escalations-repository';

/** What the home screen shows first: overdue, due today, then open records by due date. */
export interface DashboardData {
  overdue: EscalationSummary[];
  overdueCount: number;
  dueToday: EscalationSummary[];
  dueTodayCount: number;
  upcoming: EscalationSummary[];
  openCount: number;
  openByStage: { stageKey: string; count: number }[];
  preparedNotifications: number;
}

/**
 * Reads the dashboard. `now` is the current instant and `endOfToday` the last instant of today in
 * UK time, both ISO strings (the clock is read by the caller). Each list holds at most `limit`.
 */
export async function readDashboard(
  now: string,
  endOfToday: string,
  limit = 20,
): Promise<DashboardData> {
  const db = getDatabase();
  const byDue = db.escalations.where('[status+dueSort]');
  const overdueRange = () => byDue.between(['open', ''], ['open', now], true, false);
  const todayRange = () => byDue.between(['open', now], ['open', endOfToday], true, true);
  const upcomingRange = () => byDue.between(['open', endOfToday], ['open', '\uffff'], false, true);
  const [overdue, overdueCount, dueToday, dueTodayCount, upcoming, openCount, stageKeys, prepared] =
    await Promise.all([
      overdueRange().limit(limit).toArray(),
      overdueRange().count(),
      todayRange().limit(limit).toArray(),
      todayRange().count(),
      upcomingRange().limit(limit).toArray(),
      db.escalations.where('status').equals('open').count(),
      db.escalations
        .where('[status+stageKey]')
        .between(['open', ''], ['open', '\uffff'])
        .uniqueKeys(),
      db.notifications
        .where('[status+preparedAt]')
        .between(['prepared', ''], ['prepared', '\uffff'])
        .count(),
    ]);
  const openByStage = await Promise.all(
    (stageKeys as unknown as [string, string][]).map(async ([, stageKey]) => ({
      stageKey,
      count: await db.escalations.where('[status+stageKey]').equals(['open', stageKey]).count(),
    })),
  );
  return {
    overdue: overdue.map(summarise),
    overdueCount,
    dueToday: dueToday.map(summarise),
    dueTodayCount,
    upcoming: upcoming.map(summarise),
    openCount,
    openByStage,
    preparedNotifications: prepared,
  };
}

/** The dashboard, live: re-reads when any record changes here or in another tab. */
export function useDashboard(now: string, endOfToday: string): DashboardData | undefined {
  return useLiveQuery(() => readDashboard(now, endOfToday), [now, endOfToday]);
}

export interface EscalationFilter {
  status?: string;
  packId?: string;
  categoryId?: string;
  /** Created on or after this date (`YYYY-MM-DD`). */
  createdFrom?: string;
  /** Created on or before this date (`YYYY-MM-DD`). */
  createdTo?: string;
  caseRef?: string;
}

function matches(row: EscalationRow, filter: EscalationFilter): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.packId && row.packId !== filter.packId) return false;
  if (filter.categoryId && !row.categoryIds.includes(filter.categoryId)) return false;
  if (filter.createdFrom && row.createdAt < filter.createdFrom) return false;
  if (filter.createdTo && row.createdAt.slice(0, 10) > filter.createdTo) return false;
  return true;
}

/**
 * Finds escalations, newest first, one page at a time. A case reference goes straight to its index;
 * otherwise the creation-date index is walked newest first and stops as soon as the page is full.
 */
export async function searchEscalations(
  filter: EscalationFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: EscalationSummary[]; hasMore: boolean }> {
  const db = getDatabase();
  if (filter.caseRef) {
    const rows = await db.escalations
      .where('caseRef')
      .equals(filter.caseRef.trim().toUpperCase())
      .toArray();
    return { rows: rows.filter((row) => matches(row, filter)).map(summarise), hasMore: false };
  }
  const upper = filter.createdTo ? `${filter.createdTo}\uffff` : '\uffff';
  const lower = filter.createdFrom ?? '';
  const rows = await db.escalations
    .where('createdAt')
    .between(lower, upper, true, true)
    .reverse()
    .filter((row) => matches(row, filter))
    .offset(page.offset)
    .limit(page.limit + 1)
    .toArray();
  return { rows: rows.slice(0, page.limit).map(summarise), hasMore: rows.length > page.limit };
}

/** Search results, live. */
export function useEscalationSearch(
  filter: EscalationFilter,
  page: { offset: number; limit: number },
): { rows: EscalationSummary[]; hasMore: boolean } | undefined {
  return useLiveQuery(
    () => searchEscalations(filter, page),
    [JSON.stringify(filter), page.offset, page.limit],
  );
}
