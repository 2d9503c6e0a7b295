// The six-monthly themes: counts of the register's notifications for a period, compared with the
// period before, each as a table with a one-sentence summary. Pure: the caller passes today.
import type { IsoDate } from '../calendar/iso-date';
import { MONTH_NAMES } from '../calendar/date-words';
import { formatLongDate } from '../notification/notification-wording';
import { resolvedHowLabels, resolvedHows } from '../escalation/theme-choices';
import { agencyTypeLabels, agencyTypes } from '../policy/agency-type';
import { disagreementThemeLabels, disagreementThemes } from './notification-themes';
import type { RegisterListItem } from './register-filter';
import { medianOfHistogram, tallyOf, type ThemesTally } from './register-tally';
import { countOf } from '../plural';

/** A range of received dates, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) =>
  `${year}-${pad(month)}-${pad(day)}` as IsoDate;

/** The half-year (April–September or October–March) that contains `date`. */
export function halfYearOf(date: IsoDate): Period {
  const [year = 0, month = 1] = date.split('-').map(Number);
  if (month >= 4 && month <= 9) return { from: iso(year, 4, 1), to: iso(year, 9, 30) };
  const start = month >= 10 ? year : year - 1;
  return { from: iso(start, 10, 1), to: iso(start + 1, 3, 31) };
}

/** The half-year before `period`'s start. */
export function halfYearBefore(period: Period): Period {
  const [year = 0, month = 1] = period.from.split('-').map(Number);
  return halfYearOf(month === 4 ? iso(year, 3, 1) : iso(year, 9, 1));
}

/** The default period: the last complete half-year before `today`. */
export function lastCompleteHalfYear(today: IsoDate): Period {
  return halfYearBefore(halfYearOf(today));
}

/** "April to September 2026", "October 2025 to March 2026", or "1 May 2026 to 3 June 2026". */
export function periodLabel(period: Period): string {
  const [fromYear, fromMonth, fromDay] = period.from.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  const isHalf =
    halfYearOf(period.from).from === period.from && halfYearOf(period.from).to === period.to;
  if (!isHalf || fromDay !== 1)
    return `${formatLongDate(period.from)} to ${formatLongDate(period.to)}`;
  const from = MONTH_NAMES[fromMonth - 1] ?? '';
  const to = MONTH_NAMES[toMonth - 1] ?? '';
  return fromYear === toYear
    ? `${from} to ${to} ${toYear}`
    : `${from} ${fromYear} to ${to} ${toYear}`;
}

