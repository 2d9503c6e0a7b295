// What the register's screens read: one page of the table through an index (only that page is
// decrypted), the counts from the kept cells, and the themes from the kept monthly tallies. Nothing
// here reads every entry but the export, which the user asks for
// (docs/decisions/0042-register-read-through-indexes-and-kept-tallies.md).
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterEntry } from '../domain/register/register-entry';
import {
  facetsMatch,
  filtersFacets,
  matchesFilter,
  type RegisterFilter,
  type RegisterSort,
  type RegisterSortKey,
} from '../domain/register/register-filter';
import { addTally, emptyTally, tallyOf, type ThemesTally } from '../domain/register/register-tally';
import {
  previousPeriod,
  themesReportOf,
  type Period,
  type ThemesReport,
} from '../domain/register/themes';
import { getDatabase } from './database';
import type { RegisterCellRow, RegisterEntryRow } from './db';
import { newestFirst } from './register-index';
import { openRegisterRow } from './register-repository';
import { useVaultState } from './vault-session';

/** One page of the table, and the counts the page states. */
export interface RegisterPage {
  /** Every entry in the register. */
  readonly total: number;
  /** The entries that pass the filter. */
  readonly matching: number;
  /** The page's entries, opened, in the chosen order. */
  readonly entries: readonly RegisterEntry[];
  /** The partnerships and stages the register holds (for the filters' choices). */
  readonly partnerships: readonly string[];
  readonly stages: readonly string[];
}

export interface RegisterPageQuery {
  readonly filter: RegisterFilter;
  readonly sort: RegisterSort;
  /** From 0. */
  readonly page: number;
  readonly pageSize: number;
}

const LOW = '';
const HIGH = '\uffff';

