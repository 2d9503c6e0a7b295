// Known names: every client person's names and their variants (nicknames, hyphen halves,
// possessives, case and accents, one-letter misspellings), replaced by the person's placeholder.
import { acronyms, agencyWords, brandWords, culturalWords, placeWords } from './agency-words';
import { ACTION_VERBS, RELATIVE_WORDS, personalNounFollows } from './name-frames';
import {
  buildNameIndex,
  closeNames,
  entriesOf,
  type NameEntry,
  type NameIndex,
} from './name-index';
import { nameStandsForTown } from './name-places';
import { opensSentenceAsWord } from './name-scan';
import type { ClientPerson } from './people';
import { englishWords } from './names/english-words';
import { foldName, isAllCaps, isCapitalised, isSentenceInitial, type Token } from './text';
import {
  makeFinding,
  overlapsAny,
  type Confidence,
  type Finding,
  type KnownClient,
  type Span,
} from './types';
import {
  auxiliaryFollowers,
  planVerbs,
  commonWords,
  monthNumbers,
  monthPrepositions,
  ordinaryWordNames,
  weekdays,
} from './vocabulary';

interface Scan {
  text: string;
  tokens: readonly Token[];
  index: NameIndex;
  blocked: readonly Span[];
  professionalKeys: ReadonlySet<string>;
}

interface Match {
  entries: readonly NameEntry[];
  how: 'exact' | 'plural' | 'spelling';
}

/** True when the word at `i` is used as a verb or noun rather than a name ("Will you…", "in April"). */
function usedAsWord(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token) return true;
  const previous = scan.tokens[i - 1];
  if (
    opensSentenceAsWord(
      scan.text,
      scan.tokens,
      i,
      (key) => auxiliaryFollowers.has(key) || planVerbs.has(key),
    )
  )
    return true;
  if (token.key.length > 3 && monthNumbers.has(token.key)) {
    // "the April episodes", "in April"; but "baby April 7 months" is the baby and her age.
    if (previous && (monthPrepositions.has(previous.key) || previous.key === 'the')) return true;
    if (
      /^\s*\d+(?!\d)(?!\s*(?:months?|mths?|mo|weeks?|wks?|years?|yrs?|yo)\b)/.test(
        scan.text.slice(token.end, token.end + 14),
      )
    )
      return true;
  }
  return false;
}

function caseAllows(scan: Scan, i: number, entry: NameEntry): boolean {
  const token = scan.tokens[i];
  if (!token) return false;
  if (isAllCaps(token.raw) && acronyms.has(token.key)) return false;
  if (entry.kind === 'nickname' && !isCapitalised(token.raw)) return false;
  if (ordinaryWordNames.has(token.key) && !isCapitalised(token.raw) && !personInContext(scan, i))
    return false;
  return !usedAsWord(scan, i);
}

/** Words before a lower-case name that show it is a person: "mum hope", "daddy dean", "fella frank". */
const PERSON_BEFORE: ReadonlySet<string> = new Set([...RELATIVE_WORDS, 'says', 'said', 'and']);
/** Words after a lower-case name that show it is a person: "dean grabbed", "summer has a bruise". */
const PERSON_AFTER = ACTION_VERBS;
/** Words before that show the ordinary word is meant ("i hope", "the summer", "a mark"). */
const WORD_BEFORE = new Set(
  'i we you they the a an this that these those over in during last next his her their our my your no'.split(
    ' ',
  ),
);

/**
 * True when a client's name that is also an ordinary word, written in lower case, stands where a
 * person does: after a relationship word, before a reporting verb, an age in brackets or a
 * possessive ("mum hope says", "summer (11m)", "frank's reg"), and not after "i", "the" or "a".
 */
