// The register's kept counts, so no screen counts through every entry: one row per cell (entries
// with the same filterable facts) with its count, for the table's totals and filter counts; one
// row per month with the themes' tally and each cell's count that month (for a date filter). Every write to registerEntries updates them in
// the same transaction (docs/decisions/0042-register-read-through-indexes-and-kept-tallies.md).
import {
  cellKeyOf,
  facetsOf,
  type RegisterFacets,
  type RegisterListItem,
} from '../domain/register/register-filter';
import {
  addTally,
  countEntry,
  emptyTally,
  hasNegative,
  setCount,
  type ThemesTally,
} from '../domain/register/register-tally';
import {
  REGISTER_NEEDS_INDEXING,
  type EscalateDatabase,
  type RegisterCellRow,
  type RegisterMonthRow,
} from './db';
import { getDatabase } from './database';
import { registerIndexFields } from './register-index';

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
  const months = new Map<string, { tally: ThemesTally; cells: Record<string, number> }>();
  const cells = new Map<string, { facets: RegisterFacets; by: number }>();
  const count = (item: Counted, by: 1 | -1) => {
    if (!item) return;
    const month = item.receivedOn.slice(0, 7);
    const change = months.get(month) ?? { tally: emptyTally(), cells: {} };
    countEntry(change.tally, item, by);
    const facets = facetsOf(item);
    const cell = cellKeyOf(facets);
    setCount(change.cells, cell, (change.cells[cell] ?? 0) + by);
    months.set(month, change);
    const cellChange = cells.get(cell) ?? { facets, by: 0 };
    cellChange.by += by;
    cells.set(cell, cellChange);
  };
  for (const item of before) count(item, -1);
  for (const item of after) count(item, 1);

  const monthKeys = [...months.keys()];
  const cellKeys = [...cells.keys()];
  const [storedMonths, storedCells] = await Promise.all([
    db.registerMonths.bulkGet(monthKeys),
    db.registerCells.bulkGet(cellKeys),
  ]);
  const nextMonths = monthKeys.map((month, index): RegisterMonthRow => {
    const stored = storedMonths[index];
    const tally = stored?.tally ?? emptyTally();
    const counts = { ...stored?.cells };
    const change = months.get(month);
    if (change) {
      addTally(tally, change.tally);
      for (const [cell, by] of Object.entries(change.cells))
        setCount(counts, cell, (counts[cell] ?? 0) + by);
    }
    return { month, tally, cells: counts };
  });
  const nextCells = cellKeys.map((cell, index): RegisterCellRow => {
    const change = cells.get(cell);
    const facets = storedCells[index]?.facets ?? change?.facets;
    return {
      cell,
      facets: facets as RegisterFacets,
      count: (storedCells[index]?.count ?? 0) + (change?.by ?? 0),
    };
  });
  if (
    nextMonths.some(
      (row) => hasNegative(row.tally) || Object.values(row.cells).some((value) => value < 0),
    ) ||
    nextCells.some((row) => row.count < 0)
  ) {
    // Only possible if a write once went round these counts: count again from the entries.
    await recountRegisterCounts(db);
    return;
  }
  await Promise.all([
    db.registerMonths.bulkPut(nextMonths.filter((row) => row.tally.total > 0)),
    db.registerMonths.bulkDelete(
      nextMonths.filter((row) => row.tally.total === 0).map((row) => row.month),
    ),
    db.registerCells.bulkPut(nextCells.filter((row) => row.count > 0)),
    db.registerCells.bulkDelete(nextCells.filter((row) => row.count === 0).map((row) => row.cell)),
  ]);
}

/**
 * Counts every entry again from its clear facts (nothing is decrypted): after a restore, at the
 * schema upgrade, or to repair. Inside a transaction with the three tables.
 */
export async function recountRegisterCounts(db: RegisterCountTables): Promise<void> {
  const months = new Map<string, RegisterMonthRow>();
  const cells = new Map<string, RegisterCellRow>();
  await db.registerEntries.each((item) => {
    const month = item.receivedOn.slice(0, 7);
    const monthRow = months.get(month) ?? { month, tally: emptyTally(), cells: {} };
    countEntry(monthRow.tally, item, 1);
    const facets = facetsOf(item);
    const cell = cellKeyOf(facets);
    monthRow.cells[cell] = (monthRow.cells[cell] ?? 0) + 1;
    months.set(month, monthRow);
    const cellRow = cells.get(cell) ?? { cell, facets, count: 0 };
    cellRow.count += 1;
    cells.set(cell, cellRow);
  });
  await Promise.all([db.registerMonths.clear(), db.registerCells.clear()]);
  await Promise.all([
    db.registerMonths.bulkPut([...months.values()]),
    db.registerCells.bulkPut([...cells.values()]),
  ]);
}

/**
 * Gives the entries of a register from before schema version 5 their index fields and counts
 * them, once (the upgrade marks such a register; a register page calls this before reading).
 * Nothing is decrypted. Returns true when it had to.
 */
export async function indexRegisterIfNeeded(): Promise<boolean> {
  const db = getDatabase();
  const tables = [db.settings, db.registerEntries, db.registerCells, db.registerMonths];
  return db.transaction('rw', tables, async () => {
    if (!(await db.settings.get(REGISTER_NEEDS_INDEXING))) return false;
    await db.registerEntries.toCollection().modify((row) => {
      Object.assign(row, registerIndexFields(row));
    });
    await recountRegisterCounts(db);
    await db.settings.delete(REGISTER_NEEDS_INDEXING);
    return true;
  });
}
