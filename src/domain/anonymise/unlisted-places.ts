// Places no list holds, found by the word before them: a capitalised name after "in", "from", "to",
// "via", "near" and the like that is nobody's given name and none of the words of the
// safeguarding world ("moved from Southall to Hayes", "family in Hargeisa", "a church in Thornton
// Heath"). Suburbs, estates and towns abroad are the places the gazetteer misses; proposed at low
// confidence for the reviewer, after the names and listed places have had their say.
import {
  acronyms,
  agencyWords,
  brandWords,
  culturalWords,
  organisationSuffixes,
  personalTitles,
  professionalTitles,
  roleWords,
  tradeWords,
} from './agency-words';
import { givenNames } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { onsGivenNames } from './names/ons-given-names';
import { agencyWord, placeIsAgency } from './place-agency';
import { isAllCaps, isCapitalised, type Token } from './text';
import { overlapsAny, placeFinding, type Finding, type Span } from './types';
import { commonWords, monthNumbers, ordinaryWordNames, weekdays } from './vocabulary';

const CUE_WORDS = new Set([
  'in',
  'from',
  'to',
  'via',
  'towards',
  'toward',
  'near',
  'around',
  'outside',
]);
const LANGUAGES = new Set(
  "sylheti amharic yoruba igbo twi shona swahili hebrew yiddish greek bulgarian hungarian dutch czech slovak romani gaelic bsl makaton creole patois lingala krio oromo ge'ez geez sorani kurmanji badini tigre hausa wolof fula tagalog".split(
    ' ',
  ),
);
/**
 * Services a note says something came from or happened in that are no place: police and social
 * care record systems ("extract from Niche"), asylum housing providers ("in Mears accommodation"),
 * an app's short name ("via Snap"), the Welsh word for a school ("outside Ysgol y Moelwyn").
 */
const SERVICES = new Set(
  'niche athena storm mosaic liquidlogic eclipse systmone emis rio mears serco clearsprings snap insta ysgol'.split(
    ' ',
  ),
);

/** Countries and regions of the world: too wide to locate a family (folded, first word). */
const COUNTRIES = new Set(
  [
    'afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain',
    'bangladesh belarus belgium bolivia bosnia brazil bulgaria burundi cameroon canada chad chile',
    'china colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea',
    'estonia ethiopia finland france gambia georgia germany ghana greece guinea hungary iceland',
    'india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo',
    'kuwait latvia lebanon liberia libya lithuania malawi malaysia mali malta mexico moldova',
    'montenegro morocco mozambique namibia nepal netherlands holland nigeria norway oman pakistan',
    'palestine peru philippines poland portugal qatar romania russia rwanda saudi senegal serbia',
    'sierra singapore slovakia slovenia somalia somaliland spain sudan sweden switzerland syria',
    'taiwan tanzania thailand tunisia turkey uganda ukraine uae usa america vietnam yemen zambia',
    'zimbabwe africa asia europe caribbean kurdistan',
  ]
    .join(' ')
    .split(' '),
);

/** True when a word cannot start a place's name: a kept, common, cultural or name word. */
function notAPlaceWord(token: Token): boolean {
  return (
    notAPlaceUnlessNamed(token) ||
    [ordinaryWordNames, givenNames, onsGivenNames].some((set) => set.has(token.key))
  );
}

/** `notAPlaceWord` but for the name lists: a word no list of ordinary or kept words holds. */
function notAPlaceUnlessNamed(token: Token): boolean {
  const key = token.key;
  return (
    (isAllCaps(token.raw) && token.raw.length > 1) ||
    [
      agencyWords,
      organisationSuffixes,
      roleWords,
      culturalWords,
      brandWords,
      acronyms,
      personalTitles,
      professionalTitles,
      commonWords,
      weekdays,
      LANGUAGES,
      SERVICES,
      COUNTRIES,
    ].some((set) => set.has(key)) ||
    monthNumbers.has(key)
  );
}

