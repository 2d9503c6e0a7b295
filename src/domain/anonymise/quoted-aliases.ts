// A nickname in quotes given beside the person's name, in brackets either way round: '"Smiley"
// (Tyrese Okoro, 19)', 'Philip Dunn ("Pip", membership 11804462)'. The nickname names the same
// person, so it is hidden too, even when it is also an ordinary word ("Smiley", "Pip").
import { quoted } from './name-frames';
import { propose, type Scan } from './name-scan';

const ALIAS_REASON = 'A nickname in quotes beside a name';

/** Proposes each capitalised word in quotes that stands in brackets after, or before, a name found. */
export function quotedAliases(scan: Scan): void {
  const { text, tokens, found } = scan;
  tokens.forEach((token, i) => {
    if (found.has(i) || !/^\p{Lu}/u.test(token.raw) || !quoted(text, token)) return;
    const [previous, next] = [tokens[i - 1], tokens[i + 1]];
    // '"Smiley" (Tyrese': the closing quote, then a bracket, then the name.
    const nameAfter =
      next !== undefined &&
      found.has(i + 1) &&
      /^\s*\($/.test(text.slice(token.end + 1, next.start));
    // 'Philip Dunn ("Pip"': the name, then a bracket and the opening quote.
    const nameBefore =
      previous !== undefined &&
      found.has(i - 1) &&
      /^\s*\($/.test(text.slice(previous.end, token.start - 1));
    if (nameAfter || nameBefore) propose(scan, i, 'medium', ALIAS_REASON);
  });
}
