// A first name that is also a month or an ordinary word ("Jan Pearce", "April Jones", "Will
// Green"): straight before a surname found, it is the person's first name, and so is each later use
// of it that a person's verb follows ("Jan said", "April offered") or a telling verb leads ("told
// Jan"). Elsewhere the word stays a word ("nights in April").
import { isListedGivenName } from './given-names';
import { RELATIVE_WORDS } from './name-frames';
import { isNeverAName } from './name-words';
import type { Scan } from './name-scan';
import { ordinaryWordNames } from './vocabulary';
import { overlapsAny } from './types';

const REASON = 'A first name that is also a word, used with the surname found';
/** What a person does straight after their name: says, asks, offers, agrees, rings. */
const PERSON_VERB =
  /^ (?:also |then )?(?:said|says|asked|asks|told|tells|offered|offers|agreed|rang|phoned|explained|reported|stated|disclosed|admitted|denied)\b/;
/** A verb of telling or asking straight before the name: "told Jan", "asked April". */
const TOLD = /\b(?:told|asked|thanked|reminded|advised) $/;

function isWordName(raw: string, key: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(raw) &&
    // "Nana Grace Boateng": a kinship word before a name is how she is called, not her name.
    !RELATIVE_WORDS.has(key) &&
    (isNeverAName(key) || ordinaryWordNames.has(key)) &&
    isListedGivenName(key)
  );
}

/** Proposes word-names before a found surname, and their later uses as a person. */
export function wordFirstNames(scan: Scan): void {
  const { text, tokens, found } = scan;
  const keys = new Set<string>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const surname = next && found.get(i + 1);
    if (found.has(i) || !surname || surname.confidence === 'low') return;
    if (text.slice(token.end, next.start) !== ' ' || !isWordName(token.raw, token.key)) return;
    if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
    found.set(i, { confidence: 'medium', reason: REASON });
    keys.add(token.key);
  });
  if (keys.size === 0) return;
  tokens.forEach((token, i) => {
    if (found.has(i) || !keys.has(token.key) || !/^\p{Lu}/u.test(token.raw)) return;
    const after = text.slice(token.end, token.end + 24);
    const before = text.slice(Math.max(0, token.start - 12), token.start);
    const person = token.possessive || PERSON_VERB.test(after) || TOLD.test(before);
    if (person && !overlapsAny(token, scan.blocked))
      found.set(i, { confidence: 'medium', reason: REASON });
  });
}
