// Finding escalations without decrypting them: every query here uses the clear, non-identifying
// index fields only, through indexes, so its cost does not grow with the number of records. The
// dashboard's counts come from counts kept as records change (./open-counts.ts): IndexedDB counts
// a range by walking it, which grows with the records.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDateTime } from '../domain/calendar/iso-date';
import type { DueRecord } from '../domain/escalation/due-reminders';
import type { ClientIdentity } from '../domain/escalation/escalation';
import { getDatabase } from './database';
import type { EscalationRow } from './db';
import { splitClientPayload, summarise, type EscalationSummary } from './escalations-repository';
import { countUnsentNotifications } from './notifications-repository';
import { readOpenCounts } from './open-counts';
import { isUnlocked, unseal, useVaultState } from './vault-session';

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
  const today = now.slice(0, 10);
  // Earlier days come from the kept counts; only today's records due before now are counted here.
  const overdueTodayRange = () => byDue.between(['open', today], ['open', now], true, false);
  const overdueRange = () => byDue.between(['open', ''], ['open', now], true, false);
  const todayRange = () => byDue.between(['open', now], ['open', endOfToday], true, true);
  const upcomingRange = () => byDue.between(['open', endOfToday], ['open', '\uffff'], false, true);
  const [overdue, overdueToday, dueToday, dueTodayCount, upcoming, counts, prepared] =
    await Promise.all([
      overdueRange().limit(limit).toArray(),
      overdueTodayRange().count(),
      todayRange().limit(limit).toArray(),
      todayRange().count(),
      upcomingRange().limit(limit).toArray(),
      readOpenCounts(db, today),
      countUnsentNotifications(),
    ]);
  const openByStage = counts.byStage;
  const overdueCount = counts.dueBefore + overdueToday;
  const openCount = openByStage.reduce((sum, stage) => sum + stage.count, 0);
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
  /**
   * Part of the child's or adult's name (or a sibling's or family member's). Needs the vault
   * unlocked: the names are sealed, so this is the one search that decrypts, and only the client
   * rows (small), never the records.
   */
  clientName?: string;
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
  if (filter.clientName?.trim()) return searchByClientName(filter, page);
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
  const vault = useVaultState();
  return useLiveQuery(
    () => searchEscalations(filter, page),
    [JSON.stringify(filter), page.offset, page.limit, vault],
  );
}

/** How a record's client is shown in lists while unlocked. */
export interface ClientLabel {
  /** "Ava Smith (Avie)": first and last name, with the preferred name when there is one. */
  name: string;
  /** "A.S." */
  initials: string;
}

function labelOf(client: ClientIdentity): ClientLabel {
  const { firstName, lastName, preferredName } = client.child;
  const full = [firstName, lastName].filter(Boolean).join(' ');
  const name = preferredName && preferredName !== firstName ? `${full} (${preferredName})` : full;
  const initials = [firstName, lastName]
    .filter((part): part is string => Boolean(part?.trim()))
    .map((part) => `${part.trim().charAt(0).toUpperCase()}.`)
    .join('');
  return { name, initials };
}

/**
 * The client's name and initials for each of `ids` (the rows on screen), decrypting only those
 * client rows. Empty while the vault is locked; a row that cannot be decrypted is left out.
 */
export async function readClientLabels(ids: readonly string[]): Promise<Map<string, ClientLabel>> {
  const labels = new Map<string, ClientLabel>();
  if (!isUnlocked() || ids.length === 0) return labels;
  const rows = await getDatabase().clients.bulkGet([...ids]);
  await Promise.all(
    rows.map(async (row) => {
      if (!row) return;
      try {
        const payload = await unseal<Record<string, unknown>>(
          'clients',
          row.escalationId,
          row.sealed,
        );
        labels.set(row.escalationId, labelOf(splitClientPayload(payload).client));
      } catch {
        // A damaged row shows as its case reference only; the record page says what is wrong.
      }
    }),
  );
  return labels;
}

/** The client labels of the rows on screen, decrypted lazily after the rows arrive; empty while locked. */
export function useClientLabels(ids: readonly string[]): Map<string, ClientLabel> {
  const vault = useVaultState();
  const key = ids.join(',');
  const [labels, setLabels] = useState<{ key: string; labels: Map<string, ClientLabel> }>();
  useEffect(() => {
    if (vault !== 'unlocked') return;
    let current = true;
    void readClientLabels(key === '' ? [] : key.split(',')).then((read) => {
      if (current) setLabels({ key, labels: read });
    });
    return () => {
      current = false;
    };
  }, [key, vault]);
  return vault === 'unlocked' && labels ? labels.labels : NO_LABELS;
}

const NO_LABELS = new Map<string, ClientLabel>();

function nameWords(client: ClientIdentity): string {
  const people = [client.child, ...(client.siblings ?? []), ...(client.familyMembers ?? [])];
  return people
    .flatMap((person) => [person.firstName, person.lastName])
    .concat(client.child.preferredName, client.child.middleNames)
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase('en-GB');
}

async function searchByClientName(
  filter: EscalationFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: EscalationSummary[]; hasMore: boolean }> {
  if (!isUnlocked()) return { rows: [], hasMore: false };
  const db = getDatabase();
  const wanted = (filter.clientName ?? '').trim().toLocaleLowerCase('en-GB').split(/\s+/);
  const clients = await db.clients.toArray();
  const found: string[] = [];
  for (const row of clients) {
    try {
      const payload = await unseal<Record<string, unknown>>(
        'clients',
        row.escalationId,
        row.sealed,
      );
      const words = nameWords(splitClientPayload(payload).client);
      if (wanted.every((word) => words.includes(word))) found.push(row.escalationId);
    } catch {
      // A damaged row cannot be searched by name.
    }
  }
  const rows = (await db.escalations.bulkGet(found))
    .filter((row): row is EscalationRow => row !== undefined)
    .filter((row) => matches(row, filter))
    .filter((row) => !filter.caseRef || row.caseRef === filter.caseRef.trim().toUpperCase())
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const pageRows = rows.slice(page.offset, page.offset + page.limit);
  return { rows: pageRows.map(summarise), hasMore: rows.length > page.offset + page.limit };
}

/**
 * Every open, non-example record that has a due date, soonest first, as the clear fields a
 * reminder needs (no decryption, so nothing identifying can reach a calendar file from here).
 */
export async function readOpenDueRecords(): Promise<DueRecord[]> {
  const rows = await getDatabase()
    .escalations.where('[status+dueSort]')
    .between(['open', ''], ['open', '~'], true, false)
    .filter((row) => row.example === 0)
    .toArray();
  return rows.map(dueRecordOf);
}

/** One record's reminder fields, or null when it is closed or has no due date. */
export async function readDueRecord(id: string): Promise<DueRecord | null> {
  const row = await getDatabase().escalations.get(id);
  if (!row || row.status !== 'open' || row.dueSort === '~') return null;
  return dueRecordOf(row);
}

function dueRecordOf(row: EscalationRow): DueRecord {
  return {
    id: row.id,
    caseRef: row.caseRef,
    packId: row.packId,
    stageId: row.stageKey.slice(row.packId.length + 1),
    dueAt: row.dueSort as IsoDateTime,
  };
}
