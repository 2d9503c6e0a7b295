// Text helpers for the anonymiser: accent folding, word tokens and sentence position.

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ı: 'i',
  '’': "'",
  '‘': "'",
};

/** Printable ASCII only (control characters take the long way, which is just as right). */
const ASCII_ONLY = /^[ -~]*$/;

/**
 * The comparison key of a word: accents stripped (NFD), letters NFD cannot split (Ł, ø, ß) mapped
 * by hand, curly apostrophes straightened, lower case. "Łukasz" and "LUKASZ" share a key.
 */
export function foldName(value: string): string {
  // Most words are plain ASCII, which has nothing to strip or map: only the case to lower. This
  // skips the costly normalising for nearly every word of a long note.
  if (ASCII_ONLY.test(value)) return value.toLowerCase();
  const decomposed = value.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const char of decomposed) out += SPECIAL_LETTERS[char] ?? char;
  return out.toLowerCase();
}

/** A word in the text, with its possessive ending split off. */
export interface Token {
  /** The word as written, without a possessive `'s`. */
  raw: string;
  start: number;
  end: number;
  /** `foldName(raw)`. */
  key: string;
  /** True when the word was written with `'s` or `’s` after it. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The words of `text`; hyphens, digits and punctuation separate words. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    // Two character tests, not a regex: this runs for every word of the note.
    const last = raw.charAt(raw.length - 1);
    const mark = raw.charAt(raw.length - 2);
    const possessive =
      (last === 's' || last === 'S') && (mark === "'" || mark === '’') && raw.length > 2;
    if (possessive) raw = raw.slice(0, -2);
    tokens.push({ raw, start, end: start + raw.length, key: foldName(raw), possessive });
  }
  return tokens;
}

/** The index of the token that starts at `offset`, or -1 (tokens are sorted by start). */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return tokens[low]?.start === offset ? low : -1;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the word is written entirely in capitals (and has at least two letters). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const TITLE_ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|St|Mx|Prof|Sgt|Insp|Cllr|Rev|no|vs|approx|tel|ref)\.$/i;

/**
 * True when the word at `start` begins a sentence, a heading or a list item: the start of the text,
 * or after `.`, `!`, `?`, `:`, `;`, a line break, a bullet or a spaced dash (skipping opening quotes
 * and brackets), but not after an abbreviation such as "Mr." nor inside a hyphenated word.
 */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'‘“([]/u.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return true;
    i -= 1;
  }
  if (i < 0) return true;
  const previous = text.charAt(i);
  if (/[!?:;•*]/.test(previous)) return true;
  if (/[–—-]/.test(previous)) return i < start - 1;
  if (previous !== '.') return false;
  return !TITLE_ABBREVIATION.test(text.slice(Math.max(0, i - 8), i + 1));
}

/** A regular expression's edges of a run: no letter or digit just before it, or just after it. */
export const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text between two offsets, for gap tests. */
export function between(text: string, end: number, start: number): string {
  return end <= start ? text.slice(end, start) : '';
}

/**
 * The words of a known value to build its pattern from: at most the first 24, each cut to 64
 * characters. A paragraph pasted into a school or address field would otherwise make a pattern too
 * large for the engine; words after the first couple of dozen add nothing to recognising the value.
 */
export function patternWords(words: readonly string[]): string[] {
  return words.slice(0, 24).map((word) => word.slice(0, 64));
}
