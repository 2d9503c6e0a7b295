// A phone number read out in words, as a dictated note's transcript gives it ("her phone is oh seven
// seven double oh nine double oh seven one four"): digit words, "double" and "triple" before one,
// starting with "oh", "zero" or "nought" like every UK number, ten or eleven digits in all; "seven
// hundred" is "700" ("oh seven seven hundred nine hundred eight two six"); and a number abroad whose
// "+" and country code are read out ("plus four eight 600 000 412", "plus three five three eight
// seven …").
import { isUkPhoneNumber } from './phone-digits';
import { makeFinding, type Finding } from './types';

const DIGITS: Readonly<Record<string, string>> = {
  oh: '0',
  o: '0',
  zero: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** "nine hundred" is "900", as people read out the 07700 900 range. */
const DIGIT = String.raw`(?:(?:double|triple|treble)[ \t]+)?(?:${Object.keys(DIGITS).join('|')})(?:[ \t]+hundred)?`;
/** A run of digit words from a zero, one space, comma or hyphen apart; at most fourteen words. */
const SPOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:oh|zero|nought)(?:[ \t,-]+${DIGIT}){6,13}(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * "plus" and one to three digit words (a country code), then the rest in digits or digit words:
 * eight to thirteen digits after the code, as every country's numbers run.
 */
const SPOKEN_ABROAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])plus(?:[ \t]+(?:one|two|three|four|five|six|seven|eight|nine)){1,3}((?:[ \t,-]+(?:\d{1,4}|${DIGIT})){3,13})(?![\p{L}\p{N}])`,
  'giu',
);

/** The digits a run of digit words spells: "double oh nine" → "009". */
function spelt(words: string): string {
  let digits = '';
  let times = 1;
  for (const word of words.toLowerCase().split(/[ \t,-]+/)) {
    if (word === 'hundred') {
      digits += '00';
      continue;
    }
    if (word === 'double' || word === 'triple' || word === 'treble') {
      times = word === 'double' ? 2 : 3;
      continue;
    }
    digits += (DIGITS[word] ?? '').repeat(times);
    times = 1;
  }
  return digits;
}

/** UK phone numbers written in digit words, ten or eleven digits from a leading zero. */
export function findSpokenPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(SPOKEN)) {
    if (isUkPhoneNumber(spelt(match[0]))) push(match);
  }
  for (const match of text.matchAll(SPOKEN_ABROAD)) {
    // Digits written as figures count as they stand; spelt() reads only the digit words.
    const rest = match[1] ?? '';
    const count = (rest.match(/\d/g) ?? []).length + spelt(rest).length;
    if (count >= 8 && count <= 13) push(match);
  }
  return findings;
  function push(match: RegExpMatchArray): void {
    const start = match.index ?? 0;
    const span = { start, end: start + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'phone',
        replacement: '[phone number]',
        reason: 'A phone number read out in words',
        confidence: 'medium',
      }),
    );
  }
}
