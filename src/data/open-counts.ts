// The dashboard's counts kept as they change, so the first screen never counts through every record
// (IndexedDB counts a range by walking it). One row per stage (`stage <packId/stageId>`) and one per
// due day (`due <YYYY-MM-DD>`, the UTC date of the due instant), each the number of open records in
// it. Every write to the escalations table updates them in the same transaction
// (docs/decisions/0038-maintained-dashboard-counts.md).
import type { EscalateDatabase, EscalationRow, OpenCountRow } from './db';

/** The two tables the counts are kept from and in (the database, or an upgrade's own tables). */
export type CountTables = Pick<EscalateDatabase, 'escalations' | 'openCounts'>;

type CountedFields = Pick<EscalationRow, 'status' | 'stageKey' | 'dueSort'>;

const STAGE = 'stage ';
const DUE = 'due ';
const NO_DUE_DATE = '~';

function keysOf(row: CountedFields | undefined): string[] {
  if (!row || row.status !== 'open') return [];
  const keys = [`${STAGE}${row.stageKey}`];
  if (row.dueSort !== NO_DUE_DATE) keys.push(`${DUE}${row.dueSort.slice(0, 10)}`);
  return keys;
}

/**
 * Moves the counts from the rows `before` (as stored, or undefined for a new row) to the rows
 * `after` (undefined for a deleted row). Call inside the transaction that writes the rows, after
 * writing them, with `db.openCounts` in its scope.
 */
export async function adjustOpenCounts(
  db: CountTables,
  before: readonly (CountedFields | undefined)[],
  after: readonly (CountedFields | undefined)[],
): Promise<void> {
  const delta = new Map<string, number>();
  for (const key of before.flatMap(keysOf)) delta.set(key, (delta.get(key) ?? 0) - 1);
  for (const key of after.flatMap(keysOf)) delta.set(key, (delta.get(key) ?? 0) + 1);
  const changed = [...delta].filter(([, by]) => by !== 0);
  if (changed.length === 0) return;
  const stored = await db.openCounts.bulkGet(changed.map(([key]) => key));
  const next = changed.map(([key, by], i) => ({ key, count: (stored[i]?.count ?? 0) + by }));
  if (next.some((row) => row.count < 0)) {
    // Only possible if a write once bypassed these counts: count again from the records.
    await recountOpenCounts(db);
    return;
  }
  await db.openCounts.bulkPut(next.filter((row) => row.count > 0));
  await db.openCounts.bulkDelete(next.filter((row) => row.count === 0).map((row) => row.key));
}

/**
 * Counts every open record again from the indexes (no row is read or decrypted): after a restore,
 * at the schema upgrade, or to repair. Inside a transaction with escalations and openCounts.
 */
export async function recountOpenCounts(db: CountTables): Promise<void> {
  const open = (index: '[status+stageKey]' | '[status+dueSort]') =>
    db.escalations.where(index).between(['open', ''], ['open', '\uffff'], true, true).keys();
  const [stageKeys, dueKeys] = await Promise.all([
    open('[status+stageKey]'),
    open('[status+dueSort]'),
  ]);
  const rows = new Map<string, number>();
  const add = (key: string) => rows.set(key, (rows.get(key) ?? 0) + 1);
  for (const [, stageKey] of stageKeys as unknown as [string, string][]) add(`${STAGE}${stageKey}`);
  for (const [, dueSort] of dueKeys as unknown as [string, string][])
    if (dueSort !== NO_DUE_DATE) add(`${DUE}${dueSort.slice(0, 10)}`);
  await db.openCounts.clear();
  await db.openCounts.bulkPut([...rows].map(([key, count]) => ({ key, count })));
}

/** What the dashboard needs from the counts: open records by stage and those due before a day. */
export async function readOpenCounts(
  db: CountTables,
  beforeDay: string,
): Promise<{ byStage: { stageKey: string; count: number }[]; dueBefore: number }> {
  const [stages, due] = await Promise.all([
    db.openCounts.where('key').startsWith(STAGE).toArray(),
    db.openCounts.where('key').between(DUE, `${DUE}${beforeDay}`, true, false).toArray(),
  ]);
  return {
    byStage: stages.map((row: OpenCountRow) => ({
      stageKey: row.key.slice(STAGE.length),
      count: row.count,
    })),
    dueBefore: due.reduce((sum, row) => sum + row.count, 0),
  };
}
