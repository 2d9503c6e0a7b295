// Names whose full form or unknown surname the writer gives in brackets, in any case: "zosia (zofia
// wróblewska)", "TJ (Tyler-Jay Banks)" and every other "TJ", "Shoaib (surname unknown)".
import { acronyms, roleWords } from './agency-words';
import { bracketNameFollows } from './name-frames';
import { propose, proposeLower, type Scan } from './name-scan';
import { isPlainEnglishWord, looksLikeNameWord } from './name-words';
import { isAllCaps, tokenStartingAt } from './text';
import { overlapsAny } from './types';

const BRACKET_REASON = 'A name whose full form or unknown surname the writer gives in brackets';

/**
 * A word before a bracket that gives its full name or says the surname is unknown, in any case:
 * "zosia (zofia wróblewska)", "TJ (Tyler-Jay Banks)" and every other "TJ", "Shoaib (surname
 * unknown)".
 */
export function bracketNames(scan: Scan): void {
  const initials = new Set<string>();
  scan.tokens.forEach((token, i) => {
    if (scan.found.has(i) || !bracketNameFollows(scan.text, scan.tokens, i)) return;
    // "Assessor's comment (Helen Markham)", "Orthoptist (Sophie Tranter)": a plain word or a role
    // before the brackets is what the named person wrote or is, not their short name.
    if (isPlainEnglishWord(token.key) || roleWords.has(token.key)) return;
    if (token.raw === token.raw.toLowerCase()) proposeLower(scan, i, 'medium', BRACKET_REASON);
    else if (looksLikeNameWord(token)) propose(scan, i, 'medium', BRACKET_REASON);
    else if (isAllCaps(token.raw) && !acronyms.has(token.key)) initials.add(token.raw);
  });
  if (initials.size === 0) return;
  scan.tokens.forEach((token, i) => {
    if (!initials.has(token.raw) || scan.found.has(i)) return;
    if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
    scan.found.set(i, { confidence: 'medium', reason: BRACKET_REASON });
  });
}

const GUESS_REASON = 'A name the writer is unsure of, with their guess at it in brackets';
/**
 * A word and the writer's guess at its full form in brackets: "zee (zeeshan?)", "P (Prince?)". The
 * word starts where a run of letters starts, so a long run is read once, not from each letter.
 */
const GUESSED_NAME =
  /(?<![\p{L}'’-])([\p{L}'’-]+)["”]?[ \t]*\([ \t]*([\p{L}'’-]{2,})[ \t]*\?[ \t]*\)/gu;

/** Both words of a name the writer guesses at in brackets: "her "boyfriend" zee (zeeshan?)". */
export function guessedNames(scan: Scan): void {
  for (const match of scan.text.matchAll(GUESSED_NAME)) {
    const [, word = '', guess = ''] = match;
    const at = [match.index, match.index + match[0].lastIndexOf(guess)];
    for (const start of at) {
      const i = tokenStartingAt(scan.tokens, start);
      const token = scan.tokens[i];
      if (!token || (start === match.index && word.length < 2)) continue;
      if (token.raw === token.raw.toLowerCase()) proposeLower(scan, i, 'medium', GUESS_REASON);
      else propose(scan, i, 'medium', GUESS_REASON);
    }
  }
}
