// A date of birth read out in numbers as words, as a dictated note's transcript gives it: "date of
// birth eleven seven two thousand nine" (11/7/2009), "DOB the third of the fourth twenty fourteen"
// (3/4/2014). Only straight after a birth cue: "eleven seven" alone is no date. A month named in
// words ("the third of March") is the date finder's.
import { DAY_WORDS, NUMBER_WORDS, YEAR_WORDS, dayValue, numberWordsValue } from './date-words';
import { makeFinding, type Finding } from './types';

const CUE = String.raw`\b(?:date\s+of\s+birth|DOB|d\.o\.b\.?|born(?:\s+on)?)(?:\s+(?:is|was))?[\s:,]*`;
const SPOKEN_BIRTH_DATE = new RegExp(
  String.raw`${CUE}((?:the\s+)?(${NUMBER_WORDS}|${DAY_WORDS})[\s,]+(?:of\s+)?(?:the\s+)?(${NUMBER_WORDS}|${DAY_WORDS})[\s,]+(?:of\s+)?(${YEAR_WORDS}))(?![\p{L}\p{N}])`,
  'giu',
);

/** The value of a day or month in words, cardinal ("seven") or ordinal ("fourth"). */
function wordsValue(written: string): number {
  const cardinal = numberWordsValue(written);
  return Number.isNaN(cardinal) ? dayValue(written) : cardinal;
}

/** Dates of birth in spoken numbers after a birth cue. */
export function findSpokenBirthDates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(SPOKEN_BIRTH_DATE)) {
    const [whole, date = '', day = '', month = ''] = match;
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
