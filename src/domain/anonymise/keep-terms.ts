// What the partnership needs to read and the anonymiser must never hide: UK public bodies (councils,
// police forces, NHS trusts and boards, children's trusts), statutory and practice terms, and each
// policy pack's own agencies, teams and directory numbers. Matched in any case, folded like names.
import { placeWords } from './agency-words';
import { COUNCIL_AREAS, COUNCIL_NAMES } from './keep/uk-councils';
import { CHILDREN_AND_NATIONAL_BODIES, POLICE_FORCES } from './keep/uk-public-bodies';
import { PRACTICE_TERMS } from './keep/practice-terms';
import { hospitalAndHubSpans } from './hospital-hubs';
import { isServiceCompound } from './name-words';
import { breedSpans } from './pet-breeds';
import { gazetteer } from './gazetteer/settlements';
import { foldName, isCapitalised, tokenise, type Token } from './text';
import type { AnonymiseContext, Span } from './types';

type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Words that join the words of a body's name ("Bath and North East Somerset", "Stoke-on-Trent"). */
const CONNECTORS = new Set('and of upon on the with in under le by'.split(' '));
/** Words that say which kind of council, between its area and "Council". */
const COUNCIL_KINDS = new Set(
  'county city borough district metropolitan town parish royal london unitary'.split(' '),
);
/** Endings that make a council, police force or children's service of the area words before them. */
const AREA_SUFFIXES: readonly (readonly string[])[] = [
  ['council'],
  ['cc'],
  ['mbc'],
  ['police'],
  ['constabulary'],
  ['police', 'service'],
  ['children', 'trust'],
  ['children', 'services'],
  ['children', 'services', 'trust'],
  ['safeguarding', 'children', 'partnership'],
  ['safeguarding', 'children', 'board'],
  ['safeguarding', 'partnership'],
  ['safeguarding', 'adults', 'board'],
];
/** Endings of NHS bodies' names, whose other words may be anything capitalised (a hospital's name). */
const NHS_SUFFIXES: readonly (readonly string[])[] = [
  ['nhs', 'trust'],
  ['nhs', 'foundation', 'trust'],
  ['nhs', 'ft'],
  ['health', 'board'],
  ['integrated', 'care', 'board'],
  ['integrated', 'care', 'system'],
  ['icb'],
  ['clinical', 'commissioning', 'group'],
  ['ccg'],
  ['health', 'and', 'social', 'care', 'trust'],
  ['health', 'and', 'care', 'partnership'],
];
/** Welsh names that put the body's kind first: "Cyngor Gwynedd", "Cyngor Sir Powys", "Heddlu Gwent". */
const AREA_PREFIXES: readonly (readonly string[])[] = [
  ['cyngor', 'sir'],
  ['cyngor', 'bwrdeistref', 'sirol'],
  ['cyngor', 'dinas'],
  ['cyngor'],
  ['heddlu'],
  ['bwrdd', 'iechyd'],
  // Scotland's health boards put "NHS" first: "NHS Grampian", "NHS Greater Glasgow and Clyde".
  ['nhs'],
];
const PREFIX_STARTS = new Set(AREA_PREFIXES.map((keys) => keys[0]));
/** Welsh words for Wales and its parts, which name an area after a Welsh prefix. */
const WELSH_AREA_WORDS = new Set('cymru gogledd de canol gorllewin dwyrain dyfed'.split(' '));
const MAX_NAME_WORDS = 10;
/** The first word of every ending, to skip most words at once. */
const SUFFIX_STARTS = new Set([...AREA_SUFFIXES, ...NHS_SUFFIXES].map((keys) => keys[0]));

function phraseKeys(phrase: string): string[] {
  return tokenise(phrase).map((token) => token.key);
}

