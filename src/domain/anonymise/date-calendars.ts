// Dates written in the Persian (Solar Hijri) or Ethiopian calendar ("9 Mehr 1391", "11 Hidar
// 2003"): an age-dispute note gives a young person's birth date as the family or the person reckons
// it, and a note has no other reason to write a date that way. Each month's name is read only with a
// day before it and a year of its own calendar after it, so "Azar" the surname or a Gregorian year
// never makes one.
import { makeFinding, type Finding } from './types';

/** The Persian calendar's months (Iran; Afghanistan's Dari names are ordinary words and stay out). */
const PERSIAN_MONTHS =
  'Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand';
/** The Ethiopian calendar's months, in the spellings an interpreter gives. */
const ETHIOPIAN_MONTHS =
  'Meskerem|Tiki?mt|Tikemt|Hidar|Hedar|Tahe?sas|Ter|Yekatit|Yakatit|Megabit|Magabit|Miyazi?ya|Gin?bot|Genbot|Senie?|Hamle|Nehasse?|Pagumen?';
const CALENDAR_DATE = new RegExp(
  String.raw`\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:(?:${PERSIAN_MONTHS}),?\s+1[34]\d\d|(?:${ETHIOPIAN_MONTHS}),?\s+(?:19|20)\d\d)\b`,
  'g',
);

/** Birth dates written in the Persian or Ethiopian calendar. */
export function findCalendarBirthDates(text: string): Finding[] {
  return [...text.matchAll(CALENDAR_DATE)].map((match) =>
    makeFinding(
      text,
      { start: match.index, end: match.index + match[0].length },
      {
        type: 'date-of-birth',
        replacement: '[date of birth]',
        reason: 'A birth date in the Persian or Ethiopian calendar',
        confidence: 'high',
      },
    ),
  );
}
