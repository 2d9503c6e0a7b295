// Reading written dates out of the text ("07/03/2014", "7th March '14", "the twelfth of May"), with no
// judgement of whose date it is: dates.ts decides which are dates of birth or due dates.
import { DAY_WORDS, dayValue, NAMED_DAY, namedDay, YEAR_WORDS, yearValue } from './date-words';
import type { Span } from './types';
import { monthNumbers } from './vocabulary';

/** A written date: day and month always, the year when written (two-digit years kept as typed). */
export interface DateMention extends Span {
  day: number;
  month: number;
  year?: number;
  twoDigitYear?: boolean;
  /** Digits run together ("120319"): a date only next to a date-of-birth cue. */
  compact?: boolean;
  /**
   * A form that is a date only after a date-of-birth or due-date cue ("dob: april 3rd 2012",
   * "DOB 29 11 2010", "DOB 3/4"); elsewhere it is not read as a date at all.
   */
  cueOnly?: boolean;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** A year as digits, as "'19", or in words ("twenty nineteen"). */
const YEAR = `(\\d{4}|'\\d{2}|${YEAR_WORDS})`;

/** Month names in lower case, read only after a cue ("dob: april 3rd 2012", "turns 18 on dec 19"). */
const LOWER_MONTH = MONTH.toLowerCase();
const cueOnly = (date: Omit<DateMention, 'start' | 'end'>) => ({ ...date, cueOnly: true });

const PATTERNS: readonly {
  regex: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'>;
}[] = [
  { regex: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => numeric(m[3], m[2], m[1]) },
  {
    // "dob12/11/89": the cue may be typed straight against the date.
    regex: /(?:\b|(?<=\b[Dd]\.?[Oo]\.?[Bb]\.?))(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/g,
    read: (m) => numeric(m[1], m[3], m[4]),
  },
  {
    // "DOB: 03 / 03 / 1945": a space each side of the slashes, as some systems print a date.
    regex: /\b(\d{1,2}) ([./-]) (\d{1,2}) \2 (\d{4})\b/g,
    read: (m) => numeric(m[1], m[3], m[4]),
  },
  {
    regex: /\b(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})\b/g,
    read: (m) => cueOnly(numeric(m[1], m[2], m[3])),
  },
  {
    regex: /\b(\d{1,2})\/(\d{1,2})\b(?![./-]\d)/g,
    read: (m) => cueOnly({ day: Number(m[1]), month: Number(m[2]) }),
  },
  {
    regex: new RegExp(
      `\\b${LOWER_MONTH}\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}\\b(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    read: (m) => cueOnly(worded(m[2], m[1], m[3])),
  },
  {
    regex: new RegExp(`\\b${LOWER_MONTH}\\s+${YEAR}\\b`, 'g'),
    read: (m) => cueOnly(worded('0', m[1], m[2])),
  },
  {
    regex: /\b(\d{2})(\d{2})(\d{4}|\d{2})\b/g,
    read: (m) => ({ ...numeric(m[1], m[2], m[3]), compact: true }),
  },
  {
    regex: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:\\.(?=\\s*\\d))?(?:,?\\s+${YEAR}\\b)?`,
      'gi',
    ),
    read: (m) => worded(m[1], m[2], m[3]),
  },
  {
    // "dob 12th Nov 89": a two-digit year after a month's name (not a time, "3 March 16:30").
    regex: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{2})\\b(?![:.]?\\d)`,
      'gi',
    ),
    read: (m) => worded(m[1], m[2], `'${m[3] ?? ''}`),
  },
  {
    // "14-Jun-2003", "31/Jan/20", "3.Mar.2019": day and month joined by a hyphen, slash or dot.
    regex: new RegExp(`\\b(\\d{1,2})([-/.])${MONTH}\\2(\\d{4}|\\d{2})\\b`, 'gi'),
    read: (m) => worded(m[1], m[3], m[4]),
  },
  {
    regex: new RegExp(
      `\\b(?:the\\s+)?(${DAY_WORDS})\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}\\b)?`,
      'gi',
    ),
    read: (m) => worded(String(dayValue(m[1] ?? '')), m[2], m[3]),
  },
  {
    regex: new RegExp(
      `\\b${MONTH}\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}\\b(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    read: (m) => worded(m[2], m[1], m[3]),
  },
  {
    regex: new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(${DAY_WORDS})\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    read: (m) => worded(String(dayValue(m[2] ?? '')), m[1], m[3]),
  },
  {
    regex: new RegExp(`\\b(${NAMED_DAY})\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'),
    read: (m) => {
      const [day, month] = namedDay(m[1] ?? '') ?? [0, 0];
      return worded(String(day), '', m[2], month);
    },
  },
  { regex: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'), read: (m) => worded('0', m[1], m[2]) },
];

function numeric(day = '', month = '', year = ''): Omit<DateMention, 'start' | 'end'> {
  return {
    day: Number(day),
    month: Number(month),
    year: Number(year),
    twoDigitYear: year.length === 2,
  };
}

function worded(
  day = '',
  month = '',
  year?: string,
  monthNumber = monthNumbers.get(month.toLowerCase()) ?? 0,
): Omit<DateMention, 'start' | 'end'> {
  if (year === undefined) return { day: Number(day), month: monthNumber };
  if (!/\d/.test(year)) return { day: Number(day), month: monthNumber, year: yearValue(year) };
  const digits = year.replace("'", '');
  return {
    day: Number(day),
    month: monthNumber,
    year: Number(digits),
    twoDigitYear: digits.length === 2,
  };
}

function plausible(date: Omit<DateMention, 'start' | 'end'>): boolean {
  if (date.year !== undefined && !Number.isFinite(date.year)) return false;
  if (date.compact && date.day < 1) return false;
  return date.month >= 1 && date.month <= 12 && date.day >= 0 && date.day <= 31;
}

/** Every date written in the text, longest reading first where two readings overlap. */
export function findDateMentions(text: string): DateMention[] {
  const all: DateMention[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const date = read(match as RegExpExecArray);
      if (plausible(date))
        all.push({ ...date, start: match.index, end: match.index + match[0].length });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // The characters a kept reading covers: checking a reading against them costs its own length, where
  // checking it against every kept reading made a field of thousands of dates take seconds.
  const covered = new Uint8Array(text.length);
  const kept: DateMention[] = [];
  for (const date of all) {
    if (covered.subarray(date.start, date.end).includes(1)) continue;
    covered.fill(1, date.start, date.end);
    kept.push(date);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when a written date is the calendar date `iso` (`YYYY-MM-DD`); a written date needs a year. */
export function sameDate(date: DateMention, iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (date.year === undefined || date.day !== day || date.month !== month) return false;
  return date.twoDigitYear ? date.year === (year ?? 0) % 100 : date.year === year;
}

/** The latest year any written date in the note names (two-digit years read as 20xx), or 0. */
export function latestYear(dates: readonly DateMention[]): number {
  return dates.reduce(
    (latest, date) =>
      Math.max(latest, date.twoDigitYear ? 2000 + (date.year ?? 0) : (date.year ?? 0)),
    0,
  );
}
