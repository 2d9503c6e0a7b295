// Names the user never typed into the record ("mum's new partner Dean Walsh", "her boyfriend,
// Kyle"), found from cues; other capitalised words are proposed with low confidence for review.
import { acronyms, roleWords, agencyWords, organisationSuffixes } from './agency-words';
import { capitalisedRun, inOrganisationName, isNeverAName, looksLikeNameWord } from './name-words';
import { ambiguousGivenNames, givenNames } from './given-names';
import { onsGivenNames } from './names/ons-given-names';
import { foldName, isAllCaps, isSentenceInitial, tokenStartingAt, type Token } from './text';
import { makeFinding, overlapsAny, type Confidence, type Finding, type Span } from './types';
import { ordinaryWordNames } from './vocabulary';
import {
  actionVerbFollows,
  ageFollows,
  isNameListWord,
  isSurnameListWord,
  listedWith,
  namedAfterCue,
  ownsPersonalNoun,
  relativeBefore,
  spellingMarkFollows,
  unlistedNameBeforeVerb,
} from './name-frames';

const RELATIONSHIPS =
  'mate|bestie|pal|fella|bloke|partner|ex-partner|boyfriend|girlfriend|bf|gf|husband|wife|fianc[eé]e?|ex|uncle|aunt|auntie|aunty|grandmother|grandfather|grandma|grandad|granddad|grandpa|nan|nana|nanny|gran|granny|step-?father|step-?dad|step-?mother|step-?mum|cousin|brother|sister|half-brother|half-sister|step-?brother|step-?sister|friend|neighbour|neighbor|lodger|mum|mom|mam|mother|dad|father|son|daughter|niece|nephew|carer|childminder|babysitter|godmother|godfather|relative';
const NAMING = 'known as|called|named|alias|aka|a\\.k\\.a\\.';

const CUE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${RELATIONSHIPS}|${NAMING})(?:['’]s)?(?:\s*[,:(–-]\s*|\s+)(?:(?:called|named|known as|is|was|aka)\s+)?['‘"“]?(?=\p{Lu})`,
  'giu',
);
const NAME_THEN_CUE = new RegExp(
  String.raw`^['’"”]?\s*(?:[,(–-]|\s(?:is|was)\s)\s*(?:(?:her|his|their|the|a|an|mum['’]s|dad['’]s|maternal|paternal|family|new|older|younger|former|ex|current|birth|\w+['’]s)[\s-]+){0,3}(?:${RELATIONSHIPS})\b`,
  'iu',
);
const PERSONAL_TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Master|MR|MRS|MS|MISS)\.?\s+(?=\p{Lu})/gu;
const PROFESSIONAL_TITLE =
  /\b(?:Dr|PC|DC|DS|DI|DCI|Sgt|Insp|Prof|Cllr)\.?\s+(?:\d+\s+)?(?=\p{Lu})/gu;
const REPORTING = new Set(
  'said says told reported disclosed stated explained denied admitted alleged shouted threatened texted messaged rang phoned punched kicked hit grabbed pushed hurt assaulted'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'the a an this that these those our their your his her its its every each no any'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in at near from outside into via inside within towards toward'.split(' '),
);