/** The last day of a month `YYYY-MM`. */
function monthEnd(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The `[…newest…]` index bounds for dates received from `from` to `to` (null: no bound). */
function newestBounds(from: string | null, to: string | null): [string, string] {
  return [to === null ? LOW : newestFirst(to), from === null ? HIGH : newestFirst(from)];
}

/**
 * How many entries of the chosen cells were received between `from` and `to` (null: no bound):
 * from the cells' counts without dates; else from each month's counts of its cells, and a month
 * the range only partly covers by counting the cells' index keys in it.
 */
async function countMatching(
  chosen: readonly RegisterCellRow[],
  from: string | null,
  to: string | null,
): Promise<number> {
  if (from === null && to === null) return chosen.reduce((sum, cell) => sum + cell.count, 0);
  const db = getDatabase();
  const months = await db.registerMonths
    .where('month')
    .between(from?.slice(0, 7) ?? LOW, to?.slice(0, 7) ?? HIGH, true, true)
    .toArray();
  let sum = 0;
  const partly: Promise<number>[] = [];
  for (const { month, cells } of months) {
    const start = `${month}-01`;
    const end = monthEnd(month);
    const whole = (from === null || from <= start) && (to === null || to >= end);
    for (const { cell } of chosen) {
      if (!cells[cell]) continue;
      if (whole) {
        sum += cells[cell] ?? 0;
        continue;
      }
      const [first, last] = newestBounds(
        from !== null && from > start ? from : start,
        to !== null && to < end ? to : end,
      );
      partly.push(
        db.registerEntries
          .where('[cell+newest+caseRef]')
          .between([cell, first, LOW], [cell, last, HIGH], true, true)
          .count(),
      );
    }
  }
  return (await Promise.all(partly)).reduce((total, count) => total + count, sum);
}

const SORT_INDEX: Record<Exclude<RegisterSortKey, 'received'>, string> = {
  caseRef: 'caseRef',
  stage: '[sortStage+caseRef]',
  category: '[sortCategory+caseRef]',
  status: '[status+caseRef]',
  acknowledged: '[sortAcknowledged+caseRef]',
};

/** The entries that pass the filter, in the sort's order, read through its index (not yet cut). */
function sortedMatching(filter: RegisterFilter, sort: RegisterSort) {
  const table = getDatabase().registerEntries;
  let collection;
  if (sort.key === 'received' && sort.direction === 'descending') {
    const [first, last] = newestBounds(filter.from, filter.to);
    collection = table.where('[newest+caseRef]').between([first, LOW], [last, HIGH], true, true);
  } else if (sort.key === 'received') {
    collection = table
      .where('[receivedOn+caseRef]')
      .between([filter.from ?? LOW, LOW], [filter.to ?? HIGH, HIGH], true, true);
  } else {
    collection = table.orderBy(SORT_INDEX[sort.key]);
    if (sort.direction === 'descending') collection = collection.reverse();
  }
  const dated = sort.key !== 'received' && (filter.from !== null || filter.to !== null);
  if (filtersFacets(filter) || dated)
    collection = collection.filter((row) => matchesFilter(row, filter));
  return collection;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rows of one page, newest received first, of the entries in the matching cells: each cell's
 * index gives its first rows in one request, they are merged, and just the page is kept. So a
 * narrow filter reads about a page per cell, whatever the register's size.
 */
async function pageByCells(
  cells: readonly RegisterCellRow[],
  query: RegisterPageQuery,
): Promise<RegisterEntryRow[]> {
  const { filter, page, pageSize } = query;
  const [first, last] = newestBounds(filter.from, filter.to);
  const wanted = (page + 1) * pageSize;
  const lists = await Promise.all(
    cells.map((cell) =>
      getDatabase()
        .registerEntries.where('[cell+newest+caseRef]')
        .between([cell.cell, first, LOW], [cell.cell, last, HIGH], true, true)
        .limit(wanted)
        .toArray(),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => compare(a.newest, b.newest) || compare(a.caseRef, b.caseRef))
    .slice(page * pageSize, wanted);
}

/** When more cells than this match, the page is read by walking the sort index instead. */
const MOST_CELLS_WALKED = 12;

/**
 * One page of the register table for a filter and sort, with the total and the matching count.
 * Reads the kept cells, then only the page: through the cells' index for a filter with the default
 * sort (newest first), else through the column's index (filtered on the clear facts as it goes).
 */
export async function readRegisterPage(query: RegisterPageQuery): Promise<RegisterPage> {
  const { filter, sort, page, pageSize } = query;
  const walk = () =>
    sortedMatching(filter, sort)
      .offset(page * pageSize)
      .limit(pageSize)
      .toArray();
  const byCells =
    sort.key === 'received' && sort.direction === 'descending' && filtersFacets(filter);
  // Unless the page is read by cells, it does not wait for them: both are read at once.
  const [cells, walked] = await Promise.all([
    getDatabase().registerCells.toArray(),
    byCells ? null : walk().then((rows) => Promise.all(rows.map(openRegisterRow))),
  ]);
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const chosen = cells.filter((cell) => facetsMatch(cell.facets, filter));
  const [matching, entries] = await Promise.all([
    countMatching(chosen, filter.from, filter.to),
    walked ??
      (chosen.length <= MOST_CELLS_WALKED ? pageByCells(chosen, query) : walk()).then((rows) =>
        Promise.all(rows.map(openRegisterRow)),
      ),
  ]);
  const partnerships = new Set<string>();
  const stages = new Set<string>();
  for (const { facets } of cells) {
    if (facets.partnership) partnerships.add(facets.partnership);
    if (facets.stage) stages.add(facets.stage);
  }
  return {
    total,
    matching,
    entries,
    partnerships: [...partnerships].sort(),
    stages: [...stages].sort(),
  };
}

/** One page of the register, live; undefined while loading or locked. */
export function useRegisterPage(query: RegisterPageQuery): RegisterPage | undefined {
  const vault = useVaultState();
  const key = JSON.stringify(query);
  return useLiveQuery(
    () =>
      vault === 'unlocked' ? readRegisterPage(JSON.parse(key) as RegisterPageQuery) : undefined,
    [vault, key],
  );
}

/**
 * Every entry that passes the filter, opened, in the table's order: for the CSV and XLSX export
 * (reads and decrypts them all, as the user asked for them all). `progress` hears how many are done.
 */
export async function listMatchingEntries(
  filter: RegisterFilter,
  sort: RegisterSort,
  progress: (done: number, of: number) => void = () => undefined,
): Promise<RegisterEntry[]> {
  const rows = await sortedMatching(filter, sort).toArray();
  let done = 0;
  return Promise.all(
    rows.map(async (row) => {
      const entry = await openRegisterRow(row);
      done += 1;
      if (done % 100 === 0 || done === rows.length) progress(done, rows.length);
      return entry;
    }),
  );
}

/**
 * The themes' tally of the entries received in a period: whole months from the kept monthly
 * tallies, and the days of a month the period only partly covers from those days' entries (read
 * through the date index; nothing is decrypted).
 */
async function tallyOfPeriod(period: Period): Promise<ThemesTally> {
  const db = getDatabase();
  const firstMonth = period.from.slice(0, 7);
  const lastMonth = period.to.slice(0, 7);
  const edges = [firstMonth, lastMonth].filter(
    (month, index, all) =>
      all.indexOf(month) === index && (period.from > `${month}-01` || period.to < monthEnd(month)),
  );
  const [months, edgeRows] = await Promise.all([
    db.registerMonths.where('month').between(firstMonth, lastMonth, true, true).toArray(),
    Promise.all(
      edges.map((month) => {
        const low = period.from > `${month}-01` ? period.from : `${month}-01`;
        const high = period.to < monthEnd(month) ? period.to : monthEnd(month);
        return db.registerEntries
          .where('[receivedOn+caseRef]')
          .between([low, LOW], [high, HIGH], true, true)
          .toArray();
      }),
    ),
  ]);
  const tally = emptyTally();
  for (const row of months) if (!edges.includes(row.month)) addTally(tally, row.tally);
  addTally(tally, tallyOf(edgeRows.flat()));
  return tally;
}

/** The themes report for a period, and the partnership's name for the report's heading. */
export async function readThemes(
  period: Period,
): Promise<{ report: ThemesReport; partnership: string | null }> {
  const [current, before, cell] = await Promise.all([
    tallyOfPeriod(period),
    tallyOfPeriod(previousPeriod(period)),
    getDatabase()
      .registerCells.filter((row) => row.facets.partnership !== '')
      .first(),
  ]);
  return {
    report: themesReportOf(period, current, before),
    partnership: cell?.facets.partnership ?? null,
  };
}

/** The themes for a period, live; undefined while loading or locked. */
export function useThemes(
  period: Period,
): { report: ThemesReport; partnership: string | null } | undefined {
  const vault = useVaultState();
  return useLiveQuery(
    () => (vault === 'unlocked' ? readThemes(period) : undefined),
    [vault, period.from, period.to],
  );
}
