// Finding a term (a name, a nickname, any phrase a reviewer hid) wherever it appears in a text,
// whatever its case, accents or apostrophe style, using the anonymiser's one folding function.
import { escapeRegExp, foldName } from '../anonymise/text';
import type { Span } from '../anonymise/types';

/** A text folded character by character, with the offset in the original of each folded unit. */
interface FoldedText {
  folded: string;
  /** `origins[i]` is the offset in the original text of the character folded into `folded[i]`. */
  origins: number[];
}

function foldText(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let at = 0;
  for (const char of text) {
    const key = foldName(char);
    folded += key;
    for (let i = 0; i < key.length; i += 1) origins.push(at);
    at += char.length;
  }
  return { folded, origins };
}

/** The comparison key of a term: folded, spaces collapsed, trimmed. "O’Brien " and "o'brien" agree. */
export function termKey(term: string): string {
  return foldName(term).replace(/\s+/gu, ' ').trim();
}

function termPattern(key: string): RegExp | undefined {
  const words = key
    .split(/[\s-]+/u)
    .filter(Boolean)
    .slice(0, 24);
  if (words.length === 0) return undefined;
  const body = words
    .map((word) => escapeRegExp(word.slice(0, 64)).replace(/'/g, "'?"))
    .join(String.raw`[\s-]+`);
  // A possessive typed without its apostrophe ("Lulus mum", "lulus' toys") is the term too.
  const last = words[words.length - 1] ?? '';
  const possessive = /\p{L}{3}$/u.test(last) && !last.endsWith('s') ? 's?' : '';
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}${possessive}(?![\p{L}\p{N}])`, 'gu');
}

/** The end offset in `text` of a match ending at folded offset `end`, over any combining marks. */
function originalEnd(text: string, folded: FoldedText, end: number): number {
  const last = folded.origins[end - 1] ?? 0;
  let at = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  while (at < text.length && /\p{M}/u.test(text.charAt(at))) at += 1;
  return at;
}

/**
 * Every place `term` appears in `text` as whole words: any case, with or without accents ("Zoe"
 * finds "Zoë", "Ostergaard" finds "Østergaard"), curly or straight apostrophes or none ("OBrien"
 * finds "O’Brien"), any run of spaces, line breaks or hyphens between its words. A possessive
 * `'s` after it stays outside the span; one typed without its apostrophe ("Lulus mum") is inside
 * it. Nothing for a blank term.
 */
export function findTerm(text: string, term: string): Span[] {
  const pattern = termPattern(termKey(term));
  if (!pattern) return [];
  const folded = foldText(text);
  const spans: Span[] = [];
  for (const match of folded.folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = folded.origins[match.index] ?? 0;
    spans.push({ start, end: originalEnd(text, folded, match.index + match[0].length) });
  }
  return spans;
}
