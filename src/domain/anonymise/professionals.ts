// Professionals' names are kept: this finds where they appear so that no rule redacts them.
import { personalTitles, professionalTitles } from './agency-words';
import { nameWords, type NameIndex } from './name-index';
import { escapeRegExp, patternWords, foldName, type Token } from './text';
import type { AnonymiseContext, Span } from './types';

/** A professional's name words, without any title ("DC Priya Nair" → Priya, Nair). */
export function professionalNameWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && isTitle(words[0] ?? '')) words.shift();
  return words;
}

function isTitle(word: string): boolean {
  const key = foldName(word);
  return personalTitles.has(key) || professionalTitles.has(key);
}

/** The folded surnames of the known professionals (for keeping their work e-mail addresses). */
export function professionalSurnames(context: AnonymiseContext | undefined): string[] {
  return (context?.knownProfessionals ?? [])
    .map(({ name }) => professionalNameWords(name).at(-1))
    .filter((word): word is string => word !== undefined)
    .map(foldName);
}

function fullNamePattern(words: readonly string[]): RegExp {
  const body = patternWords(words)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join(String.raw`[\s-]+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'giu');
}

/**
 * Spans of the text that are professionals' names: full names in any case, and any single word of
 * a professional's name that is not also one of the client's names nor written after a
 * relationship word in this text (`relatives`: "her partner Mark") — the family wins a clash.
 * Spans are only protected against redaction; a title before them stays as written.
 */
export function professionalSpans(
  text: string,
  tokens: readonly Token[],
  context: AnonymiseContext | undefined,
  clientNames: NameIndex,
  relatives: ReadonlySet<string> = new Set(),
): Span[] {
  const spans: Span[] = [];
  const singleWords = new Set<string>();
  for (const { name } of context?.knownProfessionals ?? []) {
    const words = professionalNameWords(name);
    if (words.length === 0) continue;
    for (const match of text.matchAll(fullNamePattern(words))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
    for (const word of words) {
      const key = foldName(word);
      if (!clientNames.has(key) && !relatives.has(key)) singleWords.add(key);
    }
  }
  for (const token of tokens) {
    if (singleWords.has(token.key)) spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

/** The folded words of every known professional's name. */
export function professionalKeys(context: AnonymiseContext | undefined): Set<string> {
  const keys = new Set<string>();
  for (const { name } of context?.knownProfessionals ?? []) {
    for (const word of professionalNameWords(name)) keys.add(foldName(word));
  }
  return keys;
}