function indexPhrases(phrases: Iterable<string>): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const keys = phraseKeys(phrase);
    const first = keys[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(keys);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

let builtIn: { phrases: PhraseIndex; areaWords: ReadonlySet<string> } | undefined;

/** The built-in lists, indexed on first use. */
function builtInLists(): { phrases: PhraseIndex; areaWords: ReadonlySet<string> } {
  if (builtIn) return builtIn;
  const phrases = [COUNCIL_NAMES, POLICE_FORCES, CHILDREN_AND_NATIONAL_BODIES, PRACTICE_TERMS]
    .join('|')
    .split('|');
  const areaWords = new Set<string>(placeWords);
  for (const name of [...COUNCIL_AREAS.split('|'), ...POLICE_FORCES.split('|')]) {
    for (const key of phraseKeys(name)) if (!CONNECTORS.has(key)) areaWords.add(key);
  }
  for (const kind of [...COUNCIL_KINDS, 'council', 'police', 'constabulary'])
    areaWords.delete(kind);
  builtIn = { phrases: indexPhrases(phrases), areaWords };
  return builtIn;
}

/** True when two neighbouring words of a name are joined by spaces, a hyphen or a digit ("Section 47"). */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 8 && /^(?:['’]s)?[\s\d,&.-]*$/u.test(gap) && !/[.,]\s*\n/.test(gap);
}

/** True when two words of a name sit next to each other, one space or hyphen apart. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^(?:['’]s)?[ \t-]{1,2}$/u.test(text.slice(a.end, b.start));
}

/** True when the words from token `i` on are `keys`, joined as one name. */
function matchesAt(text: string, tokens: readonly Token[], i: number, keys: readonly string[]) {
  for (let k = 0; k < keys.length; k += 1) {
    const token = tokens[i + k];
    if (!token || token.key !== keys[k]) return false;
    const previous = tokens[i + k - 1];
    if (k > 0 && previous && !joined(text, previous, token)) return false;
  }
  return true;
}

function phraseSpans(text: string, tokens: readonly Token[], index: PhraseIndex): Span[] {
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    for (const keys of index.get(token.key) ?? []) {
      if (!matchesAt(text, tokens, i, keys)) continue;
      const last = tokens[i + keys.length - 1];
      if (last) spans.push({ start: token.start, end: last.end + (last.possessive ? 2 : 0) });
      return;
    }
  });
  return spans;
}

/**
 * Names that end in a body's kind: "Swindon Borough Council", "wiltshire police" (area words from
 * the gazetteer before the ending), "Great Western Hospitals NHS Foundation Trust" (capitalised
 * words before an NHS ending).
 */
function bodySpans(text: string, tokens: readonly Token[], areaWords: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    if (!SUFFIX_STARTS.has(token.key)) return;
    const area = AREA_SUFFIXES.find((keys) => matchesAt(text, tokens, i, keys));
    const nhs = area ? undefined : NHS_SUFFIXES.find((keys) => matchesAt(text, tokens, i, keys));
    const suffix = area ?? nhs;
    if (!suffix) return;
    // "found in Gateshead by police": no body's area ends in a joining word before its kind.
    if (area && CONNECTORS.has(tokens[i - 1]?.key ?? '')) return;
    const fits = (token: Token) =>
      CONNECTORS.has(token.key) ||
      (area
        ? COUNCIL_KINDS.has(token.key) || areaWords.has(token.key)
        : isCapitalised(token.raw) && !/^(?:and|or)$/i.test(token.raw));
    const walk = (commas: boolean): number => {
      let start = i;
      while (start > 0 && i - start < MAX_NAME_WORDS) {
        const [before, token] = [tokens[start - 1], tokens[start]];
        if (!before || !token || !fits(before)) break;
        if (
          !adjacent(text, before, token) &&
          !(commas && text.slice(before.end, token.start) === ', ')
        )
          break;
        if (before.possessive && area) break;
        start -= 1;
      }
      while (start < i && CONNECTORS.has(tokens[start]?.key ?? '')) start += 1;
      return start;
    };
    // "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board": a comma
    // only inside a name that starts with "NHS".
    const wide = nhs ? walk(true) : i;
    const start = tokens[wide]?.key === 'nhs' ? wide : walk(false);
    const named = tokens.slice(start, i).some((token) => !CONNECTORS.has(token.key));
    const first = tokens[start];
    const last = tokens[i + suffix.length - 1];
    if (named && first && last) spans.push({ start: first.start, end: last.end });
  });
  return spans;
}