interface Scan {
  text: string;
  tokens: readonly Token[];
  blocked: readonly Span[];
  professionalKeys: ReadonlySet<string>;
  keep: Span[];
  found: Map<number, { confidence: Confidence; reason: string }>;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function propose(
  scan: Scan,
  i: number,
  confidence: Confidence,
  reason: string,
  allowOrdinary = true,
): boolean {
  const token = scan.tokens[i];
  if (!token || isNeverAName(token.key)) return false;
  // A name in capitals ("MR OYELOWO", "Dean HOLLOWAY") only where a cue or a first name says so.
  const capitals = confidence !== 'low' && isCapitalsName(token);
  if (!looksLikeNameWord(token) && !capitals) return false;
  if (!allowOrdinary && ordinaryWordNames.has(token.key)) return false;
  if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return false;
  const before = scan.found.get(i);
  if (!before || RANK[before.confidence] < RANK[confidence])
    scan.found.set(i, { confidence, reason });
  return true;
}

function tokenAt(scan: Scan, offset: number): number {
  return tokenStartingAt(scan.tokens, offset);
}

/** True when a word in capitals could be a name: two letters or more, no acronym, agency or common word. */
function isCapitalsName(token: Token): boolean {
  return isAllCaps(token.raw) && token.raw.length >= 3 && !acronyms.has(token.key);
}

/** A surname in capitals straight after a first name found in ordinary case: "Dean HOLLOWAY". */
function capitalSurnames(scan: Scan): void {
  for (const i of [...scan.found.keys()]) {
    const [token, next] = [scan.tokens[i], scan.tokens[i + 1]];
    if (!token || !next || token.possessive || !looksLikeNameWord(token)) continue;
    if (!givenNames.has(token.key) && !onsGivenNames.has(token.key)) continue;
    if (scan.found.has(i + 1) || !/^ $/.test(scan.text.slice(token.end, next.start))) continue;
    if (isCapitalsName(next))
      propose(scan, i + 1, 'medium', 'A surname in capitals after a first name');
  }
}

/** Proposes up to three capitalised words starting at token `i`, stopping at a non-name. */
function proposeRun(scan: Scan, i: number, confidence: Confidence, reason: string): void {
  for (let j = i; j < i + 3 && j >= 0; j += 1) {
    const [token, next] = [scan.tokens[j], scan.tokens[j + 1]];
    if (!token || !propose(scan, j, confidence, reason)) return;
    if (!next || !/^[ \t-]+$/.test(scan.text.slice(token.end, next.start)) || token.possessive)
      return;
    // In capitals a run of words is as likely the sentence going on: one name word is enough.
    if (isAllCaps(token.raw)) return;
  }
}

function afterCues(scan: Scan): void {
  for (const match of scan.text.matchAll(CUE_THEN_NAME)) {
    const i = tokenAt(scan, match.index + match[0].length);
    if (i >= 0) proposeRun(scan, i, 'medium', 'A name after a relationship word');
  }
  scan.tokens.forEach((token, i) => {
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
    const i = tokenAt(scan, match.index + match[0].length);
    if (i >= 0 && !scan.professionalKeys.has(scan.tokens[i]?.key ?? '')) {
      proposeRun(scan, i, 'medium', 'A name after Mr, Mrs, Ms or Miss');
    }
  }
}

const ROLE_AFTER = /^\s*(\(|,\s*(?:the\s+)?|\s+from\s+(?:the\s+)?)([\p{L}&]+)(?:\s+([\p{L}&]+))?/u;
const NOT_A_ROLE_AFTER_FROM = new Set(['school', 'college', 'nursery', 'family', 'home']);

/** True when the words after a name give a professional role: "Helen (HV)", ", social worker". */
function roleFollows(text: string, token: Token): boolean {
  const after = ROLE_AFTER.exec(text.slice(token.end, token.end + 50));
  if (!after) return false;
  const words = [after[2], after[3]].filter((w): w is string => w !== undefined).map(foldName);
  if (words.some((word) => roleWords.has(word))) return true;
  const opener = after[1] ?? '';
  // "(PNC 97/221331H)", "(NHS 943 476 5919)": a cue word before a number identifies the person.
  if (
    opener === '(' &&
    /^\s*\d/.test(text.slice(token.end + after[0].length, token.end + after[0].length + 3))
  )
    return false;
  if (opener === '(') return agencyWords.has(words[0] ?? '');
  return (
    opener.includes('from') &&
    agencyWords.has(words[0] ?? '') &&
    !NOT_A_ROLE_AFTER_FROM.has(words[0] ?? '')
  );
}

function keepRun(scan: Scan, i: number, direction: 'forward' | 'back'): void {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((k) =>
    direction === 'forward' ? k >= i : k <= i,
  );
  for (const j of run) {
    const token = scan.tokens[j];
    if (token) scan.keep.push(token);
  }
}

/** Names after professional titles ("Dr Wilson", "PC 4521 Tranter") or next to a role ("Helen (HV)"). */
function professionalMentions(scan: Scan): void {
  for (const match of scan.text.matchAll(PROFESSIONAL_TITLE)) {
    const i = tokenAt(scan, match.index + match[0].length);
    if (i >= 0) keepRun(scan, i, 'forward');
  }
  scan.tokens.forEach((token, i) => {
    if (!looksLikeNameWord(token)) return;
    if (roleFollows(scan.text, token)) keepRun(scan, i, 'back');
    else if (rolePrecedes(scan.text, token)) keepRun(scan, i, 'forward');
  });
}

const ROLE_BEFORE = /(?:^|[^\p{L}])([\p{L}]+)\s*[,:]?\s+$/u;

/** True when a role word comes straight before a name: "the HV, Anne-Marie Cole", "social worker Jess". */
function rolePrecedes(text: string, token: Token): boolean {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, token.start - 30), token.start));
  return roleWords.has(foldName(before?.[1] ?? ''));
}