function personInContext(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  const next = scan.tokens[i + 1];
  if (!token) return false;
  const previousClose = previous && /^[\s,]+$/.test(scan.text.slice(previous.end, token.start));
  if (previousClose && WORD_BEFORE.has(previous.key)) return false;
  if (previousClose && PERSON_BEFORE.has(previous.key) && previous.key !== 'and') return true;
  if (token.possessive || /^\s*\(\d/.test(scan.text.slice(token.end, token.end + 4))) return true;
  const nextClose = next && /^\s+$/.test(scan.text.slice(token.end, next.start));
  // "blessing sister Chiamaka", "hope brother Kai": a name before a relative is that person's.
  if (nextClose && next && RELATIVE_WORDS.has(next.key)) return true;
  // "summer has a bruise" starts its clause, after a comma too ("a stranger, faith asks for me");
  // "a red mark was seen" does not.
  const clauseStart = !previousClose || scan.text.slice(previous.end, token.start).includes(',');
  return Boolean(nextClose && next && PERSON_AFTER.has(next.key) && clauseStart);
}

function isOrdinaryWord(key: string): boolean {
  return [
    ordinaryWordNames,
    commonWords,
    agencyWords,
    placeWords,
    culturalWords,
    brandWords,
    weekdays,
  ].some((set) => set.has(key));
}

function matchToken(scan: Scan, i: number): Match | undefined {
  const token = scan.tokens[i];
  if (!token || overlapsAny(token, scan.blocked)) return undefined;
  const exact = scan.index.get(token.key)?.filter((entry) => caseAllows(scan, i, entry)) ?? [];
  if (exact.length > 0) return { entries: exact, how: 'exact' };
  if (scan.index.has(token.key) || isOrdinaryWord(token.key)) return undefined;
  const capitalised = isCapitalised(token.raw);
  // "Jaydens mum", and in lower case only for names of four letters or more ("lulus dad").
  const base =
    token.key.endsWith('s') && token.key.length >= (capitalised ? 4 : 5)
      ? scan.index.get(token.key.slice(0, -1))
      : undefined;
  // A name that is also a word ("ruby") only before someone or something of theirs: "rubys mum".
  const owner = personalNounFollows(scan.text, scan.tokens, i);
  const plural = base?.filter(
    (entry) =>
      entry.kind !== 'nickname' && (owner || !ordinaryWordNames.has(token.key.slice(0, -1))),
  );
  if (plural && plural.length > 0) return { entries: plural, how: 'plural' };
  // "oakly" for Oakley in a hurried note: in lower case only a word that is no English word and
  // keeps the name's first letter ("telly" is no Kelly).
  if (!capitalised && (token.raw !== token.key || englishWords.has(token.key))) return undefined;
  if (scan.professionalKeys.has(token.key) || monthNumbers.has(token.key)) return undefined;
  const near = closeNames(scan.index, token.key);
  if (!capitalised && !near.some((name) => name.charAt(0) === token.key.charAt(0)))
    return undefined;
  const close = entriesOf(scan.index, near).filter((entry) => entry.kind !== 'nickname');
  return close.length > 0 ? { entries: close, how: 'spelling' } : undefined;
}

const TITLE_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+$/u;
const INITIAL_BEFORE = /(?:^|[^\p{L}\p{N}])([A-Z])\.?\s+$/u;

function titleBefore(text: string, start: number): { start: number; title: string } | undefined {
  const before = text.slice(Math.max(0, start - 10), start);
  const match = TITLE_BEFORE.exec(before);
  const title = match?.[1];
  if (!match || !title) return undefined;
  return {
    start: start - before.length + match.index + match[0].indexOf(title),
    title: title.toLowerCase(),
  };
}

function byTitle(owners: readonly ClientPerson[], title: string): ClientPerson | undefined {
  const gender =
    title === 'mr' || title === 'master' ? 'male' : title === 'mx' ? undefined : 'female';
  const fitting = owners.filter((owner) => owner.gender === gender);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Which person a surname shared by several people means here, if the context says. */
function resolveOwner(
  scan: Scan,
  token: Token,
  owners: readonly ClientPerson[],
  previous?: Previous,
): ClientPerson | undefined {
  if (owners.length === 1) return owners[0];
  if (
    previous &&
    owners.includes(previous.person) &&
    /^[\s-]+$/.test(scan.text.slice(previous.end, token.start))
  ) {
    return previous.person;
  }
  const title = titleBefore(scan.text, token.start);
  if (title) return byTitle(owners, title.title);
  const initial = initialBefore(scan.text, token.start);
  const fitting = owners.filter((owner) => firstInitial(owner) === initial);
  return fitting.length === 1 ? fitting[0] : undefined;
}

function firstInitial(owner: ClientPerson): string {
  return foldName(owner.person.firstName).charAt(0).toUpperCase();
}

/** The capital initial written just before a surname ("J Smith", "S. McAllister"), if any. */
function initialBefore(text: string, start: number): string | undefined {
  return INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1];
}

interface Previous {
  person: ClientPerson;
  end: number;
}

function confidenceOf(scan: Scan, token: Token, match: Match, entry: NameEntry): Confidence {
  if (match.how !== 'exact') return 'medium';
  if (entry.kind === 'nickname')
    return token.key.length <= 3 || ordinaryWordNames.has(token.key) ? 'medium' : 'high';
  return ordinaryWordNames.has(token.key) && isSentenceInitial(scan.text, token.start)
    ? 'medium'
    : 'high';
}

function reasonOf(match: Match, entry: NameEntry, owner: ClientPerson | undefined): string {
  const whose = owner ? `${owner.describe}'s` : 'a surname shared by the family:';
  const what =
    match.how === 'spelling'
      ? `close to ${whose} ${entry.part}`
      : match.how === 'plural'
        ? `${whose} ${entry.part} with an s`
        : `${whose} ${entry.part}`;
  return what.charAt(0).toUpperCase() + what.slice(1);
}

function spanOf(scan: Scan, token: Token, match: Match, owner: ClientPerson | undefined): Span {
  const kind = match.entries[0]?.kind;
  let start = token.start;
  let end = token.end;
  if (match.how === 'plural' && /^['’](?![\p{L}])/u.test(scan.text.slice(end, end + 2))) end += 1;
  if (!owner || kind !== 'family') return { start, end };
  const title = titleBefore(scan.text, start);
  if (title) return { start: title.start, end };
  const initial = INITIAL_BEFORE.exec(scan.text.slice(Math.max(0, start - 4), start));
  if (initial?.[1] && initial[1] === firstInitial(owner)) {
    start -= initial[0].length - initial[0].indexOf(initial[1]);
  }
  return { start, end };
}

interface Found {
  finding: Finding;
  owner: ClientPerson | undefined;
}

function findingFor(scan: Scan, i: number, previous: Previous | undefined): Found | undefined {
  const token = scan.tokens[i];
  const match = matchToken(scan, i);
  const best = match?.entries[0];
  if (!token || !match || !best) return undefined;
  const sameKind = match.entries.filter((entry) => entry.kind === best.kind);
  const owners = [...new Set(sameKind.map((entry) => entry.person))];
  const owner = best.kind === 'family' ? resolveOwner(scan, token, owners, previous) : best.person;
  const span = spanOf(scan, token, match, owner);
  const apostropheS = match.how === 'plural' && best.kind === 'given';
  const replacement = (owner?.placeholder ?? '[family name]') + (apostropheS ? "'s" : '');
  const confidence = confidenceOf(scan, token, match, best);
  const reason = reasonOf(match, best, owner);
  const alone = span.start === token.start && span.end === token.end && match.how === 'exact';
  if (alone && nameStandsForTown(scan.text, token)) {
    const why = 'A family name that is also a town, written where a place stands';
    const place = { type: 'place' as const, replacement: '[place]', reason: why, confidence };
    return { finding: makeFinding(scan.text, span, place), owner: undefined };
  }
  return {
    finding: makeFinding(scan.text, span, { type: 'name', replacement, reason, confidence }),
    owner,
  };
}

/**
 * Every mention of a client person's name: first, middle, preferred and surnames and their hyphen
 * halves, nicknames from the built-in table (capitalised only), possessives ("Jayden's",
 * "Jaydens'"), any case or accent, and capitalised one-edit misspellings of names of five or more
 * letters that are not ordinary words. Names that are ordinary words ("Hope", "Will") count only
 * when capitalised and not plainly used as the word. A surname shared by several people becomes
 * "[family name]" unless a first name or title before it says whose it is.
 */
export function findKnownNames(
  text: string,
  client: KnownClient,
  tokens: readonly Token[],
  blocked: readonly Span[],
  professionalKeys: ReadonlySet<string>,
): Finding[] {
  const scan: Scan = { text, tokens, index: buildNameIndex(client), blocked, professionalKeys };
  const findings: Finding[] = [];
  let previous: Previous | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const found = findingFor(scan, i, previous);
    if (!found) continue;
    findings.push(found.finding);
    previous = found.owner ? { person: found.owner, end: found.finding.end } : undefined;
  }
  return findings;
}
