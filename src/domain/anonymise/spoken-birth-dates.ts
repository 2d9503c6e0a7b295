// A date of birth read out in numbers as words, as a dictated note's transcript gives it: "date of
// birth eleven seven two thousand nine" (11/7/2009), "DOB the third of the fourth twenty fourteen"
// (3/4/2014), "date of birth four October twenty fifteen" (a cardinal day before the month's
// name, as speech recognition writes it). Only straight after a birth cue: "eleven seven" alone is
// no date. An ordinal before a month's name ("the third of March") is the date finder's.
import { DAY_WORDS, NUMBER_WORDS, YEAR_WORDS, dayValue, numberWordsValue } from './date-words';
import { makeFinding, type Finding } from './types';
import { monthNumbers } from './vocabulary';

const CUE = String.raw`\b(?:date\s+of\s+birth|DOB|d\.o\.b\.?|born(?:\s+on)?)(?:\s+(?:is|was))?[\s:,]*`;
// A capitalised word in the month's place counts only if it names a month (`wordsValue`).
const MONTH_NAME = String.raw`\p{Lu}\p{Ll}{2,8}`;
const SPOKEN_BIRTH_DATE = new RegExp(
  String.raw`${CUE}((?:the\s+)?(${NUMBER_WORDS}|${DAY_WORDS})[\s,]+(?:of\s+)?(?:the\s+)?(${NUMBER_WORDS}|${DAY_WORDS}|${MONTH_NAME})[\s,]+(?:of\s+)?(${YEAR_WORDS}))(?![\p{L}\p{N}])`,
  'giu',
);

/** The value of a day or month in words, cardinal ("seven") or ordinal ("fourth"). */
function wordsValue(written: string): number {
  const month = monthNumbers.get(written.toLowerCase());
  if (month !== undefined) return month;
  const cardinal = numberWordsValue(written);
  return Number.isNaN(cardinal) ? dayValue(written) : cardinal;
}

/** Dates of birth in spoken numbers after a birth cue. */
export function findSpokenBirthDates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(SPOKEN_BIRTH_DATE)) {
    const [whole, date = '', day = '', month = ''] = match;
    // "the third of March": an ordinal before a month's name is the date finder's.
    if (monthNumbers.has(month.toLowerCase()) && Number.isNaN(numberWordsValue(day))) continue;
    const dayNumber = wordsValue(day);
    const monthNumber = wordsValue(month);
    if (!(dayNumber >= 1 && dayNumber <= 31 && monthNumber >= 1 && monthNumber <= 12)) continue;
    const end = match.index + whole.length;
    findings.push(
      makeFinding(
        text,
        { start: end - date.length, end },
        {
          type: 'date-of-birth',
          replacement: '[date of birth]',
          reason: 'A date of birth read out in words',
          confidence: 'high',
        },
      ),
    );
  }
  return findings;
}