/** True when the capitalised word is plainly not a person: after "the", "in", "at"; in an organisation's name. */
function plainlyNotAPerson(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  if (!token) return true;
  const gap = previous ? scan.text.slice(previous.end, token.start) : '';
  if (previous && /^\s+$/.test(gap) && DETERMINERS.has(previous.key)) return true;
  if (previous && /^\s+$/.test(gap) && PLACE_PREPOSITIONS.has(previous.key) && !token.possessive)
    return true;
  if (previous && /^\s+$/.test(gap) && /^(?:st|saint)$/.test(previous.key)) return true;
  // An abbreviation before a number: "Bl. 4", "Yr. 7", "Pt. 2".
  if (token.raw.length <= 3 && /^\.\s*\d/.test(scan.text.slice(token.end, token.end + 4)))
    return true;
  return (
    inOrganisationName(scan.text, scan.tokens, i) ||
    namesAService(scan, i) ||
    overlapsAny(token, scan.keep)
  );
}

/** Lower-case words that, straight after a run of capitalised words, make it a service's name. */
const SERVICE_ROLE_AFTER =
  /^[ \t]+(?:(?:support|family|liaison|outreach|key|link|case|specialist|community)[ \t]+)?(?:worker|workers|team|service|programme|project|practitioner|coordinator|co-ordinator|liaison|scheme|pathway|panel|referral|assessment|caseworker|navigator|keyworker|mentor|advocate|advocacy)\b/;

/**
 * True when the capitalised run holding token `i` is followed by a lower-case role or service
 * word: "a Strengthening Families worker", "Gypsy Roma Traveller liaison", "the Jigsaw project".
 * A possessive ("Kyle's worker") is a person's.
 */
function namesAService(scan: Scan, i: number): boolean {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((j) => j >= i);
  const last = scan.tokens[run[run.length - 1] ?? i];
  if (!last || last.possessive) return false;
  return SERVICE_ROLE_AFTER.test(scan.text.slice(last.end, last.end + 40));
}

/** True when token `i` directly follows a word proposed as a name (a surname such as "Hale"). */
function followsAName(scan: Scan, i: number): boolean {
  const previous = scan.tokens[i - 1];
  const token = scan.tokens[i];
  if (!previous || !token || previous.possessive || !scan.found.has(i - 1)) return false;
  return /^ $/.test(scan.text.slice(previous.end, token.start));
}

/** True when a given name is also an ordinary word, month or place ("Will", "Grace", "Paris"). */
function isAmbiguousGivenName(key: string): boolean {
  return ambiguousGivenNames.has(key) || ordinaryWordNames.has(key);
}

/** True when token `i` is followed, after one space, by a surname-like capitalised word. */
function surnameFollows(scan: Scan, i: number): boolean {
  const [token, next] = [scan.tokens[i], scan.tokens[i + 1]];
  if (!token || !next || token.possessive || scan.text.slice(token.end, next.start) !== ' ')
    return false;
  const nameLike = looksLikeNameWord(next) || isCapitalsName(next);
  return nameLike && !isNeverAName(next.key) && !isAmbiguousGivenName(next.key);
}

/** Names of the hand-made list that are also ordinary English words ("dean", "jade", "willow"). */
const ENGLISH_WORD_NAMES = new Set(
  'dean john lee martin peter roger tony derrick billy bobby harry jasper troy maria sally jasmine phoebe willow ivy aria bonnie violet wren nova jade florin yaw hyacinth amir'.split(
    ' ',
  ),
);

/** True when a lower-case word can only be a given name: a listed name, never an ordinary word. */
function isLowerCaseGivenName(key: string): boolean {
  if (key.length < 3 || ordinaryWordNames.has(key) || isNeverAName(key)) return false;
  if (onsGivenNames.has(key)) return true;
  return givenNames.has(key) && !ambiguousGivenNames.has(key) && !ENGLISH_WORD_NAMES.has(key);
}

