// Names after a naming cue: "called deano", "known as "V"", "they call him JJ", and the other name
// the writer gives after "or" ("he is called reece or reecey").
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

/** A naming cue and what follows it: "called deano", "calls mason", "known as \"V\"". */
const NAMING_THEN =
  /\b(?:call(?:s|ed|ing)? (?:(?:him|her|them)sel(?:f|ves)|me)|called|calls|named|known (?:at \p{L}+ |locally |to \p{L}+ )?as|aka|nicknamed|goes by|name is|(?:line|nick|street) ?name|(?:first|given|middle|legal|chosen|preferred) name|in (?:the|his|her|their) name(?: of)?)\s+['‘"“]?(?=[\p{L}])/giu;

/**
 * Cues after which a lower-case English word is more often the sentence than a name: "the named
 * recipient", "first name basis", "in the name of safety".
 */
const LOOSE_CUE = /^(?:named|first|given|middle|legal|chosen|preferred|in|call\w* me)\b/i;

/**
 * "they call him JJ", "calls her "Lulu"", "calls him "jonno"": a name with a capital, or in quotes
 * in any case, after whom it calls.
 */
const CALLS_SOMEONE = /\bcall(?:s|ed|ing)?\s+(?:him|her|them)\s+(?:['‘"“](?=\p{L})|(?=\p{Lu}))/gu;

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
    if (!quoted && lower && LOOSE_CUE.test(match[0]) && isPlainEnglishWord(token.key)) continue;
    // "calls himself lucky", "calls me every day": after these, any English word is the sentence.
    if (!quoted && lower && /^call\w* (?:me|\w+sel)/i.test(match[0]) && englishWords.has(token.key))
      continue;
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
