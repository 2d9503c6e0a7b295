// When a stage is due: turns a policy timescale and the moment the stage started into a due date and
// time in UK local time, and says in plain English how long is left.
import type { Timescale } from '../policy/timescale';
import { toDayNumber, weekdayOf } from './day-number';
import type { IsoDate, IsoDateTime } from './iso-date';
import { instantMs, londonDateOf, londonInstant, londonTimeOf } from './london-time';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
  type WorkingDayOptions,
} from './working-days';
import { countOf } from '../plural';

/** How to work out a due date: the working-day calendar, and when the working day ends. */
export interface DueDateOptions extends WorkingDayOptions {
  /** The only time zone the app uses; accepted so a caller can say so. */
  readonly timeZone?: 'Europe/London';
  /** When the working day ends, `HH:mm` in UK local time; `'17:00'` unless given. */
  readonly workingDayEndsAt?: string;
}

/** When a stage is due: the UK local date, and the exact instant. */
export interface Due {
  readonly dueDate: IsoDate;
  readonly dueAt: IsoDateTime;
}

const MS_PER_HOUR = 3_600_000;
const WORKING_WEEK_DAYS = 5;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

function minutesAfterMidnight(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`The working day must end at a time in HH:mm form, not ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function dueAtInstant(dueAt: IsoDateTime): Due {
  return { dueDate: londonDateOf(dueAt), dueAt };
}

function endOfWorkingDay(date: IsoDate, options: DueDateOptions): Due {
  const endsAt = minutesAfterMidnight(options.workingDayEndsAt ?? '17:00');
  return { dueDate: date, dueAt: londonInstant(date, endsAt) };
}

/** The working day a same-working-day stage belongs to: the start's, or the next if that is over. */
function sameWorkingDay(startedAt: IsoDateTime, options: DueDateOptions): IsoDate {
  const date = londonDateOf(startedAt);
  const stillOpen = instantMs(startedAt) < instantMs(endOfWorkingDay(date, options).dueAt);
  return isWorkingDay(date, options) && stillOpen ? date : nextWorkingDay(date, options);
}

function afterWorkingDays(startedAt: IsoDateTime, days: number, options: DueDateOptions): Due {
  return endOfWorkingDay(addWorkingDays(londonDateOf(startedAt), days, options), options);
}

/**
 * When a stage that started at `startedAt` is due under `timescale`, in UK local time (BST-aware),
 * or null when the policy states no timescale:
 * - `immediate`: at `startedAt`.
 * - `same-working-day`: at the end of the working day it started on; if it started on a
 *   non-working day, or after that day's end, at the end of the next working day.
 * - `hours`: N clock hours after `startedAt`.
 * - `working-days` / `working-week` (5): at the end of the N-th working day after the UK local
 *   date it started on (that date itself never counts).
 */
export function dueFromTimescale(
  timescale: Timescale,
  startedAt: IsoDateTime,
  options: DueDateOptions = {},
): Due | null {
  switch (timescale.kind) {
    case 'immediate':
      return dueAtInstant(startedAt);
    case 'same-working-day':
      return endOfWorkingDay(sameWorkingDay(startedAt, options), options);
    case 'hours': {
      const dueMs = instantMs(startedAt) + timescale.hours * MS_PER_HOUR;
      return dueAtInstant(new Date(dueMs).toISOString() as IsoDateTime);
    }
    case 'working-days':
      return afterWorkingDays(startedAt, timescale.days, options);
    case 'working-week':
      return afterWorkingDays(startedAt, WORKING_WEEK_DAYS, options);
    case 'none-stated':
      return null;
  }
}

/**
 * Working days from `today` to the due date: 0 when due today, 1 when due on the next working
 * day, negative when overdue (-1 when it was due on the previous working day).
 */
export function workingDaysLeft(due: IsoDate, today: IsoDate, options?: WorkingDayOptions): number {
  return workingDaysBetween(today, due, options);
}

/** Options for `describeDue`: the calendar, and optionally the due time and the time now. */
export interface DescribeDueOptions extends WorkingDayOptions {
  /** The due instant; shown when due today, and with `now` a time already passed reads overdue. */
  readonly dueAt?: IsoDateTime;
  /** The present instant (the domain never reads the clock). */
  readonly now?: IsoDateTime;
}

/** "Tue 3 Mar", with the year when it is not `today`'s year. */
function shortDate(date: IsoDate, today: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[weekdayOf(toDayNumber(date))] ?? '';
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return `${weekday} ${day} ${MONTHS[month - 1] ?? ''}${sameYear ? '' : ` ${year}`}`;
}

function workingDaysPhrase(count: number): string {
  return countOf(count, 'working day');
}

function describeDueToday(options: DescribeDueOptions): string {
  const { dueAt, now } = options;
  if (!dueAt) return 'due today';
  if (now && instantMs(now) > instantMs(dueAt)) return `overdue since ${londonTimeOf(dueAt)} today`;
  return `due today by ${londonTimeOf(dueAt)}`;
}

function describeOverdue(due: IsoDate, today: IsoDate, options: WorkingDayOptions): string {
  const late = workingDaysBetween(due, today, options);
  const wasDue = `was due ${shortDate(due, today)}`;
  return late > 0 ? `overdue by ${workingDaysPhrase(late)} (${wasDue})` : `overdue (${wasDue})`;
}

/**
 * How long is left, in plain English, for a stage due on `due` as seen on `today`: "due today",
 * "due today by 17:00", "overdue since 14:00 today", "due tomorrow (Tue 3 Mar)",
 * "3 working days left (due Thu 5 Mar)", "overdue by 2 working days (was due Thu 5 Mar)", or
 * "overdue (was due Fri 6 Mar)" when no working day has passed since.
 */
export function describeDue(
  due: IsoDate,
  today: IsoDate,
  options: DescribeDueOptions = {},
): string {
  const daysAway = toDayNumber(due) - toDayNumber(today);
  if (daysAway < 0) return describeOverdue(due, today, options);
  if (daysAway === 0) return describeDueToday(options);
  if (daysAway === 1) return `due tomorrow (${shortDate(due, today)})`;
  const left = workingDaysLeft(due, today, options);
  const on = shortDate(due, today);
  return left > 0 ? `${workingDaysPhrase(left)} left (due ${on})` : `due ${on}`;
}