function dayNumber(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromDayNumber(days: number): IsoDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/** The period of the same length just before `period` (for a half-year, the previous half-year). */
export function previousPeriod(period: Period): Period {
  const half = halfYearOf(period.from);
  if (half.from === period.from && half.to === period.to) return halfYearBefore(period);
  const length = dayNumber(period.to) - dayNumber(period.from);
  const to = dayNumber(period.from) - 1;
  return { from: fromDayNumber(to - length), to: fromDayNumber(to) };
}

/** One row of a themes table: a label, its count this period and in the previous one. */
export interface ThemeRow {
  readonly label: string;
  readonly count: number;
  readonly previous: number;
}

/** One chart's data: a table of rows and a one-sentence summary. */
export interface ThemeTable {
  readonly id: string;
  readonly title: string;
  readonly rowHeading: string;
  readonly rows: readonly ThemeRow[];
  readonly summary: string;
}

/** The whole themes report for a period. */
export interface ThemesReport {
  readonly period: Period;
  readonly previous: Period;
  readonly total: number;
  readonly previousTotal: number;
  readonly medianWorkingDays: number | null;
  readonly tables: readonly ThemeTable[];
}

const within = (period: Period) => (item: RegisterListItem) =>
  item.receivedOn >= period.from && item.receivedOn <= period.to;

function rowsFor(
  now: Readonly<Record<string, number>>,
  then: Readonly<Record<string, number>>,
  order: readonly (readonly [string, string])[],
  keepZero = false,
): ThemeRow[] {
  return order
    .map(([key, label]) => ({ label, count: now[key] ?? 0, previous: then[key] ?? 0 }))
    .filter((row) => keepZero || row.count > 0 || row.previous > 0);
}

function change(count: number, previous: number): string {
  if (count === previous) return `the same as the previous period (${previous})`;
  return `${count > previous ? 'up' : 'down'} from ${previous} in the previous period`;
}

/**
 * "A", "A and B", "A, B and C". When a name has a comma or an "and" of its own ("Schools, colleges
 * and early years settings", "Roles and responsibilities") the names are parted by semicolons, so
 * that each reads whole: "Police; Roles and responsibilities; and Communication".
 */
function listOf(items: readonly string[], names: readonly string[] = items): string {
  const last = items.at(-1) ?? '';
  if (items.length < 2) return last;
  const rest = items.slice(0, -1);
  return names.some((name) => name.includes(',') || name.includes(' and '))
    ? `${rest.join('; ')}; and ${last}`
    : `${rest.join(', ')} and ${last}`;
}

/** The rows with the highest count this period, in the table's order; none when every count is 0. */
function topRows<Row extends { readonly count: number }>(rows: readonly Row[]): Row[] {
  const most = Math.max(0, ...rows.map((row) => row.count));
  return most === 0 ? [] : rows.filter((row) => row.count === most);
}

/**
 * How rows that share the top count compare with the previous period, each against its own count:
 * ", up from 0 each in the previous period" when they all had the same, else each one's count.
 */
function changeOfEach(top: readonly ThemeRow[]): string {
  const count = top[0]?.count ?? 0;
  const previous = top[0]?.previous ?? 0;
  if (top.every((row) => row.previous === previous))
    return count === previous
      ? ', the same as in the previous period'
      : `, ${count > previous ? 'up' : 'down'} from ${previous} each in the previous period`;
  const labels = top.map((row) => row.label);
  return `; in the previous period, ${listOf(
    top.map((row) => `${row.label} had ${row.previous}`),
    labels,
  )}`;
}

/** What each table counts, in the plural, for a sentence naming the rows that share the top count. */
const COUNTED_MANY: Readonly<Record<string, string>> = {
  categories: 'categories',
  raising: 'agency types raising a concern',
  receiving: 'agency types a concern was raised with',
  stages: 'stages reached',
};

/**
 * The table's most common row, or every row that shares the top count (a tie is not settled by the
 * table's order), or, when every row has the same count, that none stands out.
 */
function topSummary(rows: readonly ThemeRow[], what: string, many: string): string {
  const tied = topRows(rows);
  if (tied.length > 1) return tiedSummary(tied, rows.length, many);
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  if (!top || top.count === 0) return `No notifications in this period recorded ${what}.`;
  return `${top.label} was the most common ${what}: ${countOf(top.count, 'notification')}, ${change(top.count, top.previous)}.`;
}

/** Rows that share the top count: "A and B were the most common …", or all of them alike. */
function tiedSummary(tied: readonly ThemeRow[], rowCount: number, many: string): string {
  const count = tied[0]?.count ?? 0;
  const names = listOf(tied.map((row) => row.label));
  const each = `with ${countOf(count, 'notification')} each${changeOfEach(tied)}`;
  return tied.length === rowCount
    ? `All the ${many} in this period’s notifications were equally common: ${names}, ${each}.`
    : `${names} were the most common ${many}, ${each}.`;
}

/** The busiest month, or every month that shares the top count, or that all had the same. */
function monthsSummary(
  rows: readonly ThemeRow[],
  current: ThemesTally,
  before: ThemesTally,
): string {
  const top = topRows(rows);
  const first = top[0];
  if (!first)
    return `No notifications were received in this period; ${before.total} in the previous period.`;
  const inAll = `${countOf(current.total, 'notification')} in all, ${change(current.total, before.total)}`;
  if (top.length === 1)
    return `${first.label} had the most notifications (${first.count}); ${inAll}.`;
  if (top.length === rows.length)
    return `Every month had ${countOf(first.count, 'notification')}; ${inAll}.`;
  return `${listOf(top.map((row) => row.label))} had the most notifications (${first.count} each); ${inAll}.`;
}

/** `sentence` when no row has a count this period; else '', and the most common is said. */
function whenNone(rows: readonly ThemeRow[], sentence: string): string {
  return rows.some((row) => row.count > 0) ? '' : sentence;
}

/**
 * The summary of the agencies named in spreadsheet rows, which do not say which agency raised the
 * concern: counting them as raising, or as raised with, would be a guess the board then relies on.
 */
function involvedSummary(rows: readonly ThemeRow[]): string {
  return (
    whenNone(rows, 'No spreadsheet row in this period names a type of agency.') ||
    `${topSummary(
      rows,
      'agency type named in spreadsheet rows',
      'agency types named in spreadsheet rows',
    )} Spreadsheet rows do not say which agency raised the concern, so their agencies are counted here, not in the two tables above.`
  );
}

/** The median of whole numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const DAY_BANDS: readonly (readonly [string, number, number])[] = [
  ['0 to 5 working days', 0, 5],
  ['6 to 10 working days', 6, 10],
  ['11 to 20 working days', 11, 20],
  ['21 to 40 working days', 21, 40],
  ['More than 40 working days', 41, Infinity],
];

function monthsOf(period: Period): [string, string][] {
  const months: [string, string][] = [];
  let [year = 0, month = 1] = period.from.split('-').map(Number);
  const end = period.to.slice(0, 7);
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${pad(month)}`;
    if (key > end) break;
    months.push([key, `${MONTH_NAMES[month - 1] ?? ''} ${year}`]);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const RESOLVED_HOW_ORDER: readonly (readonly [string, string])[] = [
  ...resolvedHows.map((how) => [how, resolvedHowLabels[how]] as const),
  ['not-said', 'Not said'],
];

/**
 * "2 of 5 notifications were resolved, up from 1 in the previous period; 1 does not say whether it
 * was." A notification that does not say (a spreadsheet row) is not counted as not resolved.
 */
function resolvedSummary(resolved: ThemeRow | undefined, total: number, unknown: number): string {
  const count = resolved?.count ?? 0;
  const sentence = `${count} of ${countOf(total, 'notification')} were resolved, ${change(count, resolved?.previous ?? 0)}`;
  if (unknown === 0) return `${sentence}.`;
  return `${sentence}; ${unknown === 1 ? '1 does not say whether it was' : `${unknown} do not say whether they were`}.`;
}

/** "Of the 12 resolved, 7 by agreement between the agencies (up from 4), 3 by …, 2 did not say." */
function resolvedHowSummary(rows: readonly ThemeRow[], resolved: number, unknown: number): string {
  if (resolved === 0)
    return unknown === 0
      ? 'No notification in this period was resolved, so none says how.'
      : 'No notification in this period is known to have been resolved, so none says how.';
  const countOf = (key: string) => {
    const label = RESOLVED_HOW_ORDER.find(([id]) => id === key)?.[1];
    return rows.find((row) => row.label === label) ?? { count: 0, previous: 0 };
  };
  const agreed = countOf('agreement');
  return `Of the ${resolved} resolved, ${agreed.count} ${agreed.count === 1 ? 'was' : 'were'} resolved by agreement between the agencies, ${change(agreed.count, agreed.previous)}; ${countOf('senior-decision').count} by a senior manager’s decision, ${countOf('partly').count} only partly, and ${countOf('not-said').count} did not say how.`;
}

/** Builds the themes report for `period` from every entry in the register. */
export function buildThemesReport(
  items: readonly RegisterListItem[],
  period: Period,
): ThemesReport {
  const previous = previousPeriod(period);
  return themesReportOf(
    period,
    tallyOf(items.filter(within(period))),
    tallyOf(items.filter(within(previous))),
  );
}

/** The entries' working days in each band of the distribution table. */
function bandCounts(workingDays: Readonly<Record<string, number>>): Record<string, number> {
  const bands: Record<string, number> = {};
  for (const [days, count] of Object.entries(workingDays)) {
    const value = Number(days);
    const band = DAY_BANDS.find(([, low, high]) => value >= low && value <= high);
    if (band) bands[band[0]] = (bands[band[0]] ?? 0) + count;
  }
  return bands;
}

/**
 * Builds the themes report for `period` from the tallies of its entries and of the previous
 * period's (`previousPeriod(period)`): the same report as counting the entries themselves.
 */
export function themesReportOf(
  period: Period,
  current: ThemesTally,
  before: ThemesTally,
): ThemesReport {
  const previous = previousPeriod(period);
  const themeOrder = disagreementThemes.map(
    (theme) => [theme, disagreementThemeLabels[theme]] as const,
  );
  const agencyOrder = agencyTypes.map((type) => [type, agencyTypeLabels[type]] as const);
  const stageNames = Object.entries({ ...before.stageOrders, ...current.stageOrders })
    .filter(([name]) => name !== '')
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([name]) => [name, name] as const);
  const medianDays = medianOfHistogram(current.workingDays);
  const months = monthsOf(period);
  const monthRows = rowsFor(current.months, {}, months, true);
  const resolution = rowsFor(current.resolved, before.resolved, [
    ['resolved', 'Resolved'],
    ['unresolved', 'Not resolved'],
    ['unknown', 'Not known'],
  ]);
  const resolvedRow = resolution.find((row) => row.label === 'Resolved');
  const unknown = current.resolved.unknown ?? 0;
  const howRows = rowsFor(current.how, before.how, RESOLVED_HOW_ORDER);
  const raisingRows = rowsFor(current.raising, before.raising, agencyOrder);
  const receivingRows = rowsFor(current.receiving, before.receiving, agencyOrder);
  const involvedRows = rowsFor(current.involved, before.involved, agencyOrder);
  const tables: ThemeTable[] = [
    {
      id: 'categories',
      title: 'What the disagreements were about',
      rowHeading: 'Category',
      rows: rowsFor(current.themes, before.themes, themeOrder),
      summary: '',
    },
    {
      id: 'raising',
      title: 'Agencies raising the concern',
      rowHeading: 'Agency type',
      rows: raisingRows,
      summary: whenNone(
        raisingRows,
        'No notification in this period says which type of agency raised the concern.',
      ),
    },
    {
      id: 'receiving',
      title: 'Agencies the concern was raised with',
      rowHeading: 'Agency type',
      rows: receivingRows,
      summary: whenNone(
        receivingRows,
        'No notification in this period says which type of agency the concern was raised with.',
      ),
    },
    // Only when the register holds spreadsheet rows naming agencies, this period or the last.
    ...(involvedRows.length === 0
      ? []
      : [
          {
            id: 'involved',
            title: 'Agencies named in spreadsheet rows',
            rowHeading: 'Agency type',
            rows: involvedRows,
            summary: involvedSummary(involvedRows),
          },
        ]),
    {
      id: 'stages',
      title: 'Stage reached',
      rowHeading: 'Stage',
      rows: rowsFor(current.stages, before.stages, stageNames),
      summary: '',
    },
    {
      id: 'resolved',
      title: 'Resolved or not',
      rowHeading: 'Outcome',
      rows: resolution,
      summary: resolvedSummary(resolvedRow, current.total, unknown),
    },
    {
      id: 'resolved-how',
      title: 'How the resolved disagreements were resolved',
      rowHeading: 'How resolved',
      rows: howRows,
      summary: resolvedHowSummary(howRows, resolvedRow?.count ?? 0, unknown),
    },
    {
      id: 'working-days',
      title: 'Working days from start to resolution',
      rowHeading: 'Working days',
      rows: rowsFor(
        bandCounts(current.workingDays),
        bandCounts(before.workingDays),
        DAY_BANDS.map(([label]) => [label, label] as const),
        true,
      ),
      summary:
        medianDays === null
          ? 'No notification in this period gave the working days to resolution.'
          : `Half of the resolved disagreements took ${countOf(medianDays, 'working day')} or fewer (the median), against ${medianOfHistogram(before.workingDays) ?? 'none recorded'} in the previous period.`,
    },
    {
      id: 'months',
      title: 'Month by month',
      rowHeading: 'Month received',
      rows: monthRows.map((row) => ({ ...row, previous: 0 })),
      summary: monthsSummary(monthRows, current, before),
    },
  ];
  const summaries: Record<string, string> = {
    categories: 'category',
    raising: 'agency type raising a concern',
    receiving: 'agency type a concern was raised with',
    stages: 'stage reached',
  };
  return {
    period,
    previous,
    total: current.total,
    previousTotal: before.total,
    medianWorkingDays: medianDays,
    tables: tables.map((table) =>
      table.summary
        ? table
        : {
            ...table,
            summary: topSummary(
              table.rows,
              summaries[table.id] ?? table.title,
              COUNTED_MANY[table.id] ?? table.title,
            ),
          },
    ),
  };
}

/**
 * Every table of the report as rows for CSV or XLSX: table, row label, this period, previous.
 * `periodName` names this period's column ("October 2026 to March 2027 (so far)" while it runs).
 */
export function themesTable(
  report: ThemesReport,
  periodName = periodLabel(report.period),
): string[][] {
  return [
    ['Table', 'Row', periodName, periodLabel(report.previous)],
    ...report.tables.flatMap((table) =>
      table.rows.map((row) => [
        table.title,
        row.label,
        String(row.count),
        table.id === 'months' ? '' : String(row.previous),
      ]),
    ),
  ];
}