const LOWER_CASE_REASON = 'A first name written in lower case';

/** Given names typed in lower case ("her bf kyle"), from the ONS list and our own, never English words. */
function lowerCaseNames(scan: Scan): void {
  scan.tokens.forEach((token, i) => {
    if (token.raw !== token.raw.toLowerCase()) return;
    if (!isLowerCaseGivenName(token.key)) return;
    if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
    if (!scan.found.has(i)) scan.found.set(i, { confidence: 'low', reason: LOWER_CASE_REASON });
  });
}

const NAME_REASON = 'A capitalised word that may be a name';
const GIVEN_NAME_REASON = 'A common first name';
const AGE_REASON = 'A name before an age or a school year';

/** Words for children that a list of their names follows: "Children Poppy (16) and Max (13)". */
const CHILDREN_WORDS = new Set('children child kids siblings twins sons daughters'.split(' '));

/**
 * True when an age or school year follows token `i` and nothing makes it a thing: not after "the"
 * or "a", not in a kept name, not sharing its run of capitals with an agency word ("Children Poppy
 * (16)" is a list of children, "Ward 6 (2 beds)" a place).
 */
function personBeforeAge(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  if (!token || !ageFollows(scan.text, token) || overlapsAny(token, scan.keep)) return false;
  if (
    previous &&
    DETERMINERS.has(previous.key) &&
    /^\s+$/.test(scan.text.slice(previous.end, token.start))
  )
    return false;
  return !capitalisedRun(scan.text, scan.tokens, i).some((j) => {
    const key = scan.tokens[j]?.key ?? '';
    return (
      j !== i && !CHILDREN_WORDS.has(key) && (agencyWords.has(key) || organisationSuffixes.has(key))
    );
  });
}

function capitalisedWords(scan: Scan): void {
  scan.tokens.forEach((token, i) => {
    if (!looksLikeNameWord(token)) return;
    if (personBeforeAge(scan, i)) {
      propose(scan, i, 'medium', AGE_REASON);
      return;
    }
    if (plainlyNotAPerson(scan, i)) return;
    if (ownsPersonalNoun(scan.text, scan.tokens, i)) {
      propose(scan, i, 'medium', 'A name before someone or something of theirs');
      return;
    }
    const given = givenNames.has(token.key) || onsGivenNames.has(token.key);
    const next = scan.tokens[i + 1];
    const reports =
      next && /^\s+$/.test(scan.text.slice(token.end, next.start)) && REPORTING.has(next.key);
    if (!isSentenceInitial(scan.text, token.start)) {
      const plainName = given && !ambiguousGivenNames.has(token.key);
      const reason = plainName ? GIVEN_NAME_REASON : NAME_REASON;
      propose(scan, i, 'low', reason, plainName || followsAName(scan, i) || Boolean(reports));
      return;
    }
    if (reports || token.possessive) propose(scan, i, 'low', NAME_REASON, given);
    else if (given && (!isAmbiguousGivenName(token.key) || surnameFollows(scan, i)))
      propose(scan, i, 'low', GIVEN_NAME_REASON);
  });
}

const FRAME_REASON = 'A name where a person stands';

/** Records a lower-case word as a name, unless a professional's, kept or never a name. */
function proposeLower(scan: Scan, i: number, confidence: Confidence, reason: string): boolean {
  const token = scan.tokens[i];
  if (!token || token.raw !== token.raw.toLowerCase() || isNeverAName(token.key)) return false;
  if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return false;
  const before = scan.found.get(i);
  if (!before || RANK[before.confidence] < RANK[confidence])
    scan.found.set(i, { confidence, reason });
  return true;
}

/**
 * Lower-case names in a person's frame: after a relationship word ("grandad frank", "dad gianni
 * made…"), before an age or school year ("jack 6", "stone yr 7"), before a spelling mark ("kalya
 * (sp)"); then a surname-like word after such a name ("frank hill.", "mark hunter (12/12/1987)").
 */
