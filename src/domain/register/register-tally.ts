// What the themes count, as a tally that can be added to and taken from. The data layer keeps one
// per month as entries change, so a half-year's themes read six tallies, not every entry
// (docs/decisions/0042-register-read-through-indexes-and-kept-tallies.md). Pure.
import type { RegisterListItem } from './register-filter';

type Counts = Record<string, number>;

/** The counts the themes report needs, for some set of entries. */
export interface ThemesTally {
  total: number;
  themes: Counts;
  raising: Counts;
  receiving: Counts;
  /** Agency types a spreadsheet row names without saying which raised the concern. */
  involved: Counts;
  /** Entries by stage name reached. */
  stages: Counts;
  /** Each stage name's order in its pack (for ordering rows; not a count). */
  stageOrders: Counts;
  /** `resolved`, `unresolved` or `unknown` (no ending given). */
  resolved: Counts;
  /** How a resolved entry was resolved, `not-said` when not given. */
  how: Counts;
  /** Entries by their exact working days to resolution: the histogram the median is taken from. */
  workingDays: Counts;
  learning: number;
  /** Entries by month received (`YYYY-MM`). */
  months: Counts;
}

export function emptyTally(): ThemesTally {
  return {
    total: 0,
    themes: {},
    raising: {},
    receiving: {},
    involved: {},
    stages: {},
    stageOrders: {},
    resolved: {},
    how: {},
    workingDays: {},
    learning: 0,
    months: {},
  };
}

/** `resolved`, `unresolved` or `unknown`: the themes' "Resolved or not" row an entry counts in. */
export function resolvedKeyOf(item: RegisterListItem): 'resolved' | 'unresolved' | 'unknown' {
  const { ending } = item.facts;
  return ending === null ? 'unknown' : ending === 'resolved' ? 'resolved' : 'unresolved';
}

/** Sets a count, leaving out a count of zero (so equal tallies hold equal keys). */
export function setCount(counts: Counts, key: string, value: number): void {
  if (value === 0) Reflect.deleteProperty(counts, key);
  else counts[key] = value;
}

function bump(counts: Counts, keys: Iterable<string>, by: number): void {
  for (const key of new Set(keys)) setCount(counts, key, (counts[key] ?? 0) + by);
}

/** Adds one entry to `tally` (`by` = 1), or takes it away (`by` = -1). */
export function countEntry(tally: ThemesTally, item: RegisterListItem, by: 1 | -1): void {
  const { facts } = item;
  tally.total += by;
  bump(tally.themes, facts.categoryThemes, by);
  bump(tally.raising, facts.raisingAgencyType ? [facts.raisingAgencyType] : [], by);
  bump(tally.receiving, facts.receivingAgencyTypes, by);
  bump(tally.involved, facts.involvedAgencyTypes ?? [], by);
  if (facts.stageName) {
    bump(tally.stages, [facts.stageName], by);
    if (tally.stages[facts.stageName] === undefined)
      Reflect.deleteProperty(tally.stageOrders, facts.stageName);
    else tally.stageOrders[facts.stageName] = facts.stageOrder ?? 999;
  }
  bump(tally.resolved, [resolvedKeyOf(item)], by);
  if (facts.ending === 'resolved') bump(tally.how, [facts.resolvedHow ?? 'not-said'], by);
  if (facts.workingDaysToResolution !== null)
    bump(tally.workingDays, [String(facts.workingDaysToResolution)], by);
  if (facts.learningIdentified) tally.learning += by;
  bump(tally.months, [item.receivedOn.slice(0, 7)], by);
}

/** Adds every count of `from` into `into`, `by` times (1 to add, -1 to take away). */
export function addTally(into: ThemesTally, from: ThemesTally, by: 1 | -1 = 1): void {
  into.total += by * from.total;
  into.learning += by * from.learning;
  for (const key of [
    'themes',
    'raising',
    'receiving',
    'involved',
    'stages',
    'resolved',
    'how',
    'workingDays',
    'months',
  ] as const) {
    for (const [name, count] of Object.entries(from[key])) {
      setCount(into[key], name, (into[key][name] ?? 0) + by * count);
    }
  }
  for (const [name, order] of Object.entries(from.stageOrders)) {
    if (into.stages[name] === undefined) Reflect.deleteProperty(into.stageOrders, name);
    else into.stageOrders[name] = order;
  }
}

/** The tally of some entries. */
export function tallyOf(items: Iterable<RegisterListItem>): ThemesTally {
  const tally = emptyTally();
  for (const item of items) countEntry(tally, item, 1);
  return tally;
}

/** True when some count went below zero (only if a write once went round the kept tallies). */
export function hasNegative(tally: ThemesTally): boolean {
  const maps = [
    tally.themes,
    tally.raising,
    tally.receiving,
    tally.involved,
    tally.stages,
    tally.resolved,
    tally.how,
    tally.workingDays,
    tally.months,
  ];
  return (
    tally.total < 0 ||
    tally.learning < 0 ||
    maps.some((counts) => Object.values(counts).some((count) => count < 0))
  );
}

/** The median of the working days in a histogram (exact), or null when there are none. */
export function medianOfHistogram(histogram: Counts): number | null {
  const bins = Object.entries(histogram)
    .map(([days, count]) => [Number(days), count] as const)
    .sort((a, b) => a[0] - b[0]);
  const size = bins.reduce((sum, [, count]) => sum + count, 0);
  if (size === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const [days, count] of bins) {
      seen += count;
      if (position < seen) return days;
    }
    return bins.at(-1)?.[0] ?? 0;
  };
  const middle = Math.floor(size / 2);
  return size % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