/** Welsh bodies named kind first: the kind, then the area words after it ("Heddlu Gogledd Cymru"). */
function prefixSpans(
  text: string,
  tokens: readonly Token[],
  areaWords: ReadonlySet<string>,
): Span[] {
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    if (!PREFIX_STARTS.has(token.key) || !isCapitalised(token.raw)) return;
    const prefix = AREA_PREFIXES.find((keys) => matchesAt(text, tokens, i, keys));
    if (!prefix) return;
    let end = i + prefix.length - 1;
    for (let j = end + 1; j < tokens.length && j - i < MAX_NAME_WORDS; j += 1) {
      const [before, next] = [tokens[j - 1], tokens[j]];
      if (!before || !next || !adjacent(text, before, next)) break;
      // "and" joins two areas in one board's name ("Greater Glasgow and Clyde").
      if (next.key === 'and' && isCapitalised(tokens[j + 1]?.raw ?? '')) continue;
      if (!isCapitalised(next.raw)) break;
      end = j;
    }
    const last = tokens[end];
    const named = end >= i + prefix.length;
    if (
      named &&
      last &&
      tokens
        .slice(i + prefix.length, end + 1)
        .some((t) => areaWords.has(t.key) || WELSH_AREA_WORDS.has(t.key))
    )
      spans.push({ start: token.start, end: last.end });
  });
  return spans;
}

/** A service's one-word brand and the area words before it: "Liverpool Careline", "Parentline". */
function serviceSpans(
  text: string,
  tokens: readonly Token[],
  areaWords: ReadonlySet<string>,
): Span[] {
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    if (!isCapitalised(token.raw) || !isServiceCompound(token.key)) return;
    let start = i;
    for (let j = i - 1; j >= 0 && i - j <= 3; j -= 1) {
      const [before, after] = [tokens[j], tokens[j + 1]];
      if (!before || !after || !adjacent(text, before, after) || !areaWords.has(before.key)) break;
      if (!isCapitalised(before.raw)) break;
      start = j;
    }
    const first = tokens[start];
    if (first) spans.push({ start: first.start, end: token.end });
  });
  return spans;
}

/**
 * A town's public venue or food bank, named by the town it serves: "Wrexham Guildhall", "March Town
 * Hall", "Oldham Civic Centre", "the Aldershot Community Pantry". Meetings are held there and
 * families are sent there from a whole town, so neither the town nor the venue's word is hidden.
 */
const VENUE =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]{1,30}[ \t]+){1,3}?)(?:Guildhall|Town[ \t]+Hall|Civic[ \t]+Centre|(?:Community[ \t]+)?Pantry)(?![\p{L}])/gu;

/** The spans of VENUE whose words before the venue's are a listed area's. */
function venueSpans(text: string, areaWords: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(VENUE)) {
    const name = foldName((match[1] ?? '').trim());
    const words = name.split(/[ \t]+/u);
    if (!gazetteer().names.has(name) && !words.every((word) => areaWords.has(word))) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

let areaNames: ReadonlySet<string> | undefined;

/**
 * True when the folded words are the name of a council's area or a listed town ("swindon",
 * "milton keynes"): a lower-case word after "lives in" that is certainly a place.
 */
export function isKnownAreaName(folded: string): boolean {
  areaNames ??= new Set([
    ...placeWords,
    ...COUNCIL_AREAS.split('|').map((name) => phraseKeys(name).join(' ')),
  ]);
  return areaNames.has(folded);
}

const contextIndexes = new WeakMap<readonly string[], PhraseIndex>();

function contextPhrases(context: AnonymiseContext | undefined): PhraseIndex | undefined {
  const terms = context?.keepTerms;
  if (!terms || terms.length === 0) return undefined;
  let index = contextIndexes.get(terms);
  if (!index) {
    index = indexPhrases(terms);
    contextIndexes.set(terms, index);
  }
  return index;
}

/**
 * The spans of `text` that name a public body, a statutory or practice term, or one of the
 * policy pack's agencies and teams (`context.keepTerms`): nothing inside them is proposed for
 * hiding except an identifier the client record itself holds.
 */
export function keepSpans(
  text: string,
  tokens: readonly Token[],
  context?: AnonymiseContext,
): Span[] {
  const { phrases, areaWords } = builtInLists();
  const extra = contextPhrases(context);
  const spans = new Map<string, Span>();
  for (const span of [
    ...phraseSpans(text, tokens, phrases),
    ...(extra ? phraseSpans(text, tokens, extra) : []),
    ...bodySpans(text, tokens, areaWords),
    ...prefixSpans(text, tokens, areaWords),
    ...serviceSpans(text, tokens, areaWords),
    ...venueSpans(text, areaWords),
    ...hospitalAndHubSpans(text),
    // A pet's kind is no one's name: "the family's XL Bully", "a Cane Corso" (./pet-breeds.ts).
    ...breedSpans(text, tokens),
  ])
    spans.set(`${span.start}:${span.end}`, span);
  return [...spans.values()];
}
