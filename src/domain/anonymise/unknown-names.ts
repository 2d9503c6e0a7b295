// Names the user never typed into the record ("mum's new partner Dean Walsh", "her boyfriend,
// Kyle"), found from cues; other capitalised words are proposed with low confidence for review.
// Lower-case names are in lower-case-names.ts, surnames in capitals in capital-names.ts, names given
// in brackets in bracket-names.ts, and what is plainly not a person (professionals, organisations,
// services) in not-a-person.ts, and the pass that weighs each capitalised word alone in
// capitalised-words.ts.
import { bracketNames, guessedNames } from './bracket-names';
import { capitalisedWords } from './capitalised-words';
import { capitalSurnames } from './capital-names';
import { givenNames } from './given-names';
import {
  definedNames,
  lowerCaseFrames,
  lowerCaseNames,
  propagateLower,
  propagateWithS,
} from './lower-case-names';
import { messageFrames } from './message-frames';
import { NAMING_CUES } from './naming-cues';
import { isNameListWord, listedWith, nicknameBetweenNames, quoted } from './name-frames';
import {
  BEFORE_REASON,
  GIVEN_NAME_REASON,
  LOWER_CASE_REASON,
  RANK,
  SAME_REASON,
  opensSentenceAsWord,
  propose,
  proposeLower,
  type Scan,
} from './name-scan';
import { capitalisedRun, inOrganisationName, looksLikeNameWord } from './name-words';
import { placeGuesses } from './name-places';
import { forgetAfterEachCall, remembering } from './call-memory';
import { quotedAliases } from './quoted-aliases';
import { wordFirstNames } from './word-first-names';
import {
  inNamedThing,
  plainlyNotAPerson,
  professionalMentions,
  repeatWherePlaceStands,
} from './not-a-person';
import { foldName, isAllCaps, tokenStartingAt, type Token } from './text';
import { makeFinding, overlapsAny, type Confidence, type Finding, type Span } from './types';
import { ordinaryWordNames, planVerbs } from './vocabulary';

const RELATIONSHIPS =
  '(?:mother|father|sister|brother|son|daughter)-in-law|mate|bestie|pal|fella|bloke|partner|ex-partner|boyfriend|girlfriend|bf|gf|husband|wife|fianc[eé]e?|ex|uncle|aunt|auntie|aunty|grandmother|grandfather|grandma|grandad|granddad|grandpa|nan|nana|nanny|gran|granny|step-?father|step-?dad|step-?mother|step-?mum|cousin|brother|sister|half-brother|half-sister|step-?brother|step-?sister|friend|neighbour|neighbor|lodger|mum|mummy|mom|mam|mother|dad|daddy|father|son|daughter|niece|nephew|carer|childminder|babysitter|godmother|godfather|relative';

// A relationship word or a naming cue, then a name; the cues are naming-cues.ts's one list, which
// the search for lower-case names after a cue reads too.
const CUE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${RELATIONSHIPS}|${Object.values(NAMING_CUES).join('|')})(?:['’]s)?(?:\s*[,:(–-]\s*|\s+)(?:(?:called|named|known as|is|was|aka)\s+)?['‘"“]?(?:\p{Lu}\.\s*(?=\p{Lu}\p{Ll}))?(?=\p{Lu})`,
  'giu',
);
const NAME_THEN_CUE = new RegExp(
  String.raw`^['’"”]?\s*(?:[,(–-]|\s(?:is|was)\s)\s*(?:(?:her|his|their|the|a|an|mum['’]s|dad['’]s|maternal|paternal|family|new|older|younger|former|ex|current|birth|\w+['’]s)[\s-]+){0,3}(?:${RELATIONSHIPS})\b`,
  'iu',
);
// Titles of address of other languages count as "Mr" does ("Pan Kowalczyk", "Señora Ruiz"); not
// "Sr", which a ward's sister goes by.
const PERSONAL_TITLE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Master|MR|MRS|MS|MISS|Pan|Pani|Señora?|Senora?|Sra|Srta|Signora?|Herr|Frau|Monsieur|Madame|Mme)\.?\s+(?=\p{Lu})/gu;
/** Proposes up to three capitalised words starting at token `i`, stopping at a non-name. */
function proposeRun(scan: Scan, i: number, confidence: Confidence, reason: string): void {
  for (let j = i; j < i + 3 && j >= 0; j += 1) {
    const [token, next] = [scan.tokens[j], scan.tokens[j + 1]];
    // "GP Partner, Kendray Medical Practice": a cue word before an organisation's name.
    if (token && !isAllCaps(token.raw) && inOrganisationName(scan.text, scan.tokens, j)) return;
    if (!token || !propose(scan, j, confidence, reason)) return;
    if (!next || !/^[ \t-]+$/.test(scan.text.slice(token.end, next.start)) || token.possessive)
      return;
    // In capitals a run of words is as likely the sentence going on: one name word is enough.
    if (isAllCaps(token.raw)) return;
  }
}

