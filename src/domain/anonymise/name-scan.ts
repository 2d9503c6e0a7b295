// The state one search for unknown names shares between its passes (the text, its tokens, what is
// blocked or kept, what is found so far), and the two ways a pass records a word as a name.
import { acronyms } from './agency-words';
import { petNames } from './name-frames';
import { isNeverAName, isNeverANameShape, looksLikeNameWord } from './name-words';
import { isAllCaps, isSentenceInitial, type Token } from './text';
import { type Confidence, overlapsAny, type Span } from './types';
import { ordinaryWordNames } from './vocabulary';

/** One scan of a text for unknown names: its passes read and grow `keep` and `found`. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  blocked: readonly Span[];
  professionalKeys: ReadonlySet<string>;
  keep: Span[];
  found: Map<number, { confidence: Confidence; reason: string }>;
  /** The folded words the text names as a pet, read on the first proposal (./name-frames.ts). */
  pets?: ReadonlySet<string>;
}

export const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** True when a word in capitals could be a name: two letters or more, no acronym, agency or common word. */
export function isCapitalsName(token: Token): boolean {
  return isAllCaps(token.raw) && token.raw.length >= 3 && !acronyms.has(token.key);
}

/**
 * Records token `i` as a name word found for `reason`, unless it is never a name, a professional's,
 * blocked, or (with `allowOrdinary` false) an ordinary word; a surer finding is never lowered.
 */
export function propose(
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
  return record(scan, i, confidence, reason);
}

/**
 * Records token `i` unless it is a professional's, blocked or a pet's name; a surer finding is
 * never lowered.
 */
function record(scan: Scan, i: number, confidence: Confidence, reason: string): boolean {
  const token = scan.tokens[i];
  if (!token || scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked))
    return false;
  if (isNeverANameShape(scan.text, token)) return false;
  // "Barney is the family's dog": the pet's every mention, not only the one its frame names.
  scan.pets ??= petNames(scan.text, scan.tokens);
  if (scan.pets.has(token.key)) return false;
  const before = scan.found.get(i);
  if (!before || RANK[before.confidence] < RANK[confidence])
    scan.found.set(i, { confidence, reason });
  return true;
}

/** Records a lower-case word as a name, unless a professional's, kept or never a name. */
export function proposeLower(
  scan: Scan,
  i: number,
  confidence: Confidence,
  reason: string,
): boolean {
  const token = scan.tokens[i];
  if (!token || token.raw !== token.raw.toLowerCase() || isNeverAName(token.key)) return false;
  return record(scan, i, confidence, reason);
}

export const GIVEN_NAME_REASON = 'A common first name';
export const AGE_REASON = 'A name before an age or a school year';
export const LOWER_CASE_REASON = 'A first name written in lower case';
export const NAME_REASON = 'A capitalised word that may be a name';
export const BEFORE_REASON = 'A capitalised word just before a name';
export const SAME_REASON = 'The same word as a name found elsewhere in the text';
/** Guesses made only because a word is capitalised, which a place or building word may explain. */
export const WEAK_REASONS: ReadonlySet<string> = new Set([NAME_REASON, BEFORE_REASON, SAME_REASON]);

/**
 * True when the word at `i`, a name that is also a word, opens a sentence straight before a word
 * `follows` accepts, as the word does there: "Will ring mum Monday", "May need a referral".
 */
export function opensSentenceAsWord(
  text: string,
  tokens: readonly Token[],
  i: number,
  follows: (key: string) => boolean,
): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  if (!token || !next || !ordinaryWordNames.has(token.key)) return false;
  if (!isSentenceInitial(text, token.start)) return false;
  return /^\s+$/.test(text.slice(token.end, next.start)) && follows(next.key);
}
