// UK local time (Europe/London) without a time-zone library: GMT, or BST (GMT+1) from 01:00 UTC on
// the last Sunday of March to 01:00 UTC on the last Sunday of October (the rule since 1996;
// earlier years are projected, not history).
import { dayNumber, weekdayOf } from './day-number';
import { isIsoDateTime, type IsoDate, type IsoDateTime } from './iso-date';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** 01:00 UTC on the last Sunday of `month` (1–12) of `year`, in milliseconds since the epoch. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = dayNumber(year, month + 1, 0);
  const lastSunday = lastDay - weekdayOf(lastDay);
  return lastSunday * MS_PER_DAY + MS_PER_HOUR;
}

/** How far London is ahead of UTC at an instant (in ms since the epoch): 1 hour in BST, else 0. */
export function londonOffsetMs(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  const summerStarts = lastSundayAtOneUtc(year, 3);
  const summerEnds = lastSundayAtOneUtc(year, 10);
  return instantMs >= summerStarts && instantMs < summerEnds ? MS_PER_HOUR : 0;
}

/** Milliseconds since the epoch of an instant; throws a RangeError if it is not an ISO instant. */
export function instantMs(instant: IsoDateTime): number {
  if (!isIsoDateTime(instant)) throw new RangeError(`Not an ISO instant: ${instant}`);
  return Date.parse(instant);
}

function londonWallClock(instant: IsoDateTime): string {
  const ms = instantMs(instant);
  return new Date(ms + londonOffsetMs(ms)).toISOString();
}

/** The UK local calendar date of an instant: 23:30 UTC on a summer day is the next day in London. */
export function londonDateOf(instant: IsoDateTime): IsoDate {
  return londonWallClock(instant).slice(0, 10) as IsoDate;
}

/** The UK local time of day of an instant, `HH:mm`. */
export function londonTimeOf(instant: IsoDateTime): string {
  return londonWallClock(instant).slice(11, 16);
}

/**
 * The instant at which London clocks show `minutesAfterMidnight` on `date`. A time that happens
 * twice (01:00–01:59 when the clocks go back) is taken the first time, in BST; a time that never
 * happens (01:00–01:59 when the clocks go forward) is taken as GMT, so one hour later on the clock.
 */
export function londonInstant(date: IsoDate, minutesAfterMidnight: number): IsoDateTime {
  const wallMs = Date.parse(`${date}T00:00:00.000Z`) + minutesAfterMidnight * MS_PER_MINUTE;
  if (Number.isNaN(wallMs)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${date}`);
  const offset = [MS_PER_HOUR, 0].find((guess) => londonOffsetMs(wallMs - guess) === guess) ?? 0;
  return new Date(wallMs - offset).toISOString() as IsoDateTime;
}