const NICKNAME_REASON = 'A nickname between a first name and a surname';

/**
 * Records a quoted nickname between a first name and a surname that is the first name cut short,
 * even when the short form is also a month or a word ('Declan "Dec" Maguire', 'Susan "Sue" Hale').
 */
function shortFormBetweenNames(scan: Scan, i: number): void {
  const [first, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (!first || !token || scan.found.has(i) || token.key.length < 2) return;
  if (!first.key.startsWith(token.key) || first.key === token.key) return;
  if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
  scan.found.set(i, { confidence: 'medium', reason: NICKNAME_REASON });
}

/** The text `cueEnds` last read, and where its cues end. */
let lastCues: { text: string; ends: number[] } | undefined;

/**
 * Where each relationship word or naming cue (and what joins it to a name) ends. The driver asks
 * for the relatives' names and the name search for the names after a cue, both on the same text in
 * each pass: the long pattern is read over the text once for both.
 */
function cueEnds(text: string): number[] {
  if (lastCues?.text === text) return lastCues.ends;
  const ends = [...text.matchAll(CUE_THEN_NAME)].map((match) => match.index + match[0].length);
  // Kept only within one call of the anonymiser: it holds the record's text (./call-memory.ts).
  if (remembering()) lastCues = { text, ends };
  return ends;
}
forgetAfterEachCall({
  size: () => (lastCues ? 1 : 0),
  forget: () => (lastCues = undefined),
});

function afterCues(scan: Scan): void {
  for (const end of cueEnds(scan.text)) {
    const i = tokenStartingAt(scan.tokens, end);
    if (i >= 0) proposeRun(scan, i, 'medium', 'A name after a relationship word');
  }
  scan.tokens.forEach((token, i) => {
    if (nicknameBetweenNames(scan.text, scan.tokens, i)) {
      if (!propose(scan, i, 'medium', NICKNAME_REASON)) shortFormBetweenNames(scan, i);
      propose(scan, i + 1, 'medium', 'A surname after a nickname');
    }
    if (
      !looksLikeNameWord(token) ||
      !NAME_THEN_CUE.test(scan.text.slice(token.end, token.end + 60))
    )
      return;
    const run = capitalisedRun(scan.text, scan.tokens, i).filter((j) => j <= i && j >= i - 2);
    for (const j of run) propose(scan, j, 'medium', 'A name before a relationship word');
  });
}

function afterTitles(scan: Scan): void {
  for (const match of scan.text.matchAll(PERSONAL_TITLE)) {
    const i = tokenStartingAt(scan.tokens, match.index + match[0].length);
    if (i >= 0 && !scan.professionalKeys.has(scan.tokens[i]?.key ?? '')) {
      proposeRun(scan, i, 'medium', 'A name after Mr, Mrs, Ms or Miss');
    }
  }
}

const STRONG_REASONS = new Set([GIVEN_NAME_REASON, LOWER_CASE_REASON]);

/** A name-like word listed with a name found on surer grounds: "Star and Jenson", "poppy + Alfie". */
function listedNames(scan: Scan): void {
  const sure = (j: number) => {
    const found = scan.found.get(j);
    return Boolean(found && (found.confidence !== 'low' || STRONG_REASONS.has(found.reason)));
  };
  for (let round = 0; round < 2; round += 1) {
    scan.tokens.forEach((token, i) => {
      if (scan.found.has(i) || !listedWith(scan.text, scan.tokens, i, sure)) return;
      if (looksLikeNameWord(token)) {
        const nameLike = givenNames.has(token.key) || ordinaryWordNames.has(token.key);
        if (nameLike && !plainlyNotAPerson(scan, i))
          propose(scan, i, 'low', 'A name listed with another name');
      } else if (isNameListWord(token.key) || (token.key.length >= 3 && quoted(scan.text, token)))
        proposeLower(scan, i, 'low', 'A name listed with another name');
    });
  }
}

/** A capitalised word just before a proposed name is its first name ("Dean" in "Dean Walsh"). */
function extendBackwards(scan: Scan): void {
  const starts = [...scan.found.keys()].sort((a, b) => b - a);
  for (const i of starts) {
    const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
    if (!previous || !token || scan.found.has(i - 1) || previous.possessive) continue;
    if (/^ $/.test(scan.text.slice(previous.end, token.start)) && !plainlyNotAPerson(scan, i - 1)) {
      propose(scan, i - 1, 'low', BEFORE_REASON);
    }
  }
}

/** Every other capitalised mention of a word already proposed as a name gets the same proposal. */
function propagate(scan: Scan): void {
  const byKey = new Map<string, { confidence: Confidence; reason: string }>();
  for (const [i, found] of scan.found) {
    const key = scan.tokens[i]?.key;
    const before = key === undefined ? undefined : byKey.get(key);
    if (key !== undefined && (!before || RANK[before.confidence] < RANK[found.confidence]))
      byKey.set(key, found);
  }
  scan.tokens.forEach((token, i) => {
    const found = byKey.get(token.key);
    if (!found || scan.found.has(i) || overlapsAny(token, scan.keep)) return;
    // "Will ring mum Monday": a repeat of the name found elsewhere is not proposed where it opens
    // a sentence as the word does.
    if (
      inNamedThing(scan, i) ||
      opensSentenceAsWord(scan.text, scan.tokens, i, (key) => planVerbs.has(key))
    )
      return;
    if (repeatWherePlaceStands(scan, i, found)) propose(scan, i, 'low', PLACE_REPEAT_REASON);
    else propose(scan, i, found.confidence, SAME_REASON);
  });
}

/** Why a repeat of a guessed name is proposed as a place (./not-a-person.ts). */
const PLACE_REPEAT_REASON =
  'The same word as a name guessed elsewhere in the text, here where a place stands';

/**
 * The folded words written straight after a relationship word ("her partner Mark"): a
 * professional who shares such a first name does not shield the family's relative from redaction.
 */
export function relativesNamed(text: string): Set<string> {
  const keys = new Set<string>();
  for (const end of cueEnds(text)) {
    const word = /^[\p{L}\p{M}]+/u.exec(text.slice(end));
    if (word) keys.add(foldName(word[0]));
  }
  return keys;
}

/**
 * Proposes names of people the record does not know, each replaced by "[name]": words after or
 * before a relationship word ("partner Dean Walsh", "Tracey (maternal aunt)"), after "known as" or
 * a title such as "Mr" (medium confidence); and capitalised words that are not sentence-initial,
 * not common, agency, policy or place words, not after "the"/"in"/"at", not part of an
 * organisation's name and not a professional's (low confidence, for the user to review). A common
 * first name ("Kyle was there") is proposed even at the start of a sentence, unless it is also an
 * ordinary word ("Will check…") with no surname, possessive or reporting verb after it.
 */
export function findUnknownNames(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
  professionalKeys: ReadonlySet<string>,
): Finding[] {
  const scan: Scan = { text, tokens, blocked, professionalKeys, keep: [], found: new Map() };
  professionalMentions(scan);
  afterCues(scan);
  afterTitles(scan);
  capitalisedWords(scan);
  messageFrames(scan);
  extendBackwards(scan);
  capitalSurnames(scan);
  propagate(scan);
  lowerCaseNames(scan);
  lowerCaseFrames(scan);
  bracketNames(scan);
  guessedNames(scan);
  listedNames(scan);
  quotedAliases(scan);
  definedNames(scan);
  wordFirstNames(scan);
  propagateLower(scan);
  propagateWithS(scan);
  const places = placeGuesses(text, tokens, scan.found);
  return [...scan.found.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([i, { confidence, reason }]) => {
      const token = tokens[i];
      if (!token || (confidence !== 'medium' && overlapsAny(token, scan.keep))) return [];
      const { type, reason: why } = places.get(i) ?? {
        type: reason === PLACE_REPEAT_REASON ? ('place' as const) : ('name' as const),
        reason,
      };
      const replacement = `[${type}]`;
      return [makeFinding(text, token, { type, replacement, reason: why, confidence })];
    });
}
