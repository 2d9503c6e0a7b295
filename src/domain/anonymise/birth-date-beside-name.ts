// A date of birth with no cue, told by where it stands beside a person: alone in brackets after a
// name ("Lee Tansley (02.03.1990)"), set off after a name ("Kerry Smith, 12/11/89, mother"), in a
// list of children, beside a kinship word or an age ("aged 7 (12/03/2016)").
import type { DateMention } from './date-mentions';
import { givenNames } from './given-names';
import { isNeverAName } from './name-words';
import { foldName } from './text';
import { monthNumbers, weekdays } from './vocabulary';

/** An age just before the date, in brackets or after a comma: "aged 7 (12/03/2016)". */
const AGE_BEFORE = /\baged?:?\s+\d{1,2}(?:\s*(?:yrs?|years?(?:\s+old)?))?\s*[(,;]\s*$/i;
/** An age and a comma in the date's own brackets: "Kayden (7, 12/03/2016)". */
const AGE_IN_BRACKETS = /\(\s*\d{1,2}\s*[,;]\s*$/;
/** A date alone in brackets straight after one or two words: "Lee Tansley (02.03.1990)". */
const BRACKET_BEFORE = /(?:(\p{L}[\p{L}'’-]*)\s+)?(\p{L}[\p{L}'’-]*)\s*\(\s*$/u;
/**
 * The bracket closes after the date, or goes on to the person's other details: "Rebecca Earnshaw
 * (14.05.1989, NHS 714 532 9611)", "Evie (21.04.10, NHS …)", "(3/4/1990, 34 yrs)".
 */
const BRACKET_AFTER =
  /^\s*(?:\)|[,;]\s*(?:NHS|CHI|H&C|MRN|hosp(?:ital)?\b|NI\b|aged?\b|\d{1,2}\s*(?:y\/?o|yrs?|years?)\b|male\b|female\b|[MF]\b))/iu;
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
  if (date.year === undefined || !BRACKET_AFTER.test(text.slice(date.end, date.end + 24))) {
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
 * A person's full name and a full date together in one pair of brackets, as a police or case note
 * writes someone it mentions ("with "Big Tam" (Thomas McGuigan 11/04/86)"): the date is theirs.
 * A title, an event or a document before the date makes it a visit's or a letter's ("(Dr Kaur
 * 12/03/2025)", "(Review Conference 4/5/2025)"), and the year must come before the note's latest.
 */
const NAME_IN_BRACKETS_BEFORE = /\(\s*(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\s+$/u;
const TITLES = /^(?:dr|mr|mrs|ms|miss|mx|pc|dc|ds|sgt|prof|rev|cllr)$/i;

function namedInBracketsBirthDate(text: string, date: DateMention, latestYear: number): boolean {
  if (date.year === undefined || date.day < 1 || date.compact || date.cueOnly) return false;
  if (!/^\s*\)/.test(text.slice(date.end, date.end + 4))) return false;
  // A short year of 30 or more is last century's ("86"); `latestYear` reads every short year as 20…
  const year = date.twoDigitYear ? date.year + (date.year >= 30 ? 1900 : 2000) : date.year;
  if (year >= latestYear) return false;
  const words = NAME_IN_BRACKETS_BEFORE.exec(text.slice(Math.max(0, date.start - 50), date.start));
  if (!words) return false;
  return [words[1], words[2]].every((word) => personWord(word) && !TITLES.test(word));
}

/**
 * A police log's person, given name then surname in capitals, and a full date set off by commas
 * ("Jonathan THWAITE, 03/02/1978, of Scar Top"): an adult's year, sixteen or more before the note's
 * latest, unless a known given name opens the line, so a team in capitals and a meeting's date
 * ("Leeds MASH, 03/02/2026,") are none.
 */
const CAPITAL_SURNAME_BEFORE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+\p{Lu}{2}[\p{Lu}'’-]*[ \t]*,[ \t]*$/u;

function capitalSurnameBirthDate(text: string, date: DateMention, latestYear: number): boolean {
  if (date.year === undefined || date.day < 1 || date.compact || date.cueOnly) return false;
  if (date.twoDigitYear || !CLOSED_AFTER.test(text.slice(date.end, date.end + 8))) return false;
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const person = CAPITAL_SURNAME_BEFORE.exec(before);
  const first = person?.[1];
  // Opening its line, a known given name heads a record's entry whatever other dates the note has.
  const heads =
    person !== null &&
    /(?:^|\n)[ \t]*$/.test(before.slice(0, person.index)) &&
    givenNames.has(foldName(first ?? ''));
  if (!heads && date.year > latestYear - 16) return false;
  return personWord(first) && !TITLES.test(first);
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
  return !MEETING_BEFORE.test(before) && personWord(word);
}

/**
 * The form record systems print a person in, surname in capitals, a comma, then the forenames
 * ("KERRIGAN, SHAUNA 02/05/1996", "DOLAN, Connor James 30/10/1993"): police logs, PNC and case
 * systems all write a person so, and a full date straight after is their date of birth.
 */
const SYSTEM_NAME_BEFORE =
  /(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]+,[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+$/u;
/**
 * A numbered item that opens with a name and a date ("1. Dominik Horváth 02/01/2009 father …"):
 * a list of children, each with a birth date, as referral forms give them.
 */
const NUMBERED_ITEM_BEFORE =
  /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+$/u;

/**
 * A full date, its year before the latest year the note names, straight after a person written as
 * a record system writes one, or after the name that opens a numbered item.
 */
function recordFormBirthDate(text: string, date: DateMention, latestYear: number): boolean {
  if (date.year === undefined || date.day < 1 || date.compact || date.cueOnly) return false;
  if (date.twoDigitYear || date.year >= latestYear) return false;
  const before = text.slice(Math.max(0, date.start - 60), date.start);
  const system = SYSTEM_NAME_BEFORE.exec(before);
  if (system) {
    const words = system[0].trim().split(/[\s,]+/u);
    return words.every((word) => !EVENT_WORDS.test(word) && !monthNumbers.has(word.toLowerCase()));
  }
  const item = NUMBERED_ITEM_BEFORE.exec(before);
  if (!item) return false;
  const words = item[0].trim().split(/\s+/u).slice(1);
  return !MEETING_BEFORE.test(before) && words.every(personWord);
}

/** An age just before the date: "aged 7 (12/03/2016)", "Kayden (7, 12/03/2016)". */
function ageBefore(text: string, date: DateMention): boolean {
  const before = text.slice(Math.max(0, date.start - 24), date.start);
  return (
    AGE_BEFORE.test(before) ||
    (AGE_IN_BRACKETS.test(before) && BRACKET_AFTER.test(text.slice(date.end, date.end + 24)))
  );
}

/** A word that could be a name: not a word that never is, nor an ordinary word's ending. */
function nameLikeWord(word: string | undefined): boolean {
  if (!word || word.length < 2) return false;
  const key = foldName(word);
  return !isNeverAName(key) && !/(?:ing|ion|ment|ance|ence|ed)$/.test(key);
}

/** A word that could be a person's, not an event's, a document's, a month's or a day's. */
function personWord(word: string | undefined): word is string {
  return (
    nameLikeWord(word) &&
    word !== undefined &&
    !EVENT_WORDS.test(word) &&
    !monthNumbers.has(word.toLowerCase()) &&
    !weekdays.has(word.toLowerCase())
  );
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

/**
 * True when the date stands beside a person as their date of birth: after an age, alone in brackets
 * after a name, or set off after a name in a list, a table row or between a name and a kinship word.
 * `latestYear` is the latest year the note names (a dated entry's year is not before it).
 */
export function birthDateBesideName(text: string, date: DateMention, latestYear: number): boolean {
  return (
    (!date.cueOnly && date.year !== undefined && ageBefore(text, date)) ||
    bracketedBirthDate(text, date, latestYear) ||
    namedInBracketsBirthDate(text, date, latestYear) ||
    capitalSurnameBirthDate(text, date, latestYear) ||
    appositionBirthDate(text, date, latestYear) ||
    recordFormBirthDate(text, date, latestYear)
  );
}
