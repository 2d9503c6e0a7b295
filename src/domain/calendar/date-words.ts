// Dates in the words people write them: "3 March 2026".
import type { IsoDate } from './iso-date';

/** The months of the year, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "3 March 2026". */
export function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}
