// The naming cues ("called", "known as", "goes by", "aka"…), and the names after them in any
// case: "called deano", "known as "V"", "they call him JJ", and the other name the writer gives
// after "or" ("he is called reece or reecey").
import { isNameListWord } from './name-frames';
import { isNeverAName, isPlainEnglishWord } from './name-words';
import { englishWords } from './names/english-words';
import { tokenStartingAt, type Token } from './text';

/** Words after "called" or "known as" that are not a name: "called back", "called round". */
const NOT_A_NAME_AFTER_CALLED = new Set(
  'back round out off up down over again ahead later early twice in on a an the him her them me us it to at by for from into names himself herself themselves police'.split(
    ' ',
  ),
);

/**
 * Every naming cue, the words that say what a person is called or goes by: the one list both
 * searches for a name after a cue build from, so that a cue added for one reaches the other. The
 * search for names after a cue or a relationship word (unknown-names.ts) takes them all, in any
 * case; `namedAfterCue` reads a lower-case word after each as its kind says. The kinds holding
 * "calls himself" and "calls him" come before "called", so that the longer cue is tried first.
 */
export const NAMING_CUES = {
  /** No English word in lower case after these is a name: "calls himself lucky". */
  english: 'call(?:s|ed|ing)? (?:(?:him|her|them)sel(?:f|ves)|me)',
  /** Only a capital or quotes mark a name after these, matched as written: "calls him stupid". */
  capital: String.raw`call(?:s|ed|ing)? (?:him|her|them)|(?:uses|prefers)(?=\s+['‘"“]\p{Lu})|surname`,
  /** Any word after these but the few above may be a name: "called deano". */
  any: String.raw`known (?:at \p{L}+ |locally |to \p{L}+ )?as|goes by(?: the name(?: of)?)?|called|calls|nicknamed|aka|a\.k\.a\.|alias|name is|(?:line|nick|street) ?name`,
  /** No plain English word in lower case after these is a name: "the named recipient". */
  plain:
    'named|(?:first|given|middle|legal|chosen|preferred|birth) name|in (?:the|his|her|their) name(?: of)?',
} as const;
const { english, capital, any, plain } = NAMING_CUES;

/**
 * A naming cue and what follows it: "called deano", "calls mason", "known as \"V\"". The first
 * group holds a cue after which no English word in lower case is a name, the second one after which
 * no plain English word is: "calls me every day", "the named recipient", "in the name of safety".
 */
const NAMING_THEN = new RegExp(
  String.raw`\b(?:(${english})|${any}|(${plain}))\s+['‘"“]?(?=[\p{L}])`,
  'giu',
);

/**
 * "they call him JJ", "calls her "Lulu"", "calls him "jonno"": a name with a capital, or in quotes
 * in any case, after whom it calls.
 */
const CALLS_SOMEONE = new RegExp(
  String.raw`\b(?:${capital})\s+(?:['‘"“](?=\p{L})|(?=\p{Lu}))`,
  'gu',
);

/** True when a word of three letters or more is no English word, no list's word and no name-list word. */
function unlistedWord(key: string): boolean {
  if (key.length < 3 || !/^\p{Script=Latin}+$/u.test(key)) return false;
  return !isPlainEnglishWord(key) && !isNeverAName(key) && !englishWords.has(key);
}

/**
 * The token indexes straight after a naming cue, and the other name after "or" ("he is called
 * reece or reecey", "Jermaine or JJ").
 */
export function namedAfterCue(text: string, tokens: readonly Token[]): number[] {
  const found: number[] = [];
  const cues = [...text.matchAll(NAMING_THEN), ...text.matchAll(CALLS_SOMEONE)];
  for (const match of cues) {
    const i = tokenStartingAt(tokens, match.index + match[0].length);
    const token = tokens[i];
    if (!token || NOT_A_NAME_AFTER_CALLED.has(token.key)) continue;
    const quoted = /['‘"“]$/.test(match[0]);
    const lower = token.raw === token.raw.toLowerCase();
    const [, self, loose] = match;
    if (!quoted && lower && (self || loose) && isPlainEnglishWord(token.key)) continue;
    if (!quoted && lower && self && englishWords.has(token.key)) continue;
    if (token.raw.length === 1 && !(quoted && /^\p{Lu}$/u.test(token.raw))) continue;
    found.push(i);
    const [or, other] = [tokens[i + 1], tokens[i + 2]];
    const alternative =
      or?.raw === 'or' && other && /^['’"”]? or ['‘"“]?$/.test(text.slice(token.end, other.start));
    // A listed first name, a capital, or a form of the first ("reece or reecey").
    // "called mikey or micky": a word of no language list after "or" is another spelling.
    const nameLike =
      /^\p{Lu}/u.test(other?.raw ?? '') ||
      isNameListWord(other?.key ?? '') ||
      other?.key.startsWith(token.key.slice(0, 3)) ||
      unlistedWord(other?.key ?? '');
    if (alternative && nameLike && other.raw.length > 1 && !NOT_A_NAME_AFTER_CALLED.has(other.key))
      found.push(i + 2);
  }
  return found;
}