/** First words of two-word places: "East Ham", "Higher Openshaw", "Kings Lynn", "St Pauls". */
const PLACE_PREFIXES = new Set(
  'east west north south upper lower higher nether great little old new kings st saint market long high castle chipping'.split(
    ' ',
  ),
);

/**
 * True when `first`, a word that on its own is no place (a compass word, an ordinary word that is
 * also a name), starts a two-word place in a place frame: "moved from East Ham", "the Tesco in
 * Cherry Hinton". The second word must be capitalised and no name or ordinary word itself.
 */
function startsTwoWordPlace(text: string, first: Token, next: Token | undefined): boolean {
  if (!next || first.possessive || !/^[ -]$/.test(text.slice(first.end, next.start))) return false;
  if (!PLACE_PREFIXES.has(first.key) && !ordinaryWordNames.has(first.key)) return false;
  if (notAPlaceUnlessNamed(first) && !PLACE_PREFIXES.has(first.key)) return false;
  return isCapitalised(next.raw) && !notAPlaceWord(next) && inPlaceFrame(text, first);
}

/**
 * True when `first` is a rarer name in the ONS list only (not the common given names) standing
 * where a place stands: "moved from Southall to Hayes", "a cousin in Aden".
 */
function rareNameAsPlace(text: string, first: Token): boolean {
  return (
    onsGivenNames.has(first.key) &&
    !givenNames.has(first.key) &&
    !ordinaryWordNames.has(first.key) &&
    !notAPlaceUnlessNamed(first) &&
    !first.possessive &&
    inPlaceFrame(text, first)
  );
}

/** A number after the place that counts time, not a flat or ward: "from Tirana 2 years ago". */
const TIME_AFTER = /^\s\d+\s+(?:years?|yrs?|months?|weeks?|wks?|days?|hours?|hrs?)\b/;

/**
 * "at" names a place only after a word that puts someone there at a time: "last seen at Gunwharf
 * Quays", "met me at Tollgate", "found by a neighbour at Hexby", "the annual camp at Crowborough",
 * "supported lodgings at Ashley Hill". Alone it starts too many phrases ("at Barnardo's"), and
 * "seen at" without "last" is a patient's visit ("seen at Pinderfields").
 */
const SEEN_AT =
  /\b(?:last[ \t]+seen|found|spotted|met(?:[ \t]+(?:me|him|her|them|up))?|picked[ \t]+up|dropped[ \t]+off|camp|residential|lodgings|caravan|moored|hangs?[ \t]+(?:about|around|out)|hanging[ \t]+(?:about|around|out))(?:[ \t]+by(?:[ \t]+[^\s.,;:]+){1,3})?[ \t]+$/iu;

