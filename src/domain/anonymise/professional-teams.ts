// The team, service or organisation written straight after a known professional's name, as in a
// chat's header or an e-mail's signature: "Ravi Thakkar (Short Breaks):", "Alisha Grant, Tenancy
// Sustainment, Midland Heart", "Joanne Pike, Advocate, POhWER". Those capitalised words name where
// the professional works, not a stranger, so they are kept.
import { isListedGivenName } from './given-names';
import type { Scan } from './name-scan';
import { isCapitalised } from './text';

/** What may stand between two words of the affiliation: a space, or a comma (two segments at most). */
const GAP = /^(?:[ \t]+|,[ \t]+)$/u;

/**
 * Keeps the capitalised words in brackets, or in up to two comma-separated segments, straight after
 * a known professional's full name on the same line. The affiliation ends at a closing bracket, any
 * other punctuation, a line's end, a lower-case word, a possessive ("Hannah Cole, Kyle's mum") or a
 * listed first name ("Hannah Cole, Lee Gaskell"), so a person named after the professional is still
 * proposed.
 */
export function professionalTeams(scan: Scan): void {
  const { text, tokens, professionalKeys } = scan;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!first || !second || !professionalKeys.has(first.key) || !professionalKeys.has(second.key))
      continue;
    if (!/^[ \t]+$/u.test(text.slice(first.end, second.start))) continue;
    let j = i + 2;
    while (professionalKeys.has(tokens[j]?.key ?? '')) j += 1;
    const end = tokens[j - 1]?.end ?? second.end;
    const opener = /^(?:[ \t]*\(|,[ \t]+)/u.exec(text.slice(end, end + 4))?.[0];
    if (!opener) continue;
    const bracketed = opener.includes('(');
    let commas = 0;
    let previousEnd = end + opener.length;
    let k = j;
    for (; k < tokens.length; k += 1) {
      const token = tokens[k];
      if (!token) break;
      const gap = text.slice(previousEnd, token.start);
      if (k > j) {
        if (!GAP.test(gap)) break;
        if (gap.includes(',') && (bracketed ? false : (commas += 1) > 1)) break;
      } else if (gap !== '') break;
      if (!isCapitalised(token.raw) || token.possessive) break;
      if (isListedGivenName(token.key)) break;
      scan.keep.push(token);
      previousEnd = token.end;
    }
    // Each word is read once: the scan goes on after the affiliation (linear in the text).
    i = Math.max(j, k) - 1;
  }
}
