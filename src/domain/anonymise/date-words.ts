// Dates written in words, as people say a date of birth: "the third of March twenty nineteen",
// "Boxing Day 2018", "two thousand and eighteen". Patterns and their readers for `dates.ts`.

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

const SEP = String.raw`[\s-]+`;
/** A number from one to ninety-nine in words. */
export const NUMBER_WORDS = String.raw`(?:(?:${TENS.join('|')})(?:${SEP}(?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;

/** A year in words: "twenty nineteen", "nineteen ninety-eight", "two thousand and eighteen". */
export const YEAR_WORDS = String.raw`(?:(?:nineteen|twenty)${SEP}(?:oh${SEP})?${NUMBER_WORDS}|two${SEP}thousand(?:${SEP}(?:and${SEP})?${NUMBER_WORDS})?)`;

/** A day of the month as an ordinal in words: "third", "twenty-first", "thirtieth". */
export const DAY_WORDS = String.raw`(?:(?:twenty|thirty)${SEP}(?:${ORDINAL_UNITS.join('|')})|twentieth|thirtieth|${ORDINAL_TEENS.join('|')}|${ORDINAL_UNITS.join('|')})`;

function wordsOf(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** The value of one to ninety-nine in words; NaN when the words are not a number. */
function numberValue(words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    if (UNITS.includes(word)) total += UNITS.indexOf(word) + 1;
    else if (TEENS.includes(word)) total += TEENS.indexOf(word) + 10;
    else if (TENS.includes(word)) total += (TENS.indexOf(word) + 2) * 10;
    else return Number.NaN;
  }
  return total;
}

/** The value of a number from one to ninety-nine in words ("eleven" → 11); NaN when none. */
export function numberWordsValue(written: string): number {
  return numberValue(wordsOf(written));
}

/** The year a written year stands for: "2018", "'18" (kept as 18), or words. */
export function yearValue(written: string): number {
  if (/^\d{4}$/.test(written)) return Number(written);
  const words = wordsOf(written).filter((word) => word !== 'and' && word !== 'oh');
  if (words[0] === 'two' && words[1] === 'thousand') {
    return 2000 + (words.length > 2 ? numberValue(words.slice(2)) : 0);
  }
  const century = words[0] === 'nineteen' ? 1900 : words[0] === 'twenty' ? 2000 : Number.NaN;
  return century + numberValue(words.slice(1));
}

/** The day an ordinal in words stands for: "third" → 3, "twenty-first" → 21. */
export function dayValue(written: string): number {
  let total = 0;
  for (const word of wordsOf(written)) {
    if (word === 'twenty') total += 20;
    else if (word === 'thirty') total += 30;
    else if (word === 'twentieth') total += 20;
    else if (word === 'thirtieth') total += 30;
    else if (ORDINAL_UNITS.includes(word)) total += ORDINAL_UNITS.indexOf(word) + 1;
    else if (ORDINAL_TEENS.includes(word)) total += ORDINAL_TEENS.indexOf(word) + 10;
    else return Number.NaN;
  }
  return total;
}

/** Named days that fix a date: "born on Boxing Day 2018". */
const NAMED_DAYS: Readonly<Record<string, readonly [day: number, month: number]>> = {
  'boxing day': [26, 12],
  'christmas day': [25, 12],
  'christmas eve': [24, 12],
  "new year's day": [1, 1],
  "new year's eve": [31, 12],
  "valentine's day": [14, 2],
  'may day': [1, 5],
  'bonfire night': [5, 11],
  'guy fawkes night': [5, 11],
  halloween: [31, 10],
  "st patrick's day": [17, 3],
  "st david's day": [1, 3],
  "st george's day": [23, 4],
  "st andrew's day": [30, 11],
};

/** Any named day, apostrophes straight or curly, "St" with or without a full stop. */
export const NAMED_DAY = String.raw`(?:${Object.keys(NAMED_DAYS)
  .map((name) => name.replace("'", "['’]?").replace('st ', 'st\\.? ').replace(/ /g, '\\s+'))
  .join('|')})`;

/** The day and month of a named day as written; undefined when it is not one. */
export function namedDay(written: string): readonly [number, number] | undefined {
  const key = written
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^st\.?\s+/, 'st ')
    .replace(/\s+/g, ' ')
    .replace(/^(new year|valentine|st \w+?)s /, "$1's ");
  return NAMED_DAYS[key];
}
