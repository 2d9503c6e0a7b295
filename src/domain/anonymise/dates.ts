// Dates in the text: which are dates of birth or an expected date of delivery (redacted) and which
// are meeting and discussion dates (kept).
import { inBirthDateColumn } from './table-columns';
import { DAY_WORDS, dayValue, NAMED_DAY, namedDay, YEAR_WORDS, yearValue } from './date-words';
import { isNeverAName } from './name-words';
import { clientPeople } from './people';
import { foldName } from './text';
import { makeFinding, type Finding, type KnownClient, type Span } from './types';
import { monthNumbers, weekdays } from './vocabulary';

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

const FILLER = String.raw`(?:\s|[:,(\-–=]|\b(?:on|in|is|was|of|the|as|dated?|given|recorded|at)\b)*`;
const DOB_BEFORE = new RegExp(
  String.raw`(?:\bborn(?:\s+(?:yesterday|today|early|prematurely|premature|overnight|at\s+home))?|\bD\.?O\.?B\.?|\bd\/o\/b|\bdate of birth|\bbirthday|\bbirth date|(?<![\p{L}\p{N}])b\.|\bturn(?:s|ed|ing)\s+\d{1,2}|\bgave birth|\b(?:born|delivered|gave birth)\s+(?:at|in)(?:\s+(?!(?:and|but|then|was|were|came|moved|arrived)\b)[\p{L}\p{N}'’-]+){1,5}\s+on)${FILLER}$`,
  'iu',
);
const DOB_AFTER =
  /^\s*[(,–-]?\s*(?:(?:her|his|their|the|a)\s+)?(?:D\.?O\.?B\b|date of birth|birthday)|^\s*\(\s*(?:aged?\s+\d{1,2}|\d{1,2}\s*(?:yrs?|years?(?:\s+old)?|y\/?o))\s*\)/i;
/** An age just before the date, in brackets or after a comma: "aged 7 (12/03/2016)". */
const AGE_BEFORE = /\baged?:?\s+\d{1,2}(?:\s*(?:yrs?|years?(?:\s+old)?))?\s*[(,;]\s*$/i;
/** An age and a comma in the date's own brackets: "Kayden (7, 12/03/2016)". */
const AGE_IN_BRACKETS = /\(\s*\d{1,2}\s*[,;]\s*$/;
const EDD_BEFORE = new RegExp(
  String.raw`(?:\bE\.?D\.?[DC]\b\.?|\b(?:expected|estimated|est\.?) (?:date of )?(?:delivery|confinement)(?: date)?|\bpregnant,? due|\bdue date|\b(?:baby|she|mum|mother|pregnancy)(?: is)? due|\bdue to give birth)${FILLER}$`,
  'i',
);
const DUE_BEFORE = new RegExp(String.raw`\b(?:due|expected)${FILLER}$`, 'i');

function cueBefore(text: string, date: DateMention, cue: RegExp): boolean {
  return cue.test(text.slice(Math.max(0, date.start - 40), date.start));
}

/** A date alone in brackets straight after one or two words: "Lee Tansley (02.03.1990)". */
const BRACKET_BEFORE = /(?:(\p{L}[\p{L}'’-]*)\s+)?(\p{L}[\p{L}'’-]*)\s*\(\s*$/u;
const BRACKET_AFTER = /^\s*\)/;
/** Words before a bracketed date that name an event or a document, not a person. */
const EVENT_WORDS =
  /^(?:meeting|conference|icpc|rcpc|review|visit|referral|report|assessment|letter|strategy|discussion|hearing|incident|call|plan|panel|order|statement|court|contact|appointment|session|dated|on|from|until|since|by|the|a|of)$/i;

/**
 * A date alone in brackets straight after a person's name is that person's date of birth:
 * - after a name-like word, when the date is written with its year in full or in short ("Dean Walsh
 *   (3.4.1990)", "partner mark hunter (12/12/1987)"), not after an ordinary, agency or month word
 *   ("the review (3/3/25)", "ICPC (12/11/2026)");
 * - after a capitalised full name with a full date ("victim Sophie Bowden (11/11/1996)"), or a
 *   lower-case one when the year is at least sixteen years before the latest year the note names;
 *   never after an event's or a document's name ("Review Conference (4/5/2025)").
 */
function bracketedBirthDate(text: string, date: DateMention, latestYear: number): boolean {
  if (date.year === undefined || !BRACKET_AFTER.test(text.slice(date.end, date.end + 3))) {
    return false;
  }
  const words = BRACKET_BEFORE.exec(text.slice(Math.max(0, date.start - 60), date.start));
  const [first, last] = [words?.[1], words?.[2]];
  return (
    (!date.compact && nameLikeWord(last)) ||
    (!date.twoDigitYear && date.day >= 1 && fullName(first, last, date.year, latestYear))
  );
}

/**
 * A full date set off by commas, spaced dashes or a table's bars after a capitalised name: "Kerry
 * Smith, 12/11/89, mother", "Aimee Doyle | 18/09/1993 | mother", "Leah Smith - 12.03.2016 - Year 5";
 * or after a bare space when the year is written in full and the date closes a list's item or is
 * followed by an age ("Children: Leah 12/03/2016, Jayden 04/05/2019", "Leah 12/03/16 (9)").
 */
const APPOSITION_BEFORE = /(?:([\p{L}]+)\s+)?(\p{Lu}[\p{Ll}'’-]+)\s*(?:[,|]|\s[-–])\s*$/u;
const APPOSITION_AFTER = /^[ \t]*(?:[,;)|]|[-–][ \t]|\r?\n|$)/u;
/** A comma or bar on both sides: the forms that do not need the year to be before the note's own. */
const CLOSED_BEFORE = /[,|]\s*$/;
const CLOSED_AFTER = /^[ \t]*(?:[,;)|]|\r?\n|$)/u;
const LIST_BEFORE = /(?:([\p{L}]+)\s+)?(\p{Lu}[\p{Ll}'’-]+)[ \t]$/u;
const LIST_AFTER = /^[ \t]*(?:[,;]|\r?\n|$)/u;
/** An age in brackets after the date: "Leah 12/03/16 (9)". */
const AGE_AFTER = /^[ \t]*\(\s*\d{1,2}\s*\)/;
/** Words before the name that make the date a visit's or a call's ("Visit to Jayden, 3/4/2024,"). */
const MEETING_BEFORE =
  /\b(?:to|with|for|by|from|at|saw|seen|visited|met|called|rang|phoned|emailed|told|asked|hi|dear)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+\s*(?:[,|]|\s[-–])?\s*$/iu;

/** Kinship words that say whose date it is, after it or before the name: "– mother", "Mum: Kerry Smith". */
const KIN =
  '(?:mother|mum|mam|father|dad|step-?(?:mum|dad|father|mother)|sister|brother|son|daughter|child|partner|nan|gran|grandmother|grandfather|aunt|uncle|cousin|carer)';
const KIN_AFTER = new RegExp(String.raw`^[ \t]*(?:[,|(]|[-–])[ \t]*${KIN}\b`, 'iu');
const KIN_BEFORE = new RegExp(
  String.raw`(?:^|[\n;(])[ \t]*${KIN}[ \t]*[:–-][ \t]*(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+[ \t]*[,|–-]?[ \t]*$`,
  'iu',
);

function appositionBirthDate(text: string, date: DateMention, latestYear: number): boolean {
  if (date.year === undefined || date.day < 1 || date.compact || date.cueOnly) return false;
  const year = date.twoDigitYear ? 2000 + date.year : date.year;
  const after = text.slice(date.end, date.end + 8);
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  // "Mum: Kerry Smith 12.11.89": a kinship word heads the person's entry.
  if (KIN_BEFORE.test(before) && /^[ \t]*(?:[,;)|.]|\r?\n|$)/u.test(after)) return true;
  // A dash or a bare space also heads a dated entry ("Sarah Jones - 12/03/2024 - visit"), so there
  // the year must come before the latest year the note names, unless a kinship word follows.
  const closed =
    (CLOSED_BEFORE.test(before) && CLOSED_AFTER.test(after)) ||
    KIN_AFTER.test(text.slice(date.end, date.end + 24));
  const aged = AGE_AFTER.test(after);
  const listed = !date.twoDigitYear || aged ? LIST_BEFORE.exec(before)?.[2] : undefined;
  const word = closed
    ? APPOSITION_BEFORE.exec(before)?.[2]
    : aged
      ? listed
      : year >= latestYear
        ? undefined
        : ((APPOSITION_AFTER.test(after) ? APPOSITION_BEFORE.exec(before)?.[2] : undefined) ??
          (listed !== undefined && LIST_AFTER.test(after) ? listed : undefined));
  return (
    word !== undefined &&
    !MEETING_BEFORE.test(before) &&
    !EVENT_WORDS.test(word) &&
    !monthNumbers.has(word.toLowerCase()) &&
    !weekdays.has(word.toLowerCase()) &&
    nameLikeWord(word)
  );
}

/** An age just before the date: "aged 7 (12/03/2016)", "Kayden (7, 12/03/2016)". */
function ageBefore(text: string, date: DateMention): boolean {
  const before = text.slice(Math.max(0, date.start - 24), date.start);
  return (
    AGE_BEFORE.test(before) ||
    (AGE_IN_BRACKETS.test(before) && BRACKET_AFTER.test(text.slice(date.end, date.end + 3)))
  );
}

/** A word that could be a name: not a word that never is, nor an ordinary word's ending. */
function nameLikeWord(word: string | undefined): boolean {
  if (!word || word.length < 2) return false;
  const key = foldName(word);
  return !isNeverAName(key) && !/(?:ing|ion|ment|ance|ence|ed)$/.test(key);
}

/** Two words that name a person, capitalised or (for an adult's year) in lower case. */
function fullName(
  first: string | undefined,
  last: string | undefined,
  year: number,
  latestYear: number,
): boolean {
  if (!first || !last || [first, last].some((word) => EVENT_WORDS.test(word))) return false;
  if ([first, last].some((word) => /^\p{Lu}+$/u.test(word))) return false;
  const capitalised = [first, last].every((word) => /^\p{Lu}/u.test(word));
  return capitalised || year <= latestYear - 16;
}

function classify(
  text: string,
  date: DateMention,
  client: KnownClient,
  latestYear: number,
): Finding | undefined {
  const edd = client.child.edd;
  const dueCue =
    cueBefore(text, date, EDD_BEFORE) || (edd !== undefined && cueBefore(text, date, DUE_BEFORE));
  if ((edd && sameDate(date, edd)) || dueCue) {
    const reason =
      edd && sameDate(date, edd)
        ? "The unborn child's expected date of delivery"
        : 'A date after a due-date cue';
    return makeFinding(text, date, {
      type: 'due-date',
      replacement: '[due date]',
      reason,
      confidence: 'high',
    });
  }
  const owner = clientPeople(client).find(({ person }) => person.dob && sameDate(date, person.dob));
  if (owner) {
    const reason = `The date of birth of ${owner.describe}`;
    return makeFinding(text, date, {
      type: 'date-of-birth',
      replacement: '[date of birth]',
      reason,
      confidence: 'high',
    });
  }
  if (
    cueBefore(text, date, DOB_BEFORE) ||
    DOB_AFTER.test(text.slice(date.end, date.end + 30)) ||
    (!date.cueOnly && date.year !== undefined && ageBefore(text, date)) ||
    bracketedBirthDate(text, date, latestYear) ||
    appositionBirthDate(text, date, latestYear) ||
    inBirthDateColumn(text, date)
  ) {
    return makeFinding(text, date, {
      type: 'date-of-birth',
      replacement: '[date of birth]',
      reason: 'A date next to a date-of-birth cue',
      confidence: 'high',
    });
  }
  return undefined;
}

/**
 * Dates of birth (any client person's, or any date next to "born", "DOB", "d.o.b.", "date of
 * birth", "birthday") and the unborn child's expected date of delivery become findings; every
 * other date is returned in `kept` so that no other rule redacts part of a meeting date.
 */
export function findDates(
  text: string,
  client: KnownClient,
): { findings: Finding[]; kept: Span[] } {
  const findings: Finding[] = [];
  const kept: Span[] = [];
  const dates = findDateMentions(text);
  const latestYear = dates.reduce(
    (latest, date) =>
      Math.max(latest, date.twoDigitYear ? 2000 + (date.year ?? 0) : (date.year ?? 0)),
    0,
  );
  for (const date of dates) {
    const finding = classify(text, date, client, latestYear);
    if (finding) findings.push(finding);
    else if (!date.compact && !date.cueOnly) kept.push({ start: date.start, end: date.end });
  }
  return { findings, kept };
}
