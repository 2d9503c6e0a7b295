// Dates in the text: which are dates of birth or an expected date of delivery (redacted) and which
// are meeting and discussion dates (kept). The dates are read in date-mentions.ts; a date of birth
// with no cue, told by the person it stands beside, in birth-date-beside-name.ts.
import { birthDateBesideName } from './birth-date-beside-name';
import { findCalendarBirthDates } from './date-calendars';
import { findSpokenBirthDates } from './spoken-birth-dates';
import { findDateMentions, latestYear, sameDate, type DateMention } from './date-mentions';
import { clientPeople, type ClientPerson } from './people';
import { inBirthDateColumn } from './table-columns';
import { makeFinding, type Finding, type KnownClient, type Span } from './types';

/**
 * What may stand between a cue and its date: punctuation, small words, an age column joined to the
 * cue ("DOB/Age:") and how sure the date is ("DOB (claimed) 01/01/2008", "DOB approx 12/03/2016").
 * The cue itself may reach its date across up to four words ending in "as" ("gave his date of birth
 * to ward staff as 02/02/1993", "DOB given by mum as 3/4/2016").
 */
const FILLER = String.raw`(?:\s|[:,(\-–=/)]|\b(?:on|in|is|was|of|the|as|dated?|given|recorded|at|age|approx\.?|approximately|estimated|claimed|stated|assessed|believed|reported|papers|paperwork|documents?|records?|file|system|passport|his|her|their)\b)*`;
const DOB_BEFORE = new RegExp(
  String.raw`(?:\bborn(?:\s+(?:yesterday|today|early|prematurely|premature|overnight|at\s+home))?|\bD\.?O\.?B\.?(?:s\b)?|\bd\/o\/b|\bdate of birth|\bbirthday|\bbirth date|(?<![\p{L}\p{N}])b\.|\bturn(?:s|ed|ing)\s+\d{1,2}|\bgave birth|\b(?:born|delivered|gave birth)\s+(?:at|in)(?:\s+(?!(?:and|but|then|was|were|came|moved|arrived)\b)[\p{L}\p{N}'’-]+){1,5}\s+on|\b(?:date of birth|D\.?O\.?B)(?:\s+[\p{L}'’]+){1,4}\s+as)${FILLER}$`,
  'iu',
);
const DOB_AFTER =
  /^\s*[(,–-]?\s*(?:(?:her|his|their|the|a)\s+)?(?:D\.?O\.?B\b|date of birth|birthday)|^\s*\(\s*(?:aged?\s+\d{1,2}|\d{1,2}\s*(?:yrs?|years?(?:\s+old)?|y\/?o))\s*\)/i;
const EDD_BEFORE = new RegExp(
  String.raw`(?:\bE\.?D\.?[DC]\b\.?|\b(?:expected|estimated|est\.?) (?:date of )?(?:delivery|confinement)(?: date)?|\bpregnant,? due|\bdue date|\b(?:baby|she|mum|mother|pregnancy)(?: is)? due|\bdue to give birth)${FILLER}$`,
  'i',
);
const DUE_BEFORE = new RegExp(String.raw`\b(?:due|expected)${FILLER}$`, 'i');
/**
 * The Home Office named a few words before a 1 January date ("Home Office recorded 1 January 2007",
 * "the HO one (01/01/2009)"): the date of birth it gives a young person whose own is not known.
 */
const HOME_OFFICE_BEFORE = /\b(?:Home\s+Office|HO)\b[^.\n\d]{0,25}$/;

function homeOfficeBirthDate(text: string, date: DateMention): boolean {
  if (date.day !== 1 || date.month !== 1 || date.year === undefined) return false;
  return HOME_OFFICE_BEFORE.test(text.slice(Math.max(0, date.start - 40), date.start));
}

/** Only a comma or "and" between two dates. */
const LIST_GAP = /^\s*(?:,|&|and)\s*$/;

function cueBefore(text: string, date: DateMention, cue: RegExp): boolean {
  return cue.test(text.slice(Math.max(0, date.start - 40), date.start));
}

function classify(
  text: string,
  date: DateMention,
  client: KnownClient,
  born: readonly ClientPerson[],
  noteYear: number,
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
  const owner = born.find(({ person }) => person.dob && sameDate(date, person.dob));
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
    birthDateBesideName(text, date, noteYear) ||
    inBirthDateColumn(text, date) ||
    homeOfficeBirthDate(text, date)
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
 * Dates of birth (any client person's, any date next to "born", "DOB", "d.o.b.", "date of
 * birth", "birthday", and any in the Persian or Ethiopian calendar) and the unborn child's expected date of delivery become findings; every
 * other date is returned in `kept` so that no other rule redacts part of a meeting date.
 */
export function findDates(
  text: string,
  client: KnownClient,
): { findings: Finding[]; kept: Span[] } {
  const findings: Finding[] = [...findCalendarBirthDates(text), ...findSpokenBirthDates(text)];
  const kept: Span[] = [];
  const dates = findDateMentions(text);
  const noteYear = latestYear(dates);
  // The people with a date of birth on record, worked out once: a client detail may be long, and a
  // note may hold thousands of dates.
  const born = clientPeople(client).filter(({ person }) => person.dob !== undefined);
  let last: Finding | undefined;
  for (const date of dates) {
    let finding = classify(text, date, client, born, noteYear);
    // A list after one cue ("DOBs 14/05/2018, 22/01/2021"): a date straight after a date of birth,
    // with only a comma or "and" between, is the next child's.
    if (
      !finding &&
      last?.type === 'date-of-birth' &&
      LIST_GAP.test(text.slice(last.end, date.start))
    )
      finding = {
        ...last,
        start: date.start,
        end: date.end,
        original: text.slice(date.start, date.end),
      };
    last = finding;
    if (finding) findings.push(finding);
    else if (!date.compact && !date.cueOnly) kept.push({ start: date.start, end: date.end });
  }
  return { findings: findings.sort((a, b) => a.start - b.start), kept };
}