/** Capitalised names after a place preposition that nothing else explains, as low-confidence places. */
export function findUnlistedPlaces(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
  taken: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    const cue = tokens[i - 1];
    if (!first || !cue || !isCapitalised(first.raw)) continue;
    if (
      !CUE_WORDS.has(cue.key) &&
      !(JOINERS.has(cue.key) && inPlaceFrame(text, first)) &&
      !(cue.key === 'at' && SEEN_AT.test(text.slice(Math.max(0, cue.start - 32), cue.start)))
    )
      continue;
    if (!/^\s+$/.test(text.slice(cue.end, first.start))) continue;
    if (
      notAPlaceWord(first) &&
      !startsTwoWordPlace(text, first, tokens[i + 1]) &&
      !rareNameAsPlace(text, first)
    )
      continue;
    // The run of capitalised words ("Thornton Heath", "Alum Rock"), at most three.
    let n = 1;
    while (n < 3) {
      const next = tokens[i + n];
      const previous = tokens[i + n - 1];
      if (!next || !previous || !/^[ -]$/.test(text.slice(previous.end, next.start))) break;
      // "the camp at Crowborough I saw him": the pronoun starts the next clause.
      if (!isCapitalised(next.raw) || previous.possessive || next.raw === 'I') break;
      // "found at Heartlands A&E": a hospital's department ends the name.
      if (text.startsWith('&', next.end)) break;
      n += 1;
    }
    const words = tokens.slice(i, i + n);
    const last = words[n - 1];
    if (!last) continue;
    i += n - 1;
    const span = { start: first.start, end: last.end };
    // "Boro Cars", "Pretty Nails", "TeachFirst Supply": a firm's name, not a place.
    const agencyInside = words.some(
      (token) =>
        organisationSuffixes.has(token.key) ||
        agencyWords.has(token.key) ||
        tradeWords.has(token.key) ||
        agencyWord(token.raw) ||
        // "seen at Hackney YOS": a service's initials after its area.
        (token !== first && isAllCaps(token.raw) && token.raw.length > 1),
    );
    const key = words.map((token) => token.key).join(' ');
    if (
      agencyInside ||
      /^[ \t]+A&E/u.test(text.slice(last.end, last.end + 5)) ||
      first.raw.length < 2 ||
      placeIsAgency(text, span.start, span.end, key) ||
      last.possessive ||
      (/^\s?\d/.test(text.slice(last.end, last.end + 2)) &&
        !TIME_AFTER.test(text.slice(last.end, last.end + 16))) ||
      (isKnownAreaName(key) &&
        !/\b(?:lives?|living|moved)\s+(?:\S+\s+)?(?:in|to)\s+$/iu.test(
          text.slice(Math.max(0, span.start - 30), span.start),
        )) ||
      overlapsAny(span, blocked) ||
      overlapsAny(span, taken)
    )
      continue;
    findings.push(placeFinding(text, span, 'A place named after "in", "from" or "to"', 'low'));
  }
  return findings;
}

/** Words before "to"/"from" that make a journey: what follows is a place, not a person. */
const JOURNEY_BEFORE =
  /\b(?:moved?|moving|relocated|rehoused|trip|holiday|back|went|go(?:es|ing)?|gone|travel(?:l?ed|l?ing)?|arrived|returned|came|come|fled|ran|run|flew|drove|transferred|move|family|originally|visit(?:ed|ing)?|sent|deported|placed)\s+(?:\w+\s+)?(?:to|from)\s+$/iu;

/** "in", "via", "near" and the like, or "from … to …": plainly a place frame. */
const PLACE_CUE_BEFORE = /\b(?:in|via|near|towards?|around|outside)\s+$/iu;
/** The second of two places after "in", "near" or "between": "in Pakistan and Birmingham". */
const JOINED_PLACE_BEFORE =
  /\b(?:in|near|via|between)\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?\s+(?:and|or|&)\s+$/u;
const JOINERS = new Set(['and', 'or']);
const FROM_BEFORE_TO = /\bfrom\s+[\p{Lu}][\p{L}'’ -]{1,30}\s+to\s+$/u;
const TO_AFTER_FROM = /^\s+to\s+[\p{Lu}]/u;

/**
 * True when the words before `span` (and "to" after a "from") make it a place rather than a
 * person: "in Peckham", "a trip to Sylhet", "moved from Easton to St Pauls" — but not "spoke to
 * Tyrese" or "messages from Kyle".
 */
export function inPlaceFrame(text: string, span: Span): boolean {
  // The second word of a place ("Lynn" in "from Kings Lynn") stands in the frame of the first.
  const before = text
    .slice(Math.max(0, span.start - 40), span.start)
    .replace(/(\s)[\p{Lu}][\p{L}'’-]*\s+$/u, '$1');
  if (PLACE_CUE_BEFORE.test(before) || JOURNEY_BEFORE.test(before)) return true;
  if (JOINED_PLACE_BEFORE.test(before)) return true;
  if (FROM_BEFORE_TO.test(before)) return true;
  return /\bfrom\s+$/iu.test(before) && TO_AFTER_FROM.test(text.slice(span.end, span.end + 20));
}
