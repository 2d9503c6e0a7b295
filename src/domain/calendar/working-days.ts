// Working days in the UK: Monday to Friday, not a bank holiday of the region, not a day the
// organisation is closed. Every timescale counted in working days is counted here.
import { computeBankHolidays } from './bank-holiday-rules';
import { fromDayNumber, isWeekend, toDayNumber, yearOfDay } from './day-number';
import type { IsoDate } from './iso-date';

/** The three bank-holiday calendars of the UK. */
export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** Which calendar to count working days against. */
export interface WorkingDayOptions {
  /** Whose bank holidays apply; England and Wales unless given. */
  readonly region?: Region;
  /** Extra days the organisation is closed (e.g. a Christmas shutdown); never working days. */
  readonly closedDays?: readonly IsoDate[];
}

/** The first and last years the calendar supports; dates outside throw a RangeError. */
export const SUPPORTED_YEARS = { first: 1900, last: 2200 } as const;

const DEFAULT_REGION: Region = 'england-and-wales';

/** Bank holidays already worked out, by region and year (the rules are pure, so this is safe). */
const holidayCache = new Map<string, ReadonlySet<number>>();

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw new RangeError(
      `Bank holidays are known for ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}, not ${year}`,
    );
  }
}

function holidaysOf(year: number, region: Region): ReadonlySet<number> {
  const key = `${region}:${year}`;
  let holidays = holidayCache.get(key);
  if (!holidays) {
    assertSupportedYear(year);
    holidays = new Set(computeBankHolidays(year, region));
    holidayCache.set(key, holidays);
  }
  return holidays;
}

/** A test for "is this day number a working day?" under the given options. */
function workingDayTest(options: WorkingDayOptions = {}): (day: number) => boolean {
  const region = options.region ?? DEFAULT_REGION;
  const closed = new Set((options.closedDays ?? []).map(toDayNumber));
  return (day) =>
    !isWeekend(day) && !closed.has(day) && !holidaysOf(yearOfDay(day), region).has(day);
}

/**
 * The bank holidays taken in `year` (England and Wales unless a region is given), sorted, with
 * substitute days for holidays that fall on a weekend and the one-off changes since 1981.
 * Throws a RangeError for years outside 1900–2200.
 */
export function bankHolidays(year: number, region: Region = DEFAULT_REGION): IsoDate[] {
  return [...holidaysOf(year, region)].map(fromDayNumber);
}

/** True when `date` is Monday to Friday, not a bank holiday of the region and not a closed day. */
export function isWorkingDay(date: IsoDate, options?: WorkingDayOptions): boolean {
  return workingDayTest(options)(toDayNumber(date));
}

/**
 * The `days`-th working day after `from`; `from` itself never counts, so 1 is the next working
 * day and 0 returns `from` unchanged. Throws a RangeError for a negative or fractional count.
 */
export function addWorkingDays(from: IsoDate, days: number, options?: WorkingDayOptions): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`A working-day count must be a whole number, 0 or more, not ${days}`);
  }
  const isWorking = workingDayTest(options);
  let day = toDayNumber(from);
  for (let left = days; left > 0;) {
    day += 1;
    if (isWorking(day)) left -= 1;
  }
  return fromDayNumber(day);
}

/** The first working day after `date` (whether or not `date` is itself a working day). */
export function nextWorkingDay(date: IsoDate, options?: WorkingDayOptions): IsoDate {
  return addWorkingDays(date, 1, options);
}

/**
 * How many working days fall after `from` up to and including `to`; negative (the same count,
 * from `to` to `from`) when `to` is before `from`. So `workingDaysBetween(d, addWorkingDays(d, n))`
 * is `n`, and the count from a day to itself is 0.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  options?: WorkingDayOptions,
): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return 0 - workingDaysBetween(to, from, options); // 0 - x, so never -0
  const isWorking = workingDayTest(options);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isWorking(day)) count += 1;
  }
  return count;
}
