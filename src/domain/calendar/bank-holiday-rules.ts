// How UK bank holidays fall, by rule: the Banking and Financial Dealings Act 1971 pattern for each
// nation, substitute days for holidays on a weekend, and the one-off changes made by proclamation.
import { dayNumber, isWeekend, weekdayOf } from './day-number';
import type { Region } from './working-days';

const MONDAY = 1;

/** A month and day, `MM-DD`, within the year being computed. */
type MonthDay = `${number}-${number}`;

interface OneOffChange {
  /** Regular Monday holidays moved to another date that year. */
  readonly moved?: { readonly earlyMay?: MonthDay; readonly spring?: MonthDay };
  /** Extra holidays that year (all fell on weekdays). */
  readonly added?: readonly MonthDay[];
}

/** One-off changes, all UK-wide. Add new proclamations here. */
const ONE_OFF_CHANGES: Readonly<Record<number, OneOffChange>> = {
  1981: { added: ['07-29'] }, // Wedding of the Prince of Wales and Lady Diana Spencer
  1995: { moved: { earlyMay: '05-08' } }, // 50th anniversary of VE Day
  1999: { added: ['12-31'] }, // Millennium
  2002: { moved: { spring: '06-04' }, added: ['06-03'] }, // Golden Jubilee
  2011: { added: ['04-29'] }, // Wedding of Prince William and Catherine Middleton
  2012: { moved: { spring: '06-04' }, added: ['06-05'] }, // Diamond Jubilee
  2020: { moved: { earlyMay: '05-08' } }, // 75th anniversary of VE Day
  2022: { moved: { spring: '06-02' }, added: ['06-03', '09-19'] }, // Platinum Jubilee; state funeral
  2023: { added: ['05-08'] }, // Coronation of King Charles III
};

/**
 * Easter Sunday of `year` as a day number, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher).
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}

function firstMonday(year: number, month: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((MONDAY - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumber(year, month + 1, 0);
  return last - ((weekdayOf(last) - MONDAY + 7) % 7);
}

function onDate(year: number, monthDay: MonthDay): number {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return dayNumber(year, month, day);
}

/**
 * The holidays of the year on their nominal dates, before substitute days. New Year's Day (outside
 * Scotland) dates from 1974, the Early May holiday from 1978 and St Andrew's Day from 2007; earlier
 * years otherwise follow the 1971 pattern, which is a projection, not history.
 */
function nominalHolidays(year: number, region: Region): number[] {
  const change = ONE_OFF_CHANGES[year] ?? {};
  const easter = easterSunday(year);
  const scotland = region === 'scotland';
  const northernIreland = region === 'northern-ireland';
  const earlyMay = change.moved?.earlyMay;
  const spring = change.moved?.spring;
  const rules: [boolean, () => number][] = [
    [scotland || year >= 1974, () => dayNumber(year, 1, 1)],
    [scotland, () => dayNumber(year, 1, 2)],
    [northernIreland, () => dayNumber(year, 3, 17)],
    [true, () => easter - 2],
    [!scotland, () => easter + 1],
    [year >= 1978, () => (earlyMay ? onDate(year, earlyMay) : firstMonday(year, 5))],
    [true, () => (spring ? onDate(year, spring) : lastMonday(year, 5))],
    [northernIreland, () => dayNumber(year, 7, 12)],
    [true, () => (scotland ? firstMonday(year, 8) : lastMonday(year, 8))],
    [scotland && year >= 2007, () => dayNumber(year, 11, 30)],
    [true, () => dayNumber(year, 12, 25)],
    [true, () => dayNumber(year, 12, 26)],
  ];
  const regular = rules.filter(([applies]) => applies).map(([, date]) => date());
  return [...regular, ...(change.added ?? []).map((monthDay) => onDate(year, monthDay))];
}

/**
 * Moves each holiday that falls on a weekend to the next weekday that is not already a holiday,
 * taking them in date order: so Christmas on a Saturday is kept on Monday 27th and Boxing Day on
 * Tuesday 28th, and Christmas on a Sunday on Tuesday 27th (Boxing Day keeps Monday 26th).
 */
function withSubstituteDays(nominal: readonly number[]): number[] {
  const observed = new Set(nominal.filter((day) => !isWeekend(day)));
  const onWeekends = nominal.filter(isWeekend).sort((a, b) => a - b);
  for (const holiday of onWeekends) {
    let substitute = holiday + 1;
    while (isWeekend(substitute) || observed.has(substitute)) substitute += 1;
    observed.add(substitute);
  }
  return [...observed].sort((a, b) => a - b);
}

/** The bank holidays actually taken in `year` in `region`, as sorted day numbers. */
export function computeBankHolidays(year: number, region: Region): number[] {
  return withSubstituteDays(nominalHolidays(year, region));
}