function lowerCaseFrames(scan: Scan): void {
  const { text, tokens } = scan;
  for (const i of namedAfterCue(text, tokens)) {
    const token = tokens[i];
    if (!token || scan.found.has(i)) continue;
    if (token.raw.length === 1) {
      if (!overlapsAny(token, scan.blocked))
        scan.found.set(i, { confidence: 'medium', reason: 'A letter someone is known by' });
    } else proposeLower(scan, i, 'medium', 'A name after "called" or "known as"');
  }
  tokens.forEach((token, i) => {
    if (token.raw !== token.raw.toLowerCase() || scan.found.has(i)) return;
    const listed = isNameListWord(token.key);
    if (relativeBefore(text, tokens, i) && (listed || unlistedNameBeforeVerb(text, tokens, i)))
      proposeLower(scan, i, 'medium', 'A name after a relationship word');
    else if (listed && ageFollows(text, token, true)) proposeLower(scan, i, 'medium', AGE_REASON);
    else if (token.key.length >= 3 && spellingMarkFollows(text, token))
      proposeLower(scan, i, 'low', 'A name whose spelling the writer marks as unsure');
  });
  for (const i of [...scan.found.keys()].sort((a, b) => a - b)) {
    const [token, next] = [tokens[i], tokens[i + 1]];
    if (!token || !next || token.possessive || token.raw !== token.raw.toLowerCase()) continue;
    if (scan.found.has(i + 1)) continue;
    const gap = text.slice(token.end, next.start);
    if (gap === '-' && (isNameListWord(next.key) || ordinaryWordNames.has(next.key))) {
      proposeLower(scan, i + 1, 'medium', 'The second half of a hyphenated name');
      continue;
    }
    if (gap !== ' ') continue;
    const ends = /^(?:\s*[.,;:()\n]|\s*$)/.test(text.slice(next.end, next.end + 2));
    if (isSurnameListWord(next.key) && (ends || ageFollows(text, next, true)))
      proposeLower(scan, i + 1, 'medium', 'A surname after a first name');
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
      } else if (isNameListWord(token.key))
        proposeLower(scan, i, 'low', 'A name listed with another name');
    });
  }
}

/**
 * Other lower-case mentions of a word found as a name, where a person stands: possessive ("frank's
 * reg"), before a verb ("hunter has…": at the start of a sentence when the name is also a word).
 */
function propagateLower(scan: Scan): void {
  const keys = new Set([...scan.found.keys()].map((i) => scan.tokens[i]?.key));
  scan.tokens.forEach((token, i) => {
    if (scan.found.has(i) || !keys.has(token.key) || token.raw !== token.raw.toLowerCase()) return;
    if (!isNameListWord(token.key) && !onsGivenNames.has(token.key) && token.key.length < 3) return;
    const word = ordinaryWordNames.has(token.key);
    const verb =
      actionVerbFollows(scan.text, scan.tokens, i) &&
      (!word || isSentenceInitial(scan.text, token.start));
    if (token.possessive || verb) proposeLower(scan, i, 'low', FRAME_REASON);
  });
}

/** A capitalised word just before a proposed name is its first name ("Dean" in "Dean Walsh"). */
function extendBackwards(scan: Scan): void {
  const starts = [...scan.found.keys()].sort((a, b) => b - a);
  for (const i of starts) {
    const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
    if (!previous || !token || scan.found.has(i - 1) || previous.possessive) continue;
    if (/^ $/.test(scan.text.slice(previous.end, token.start)) && !plainlyNotAPerson(scan, i - 1)) {
      propose(scan, i - 1, 'low', 'A capitalised word just before a name');
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
    if (found && !scan.found.has(i) && !overlapsAny(token, scan.keep)) {
      propose(scan, i, found.confidence, 'The same word as a name found elsewhere in the text');
    }
  });
}

/**
 * The folded words written straight after a relationship word ("her partner Mark"): a
 * professional who shares such a first name does not shield the family's relative from redaction.
 */
export function relativesNamed(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(CUE_THEN_NAME)) {
    const word = /^[\p{L}\p{M}]+/u.exec(text.slice(match.index + match[0].length));
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
  extendBackwards(scan);
  capitalSurnames(scan);
  propagate(scan);
  lowerCaseNames(scan);
  lowerCaseFrames(scan);
  listedNames(scan);
  propagateLower(scan);
  return [...scan.found.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([i, { confidence, reason }]) => {
      const token = tokens[i];
      if (!token || (confidence !== 'medium' && overlapsAny(token, scan.keep))) return [];
      return [
        makeFinding(text, token, { type: 'name', replacement: '[name]', reason, confidence }),
      ];
    });
}
