// Dates as precise as a source gives them: a year, a month of a year, or a full calendar date.
import { z } from 'zod';
import { builtOnFirstUse } from '../built-on-first-use';
import { MONTH_NAMES } from '../calendar/date-words';
import { isIsoDate } from '../calendar/iso-date';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 reduced precision), e.g. `2013-06` for "June 2013". */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` with a real month, or a real `YYYY-MM-DD` date. */
export function isPartialDate(value: string): value is PartialDate {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (day !== undefined) return isIsoDate(value);
  if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

const buildPartialDateSchema = () =>
  z.string().refine(isPartialDate, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only a month or a year`,
  });

/**
 * Checks a partial date. Built on first use: a guide loads this module without checking a pack
 * (built-in packs are checked when the app is built), and building a schema costs a phone time.
 */
export const partialDateSchema = builtOnFirstUse(buildPartialDateSchema);

/** The date as people write it: "2013", "June 2013" or "5 May 2010". */
export function describePartialDate(value: PartialDate): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
