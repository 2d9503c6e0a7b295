// Calendar dates as whole day numbers (days since 1970-01-01), so the working-day rules can step
// and compare dates with integer arithmetic and no time zone.
import { isIsoDate, type IsoDate } from './iso-date';

const MS_PER_DAY = 86_400_000;

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The day number of a year, month (1–12) and day of month; out-of-range parts roll over. */
export function dayNumber(year: number, month: number, dayOfMonth: number): number {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** The day number of a `YYYY-MM-DD` date; throws a RangeError if it is not a real date. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${date}`);
  return Math.round(Date.parse(`${date}T00:00:00.000Z`) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
