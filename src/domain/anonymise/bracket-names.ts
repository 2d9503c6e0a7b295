// Names whose full form or unknown surname the writer gives in brackets, in any case: "zosia (zofia
// wróblewska)", "TJ (Tyler-Jay Banks)" and every other "TJ", "Shoaib (surname unknown)".
import { acronyms } from './agency-words';
import { bracketNameFollows } from './name-frames';
import { propose, proposeLower, type Scan } from './name-scan';
import { looksLikeNameWord } from './name-words';
import { isAllCaps } from './text';
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
