// The register's kept counts, so no screen counts through every entry: one row per cell (entries
// with the same filterable facts) counted by month received, for the table's totals and filter
// counts; one row per month with the themes' tally. Every write to registerEntries updates them in
// the same transaction (docs/decisions/0042-register-read-through-indexes-and-kept-tallies.md).
import { cellKeyOf, facetsOf, type RegisterListItem } from '../domain/register/register-filter';
import {
  addTally,
  countEntry,
  emptyTally,
  hasNegative,
  setCount,
  type ThemesTally,
} from '../domain/register/register-tally';
import type { EscalateDatabase, RegisterCellRow, RegisterMonthRow } from './db';

/** The tables the counts are kept from and in (the database, or an upgrade's own tables). */
export type RegisterCountTables = Pick<
  EscalateDatabase,
  'registerEntries' | 'registerCells' | 'registerMonths'
>;

type Counted = RegisterListItem | undefined;

/**
 * Moves the counts from the entries `before` (as stored; undefined for a new entry) to `after`
 * (undefined for a deleted one). Call inside the transaction that writes the entries, with
 * registerCells and registerMonths in its scope.
 */
export async function adjustRegisterCounts(
  db: RegisterCountTables,
  before: readonly Counted[],
  after: readonly Counted[],
): Promise<void> {
  const months = new Map<string, ThemesTally>();
  const cells = new Map<string, { row: RegisterCellRow; delta: Map<string, number> }>();
  const count = (item: Counted, by: 1 | -1) => {
    if (!item) return;
    const month = item.receivedOn.slice(0, 7);
    const tally = months.get(month) ?? emptyTally();
    countEntry(tally, item, by);
    months.set(month, tally);
    const facets = facetsOf(item);
    const cell = cellKeyOf(facets);
    const change = cells.get(cell) ?? { row: { cell, facets, months: {} }, delta: new Map() };
    change.delta.set(month, (change.delta.get(month) ?? 0) + by);
    cells.set(cell, change);
  };
  for (const item of before) count(item, -1);
  for (const item of after) count(item, 1);

  const monthKeys = [...months.keys()];
  const cellKeys = [...cells.keys()];
  const [storedMonths, storedCells] = await Promise.all([
    db.registerMonths.bulkGet(monthKeys),
    db.registerCells.bulkGet(cellKeys),
  ]);
  const nextMonths = monthKeys.map((month, index) => {
    const tally = storedMonths[index]?.tally ?? emptyTally();
    addTally(tally, months.get(month) ?? emptyTally());
    return { month, tally };
  });
  const nextCells = cellKeys.map((cell, index) => {
    const change = cells.get(cell);
    const row = storedCells[index] ?? change?.row ?? { cell, facets: undefined, months: {} };
    const next = { ...row.months };
    for (const [month, by] of change?.delta ?? []) {
      setCount(next, month, (next[month] ?? 0) + by);
    }
    return { ...row, months: next } as RegisterCellRow;
  });
  if (
    nextMonths.some((row) => hasNegative(row.tally)) ||
    nextCells.some((row) => Object.values(row.months).some((value) => value < 0))
  ) {
    // Only possible if a write once went round these counts: count again from the entries.
    await recountRegisterCounts(db);
    return;
  }
  const emptyCell = (row: RegisterCellRow) => Object.keys(row.months).length === 0;
  await Promise.all([
    db.registerMonths.bulkPut(nextMonths.filter((row) => row.tally.total > 0)),
    db.registerMonths.bulkDelete(
      nextMonths.filter((row) => row.tally.total === 0).map((r) => r.month),
    ),
    db.registerCells.bulkPut(nextCells.filter((row) => !emptyCell(row))),
    db.registerCells.bulkDelete(nextCells.filter(emptyCell).map((row) => row.cell)),
  ]);
}

/**
 * Counts every entry again from its clear facts (nothing is decrypted): after a restore, at the
 * schema upgrade, or to repair. Inside a transaction with the three tables.
 */
export async function recountRegisterCounts(db: RegisterCountTables): Promise<void> {
  const months = new Map<string, ThemesTally>();
  const cells = new Map<string, RegisterCellRow>();
  await db.registerEntries.each((item) => {
    const month = item.receivedOn.slice(0, 7);
    const tally = months.get(month) ?? emptyTally();
    countEntry(tally, item, 1);
    months.set(month, tally);
    const facets = facetsOf(item);
    const cell = cellKeyOf(facets);
    const row = cells.get(cell) ?? { cell, facets, months: {} };
    row.months[month] = (row.months[month] ?? 0) + 1;
    cells.set(cell, row);
  });
  await Promise.all([db.registerMonths.clear(), db.registerCells.clear()]);
  await Promise.all([
    db.registerMonths.bulkPut(
      [...months].map(([month, tally]): RegisterMonthRow => ({ month, tally })),
    ),
    db.registerCells.bulkPut([...cells.values()]),
  ]);
}
