// Countries and regions abroad ("Poland", "New Zealand", "punjab"). Decision 0070: a country is
// never proposed on its own, wherever it stands, and never guessed as a stranger's name ("left for
// New Zealand" is no "Zealand"). The answer keys disagree on them and the partnership needs to know
// where a child was taken or a parent lives (forced marriage, FGM, private fostering abroad); the
// town abroad, the street and the people stay hidden. The words are still used: a name guess
// before ", Germany" is the town there ("Sennelager, Germany"). `findCountries` is the frame rule
// the decision measured and did not adopt, kept tested so the choice can be reversed in one line.
import { givenNames } from './given-names';
import { onsGivenNames } from './names/ons-given-names';
import { placeIsAgency } from './place-agency';
import type { Token } from './text';
import { overlapsAny, placeFinding, type Finding, type Span } from './types';

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

/** The words before a country that put a person there or on the way: "in", "back to", "via". */
const FRAME_BEFORE =
  /(?:^|[^\p{L}])(?:in|to|from|via|through|into|across|towards?|near|outside|around|left\s+for|leaves?\s+for|leaving\s+for|flew\s+for|flight\s+for|bound\s+for|visiting|visit\s+to)\s+(?:the\s+)?$/iu;
/** A verb of moving, or "in"/"into"/"through", before a country that is also a given name. */
const NAME_COUNTRY_FRAME =
  /(?:(?:^|[^\p{L}])(?:in|into|through|via|across)|\b(?:moved?|moving|relocated|resettled|returned|went|gone|going|go|back|travel(?:l?ed|l?ing)?|arrived|came|come|fled|flew|deported|sent|taken|trip|holiday|originally|family)\s+(?:\w+\s+)?(?:to|from))\s+(?:the\s+)?$/iu;
/** A town, then a comma: "Bydgoszcz, Poland", "Cork, Ireland", "Sennelager, Germany". */
const TOWN_COMMA_BEFORE = /\p{Lu}[\p{L}'’-]+,[ \t]*$/u;
/** A phone number abroad, then the country in brackets: "+40 723 551 908 (Romania)". */
const PHONE_BEFORE = /\+\d[\d ]{6,}\d[ \t]*\($/u;
/** A list of countries on a route: "via Libya/Italy/France", "Libya and Italy". */
const LIST_BEFORE = /(?:\/|,\s*|\s+(?:and|or|then)\s+)$/u;
/** Words before the country that make it a nation's part or a name, never a journey abroad. */
const NOT_ABROAD_BEFORE = /\b(?:northern|republic\s+of|homes\s+for)\s+$/iu;

const REASON = 'A country or region abroad where a person went, came from or lives';

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

/** True when a one-word country is also a given name or a word ("Jordan", "Chad", "turkey"). */
function nameLike(token: Token): boolean {
  return ALSO_WORDS.has(token.key) || givenNames.has(token.key) || onsGivenNames.has(token.key);
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

/**
 * Countries abroad in a person's movement or residence frame, as low places: after "in", "to",
 * "from", "via", "left for"; after a town and a comma; in brackets after a number abroad; in a
 * route ("Libya/Italy/France"). Measured for decision 0070 and not called: see the header.
 */
export function findCountries(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const found = countryAt(text, tokens, i);
    if (!found) continue;
    const [first, last] = found;
    const capital = /^\p{Lu}/u.test(first.raw);
    const alsoName = last === first && nameLike(first);
    if (alsoName && !capital) continue;
    const span = { start: first.start, end: last.end };
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (NOT_ABROAD_BEFORE.test(before)) continue;
    const listed = previousEnd >= 0 && LIST_BEFORE.test(text.slice(previousEnd, span.start));
    const framed = alsoName
      ? NAME_COUNTRY_FRAME.test(before) || listed
      : FRAME_BEFORE.test(before) ||
        TOWN_COMMA_BEFORE.test(before) ||
        PHONE_BEFORE.test(before) ||
        listed;
    if (!framed) continue;
    const key = text.slice(span.start, span.end).toLowerCase();
    if (placeIsAgency(text, span.start, span.end, key, true) || overlapsAny(span, blocked))
      continue;
    findings.push(placeFinding(text, span, REASON, 'low'));
    previousEnd = span.end;
    i += last === first ? 0 : 1;
  }
  return findings;
}
