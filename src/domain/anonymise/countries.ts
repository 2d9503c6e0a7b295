// Countries and regions abroad ("Poland", "New Zealand", "punjab"). Decision 0070: a country is
// never proposed on its own, wherever it stands, and never guessed as a stranger's name ("left for
// New Zealand" is no "Zealand"). The answer keys disagree on them and the partnership needs to know
// where a child was taken or a parent lives (forced marriage, FGM, private fostering abroad); the
// town abroad, the street and the people stay hidden. The words are still used: a name guess
// before ", Germany" is the town there ("Sennelager, Germany"). The frame rule the decision
// measured and did not adopt is in the history (`findCountries`, commit 10acd1e), not here.
import { isListedGivenName } from './given-names';
import type { Token } from './text';
import type { Span } from './types';

/**
 * Countries, territories and regions abroad (folded, one word each; two-word names by their
 * last word below). Public names; the UK's four nations are left out on purpose.
 */
const COUNTRIES = new Set(
  [
    'afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain',
    'bangladesh barbados belarus belgium bolivia bosnia brazil bulgaria burundi cameroon canada',
    'chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti dominica ecuador',
    'egypt eritrea estonia ethiopia finland france gambia georgia germany ghana greece grenada',
    'guinea guyana hungary iceland india indonesia iran iraq ireland israel italy jamaica japan',
    'jordan kazakhstan kenya kosovo kuwait latvia lebanon lesotho liberia libya lithuania',
    'luxembourg malawi malaysia mali malta mauritius mexico moldova mongolia montenegro morocco',
    'mozambique myanmar namibia nepal netherlands holland niger nigeria norway oman pakistan',
    'palestine peru philippines poland portugal qatar romania russia rwanda senegal serbia',
    'singapore slovakia slovenia somalia somaliland spain sudan sweden switzerland syria taiwan',
    'tajikistan tanzania thailand togo trinidad tunisia turkey uganda ukraine uae usa america',
    'uzbekistan venezuela vietnam yemen zambia zimbabwe falklands gibraltar',
    // Regions abroad a family goes back to that stand for a country in notes.
    'kurdistan punjab kashmir darfur',
  ]
    .join(' ')
    .split(' '),
);
/** Two-word countries, by their first word: "New Zealand", "Sierra Leone", "Sri Lanka". */
const TWO_WORD = new Map<string, ReadonlySet<string>>([
  ['new', new Set(['zealand'])],
  ['sierra', new Set(['leone'])],
  ['sri', new Set(['lanka'])],
  ['saudi', new Set(['arabia'])],
  ['south', new Set(['africa', 'sudan', 'korea'])],
  ['north', new Set(['macedonia', 'korea'])],
  ['ivory', new Set(['coast'])],
  ['hong', new Set(['kong'])],
  ['el', new Set(['salvador'])],
  ['costa', new Set(['rica'])],
  ['czech', new Set(['republic'])],
]);
/** Countries that are also ordinary words, proposed only when written with a capital. */
const ALSO_WORDS = new Set(['turkey', 'china', 'chad', 'jordan', 'georgia', 'india', 'niger']);

/** Words before the country that make it a nation's part or a name, never a journey abroad. */
const NOT_ABROAD_BEFORE = /\b(?:northern|republic\s+of|homes\s+for)\s+$/iu;

/**
 * The first and last token of a country's name starting at `tokens[i]`, or undefined: one listed
 * word, or a listed pair ("New Zealand", "Sierra Leone").
 */
function countryAt(text: string, tokens: readonly Token[], i: number): [Token, Token] | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const second = tokens[i + 1];
  const pair = TWO_WORD.get(first.key);
  if (pair && second && pair.has(second.key) && /^ $/.test(text.slice(first.end, second.start)))
    return [first, second];
  return COUNTRIES.has(first.key) ? [first, first] : undefined;
}

/** True when the folded word is a one-word country or region abroad ("eritrea", "punjab"). */
export function isCountryWord(key: string): boolean {
  return COUNTRIES.has(key);
}

/** True when a one-word country is also a given name or a word ("Jordan", "Chad", "turkey"). */
function nameLike(token: Token): boolean {
  return ALSO_WORDS.has(token.key) || isListedGivenName(token.key);
}

/**
 * Every country's name in `text` that is no person's: capitalised, not a given name or a word
 * that is also one ("Jordan", "Chad" stay out), not "Northern Ireland" or "Homes for Ukraine".
 */
export function countryWords(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const found = countryAt(text, tokens, i);
    if (!found) continue;
    const [first, last] = found;
    if (!/^\p{Lu}/u.test(first.raw) || (first === last && nameLike(first))) continue;
    if (NOT_ABROAD_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
    spans.push({ start: first.start, end: last.end });
    if (last !== first) i += 1;
  }
  return spans;
}
