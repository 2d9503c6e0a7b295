// Names written in lower case, as hurried notes and messages write them: a listed first name
// ("her bf kyle"), a word in a person's frame ("grandad frank", "jack 6", "kalya (sp)"), the surname
// or second half after such a name, and the name's other lower-case mentions ("frank's reg").
import { acronyms } from './agency-words';
import { ambiguousGivenNames, givenNames, isListedGivenName } from './given-names';
import {
  actionVerbFollows,
  ageFollows,
  isNameListWord,
  isSurnameListWord,
  ownsPersonalNoun,
  personalNounFollows,
  RELATIVE_WORDS,
  relativeBefore,
  spellingMarkFollows,
  unlistedNameBeforeVerb,
} from './name-frames';
import { namedAfterCue } from './naming-cues';
import { welshVerb } from './not-a-person';
import { AGE_REASON, LOWER_CASE_REASON, propose, proposeLower, type Scan } from './name-scan';
import { isNeverAName, isPlainEnglishWord } from './name-words';
import { onsGivenNames } from './names/ons-given-names';
import { englishWords } from './names/english-words';
import { isSentenceInitial, type Token } from './text';
import { overlapsAny, type Confidence } from './types';
import { commonWords, ordinaryWordNames } from './vocabulary';

/** Names of the hand-made list that are also ordinary English words ("dean", "jade", "willow"). */
const ENGLISH_WORD_NAMES = new Set(
  'dean john lee martin peter roger tony derrick billy bobby harry jasper troy maria sally jasmine phoebe willow ivy aria bonnie violet wren nova jade florin yaw hyacinth amir'.split(
    ' ',
  ),
);

/** True when a lower-case word can only be a given name: a listed name, never an ordinary word. */
function isLowerCaseGivenName(key: string): boolean {
  if (key.length < 3 || ordinaryWordNames.has(key) || isNeverAName(key)) return false;
  if (onsGivenNames.has(key)) return true;
  return givenNames.has(key) && !ambiguousGivenNames.has(key) && !ENGLISH_WORD_NAMES.has(key);
}

/** Words for a person that SCOWL also lists as a proper noun ("the man's flat", "Isle of Man"). */
const PERSON_WORDS = new Set(
  'man woman lad lass boy girl guy child kid person male female'.split(' '),
);

/** True when the word is a function or relationship word, or an English word no name list holds ("male", "white"). */
function englishWordOnly(key: string): boolean {
  if (commonWords.has(key) || RELATIVE_WORDS.has(key) || PERSON_WORDS.has(key)) return true;
  if (/ly$/.test(key) || !/^\p{Script=Latin}+$/u.test(key)) return true;
  return (englishWords.has(key) || ordinaryWordNames.has(key)) && !isNameListWord(key);
}

/** True when the word is an English word, whether or not a name list also holds it ("harry"). */
function isEnglishWord(key: string): boolean {
  return englishWordOnly(key) || englishWords.has(key);
}

/** True when a word is no word of its own, nor a name: "kyles", "isas", not "miles" or "james". */
function isNoWordOrName(key: string): boolean {
  if (commonWords.has(key) || englishWords.has(key) || ordinaryWordNames.has(key)) return false;
  return !isListedGivenName(key) && !isNeverAName(key);
}

/**
 * True when the lower-case word is a listed given name with an s and no apostrophe, as text speak
 * writes a possessive or someone's home: "at kayleighs", "mate kyles", "his gran isas".
 */
function isGivenNameWithS(key: string): boolean {
  const stem = key.slice(0, -1);
  if (!key.endsWith('s') || englishWords.has(stem)) return false;
  return isLowerCaseGivenName(stem) && isNoWordOrName(key);
}

/**
 * True when a lower-case word is Welsh, not a name: the verb "mae" opening a clause ("wedyn mae
 * hi'n crio"), or a word after "fy" or "dy" ("my", "your"), which English never writes ("fy
 * arian", "fy mam").
 */
function welshWord(scan: Scan, i: number): boolean {
  const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (!token) return false;
  if (welshVerb(scan, token)) return true;
  return (
    previous !== undefined &&
    /^[fd]y$/.test(previous.raw.toLowerCase()) &&
    scan.text.slice(previous.end, token.start) === ' '
  );
}

/** Given names typed in lower case ("her bf kyle"), from the ONS list and our own, never English words. */
export function lowerCaseNames(scan: Scan): void {
  scan.tokens.forEach((token, i) => {
    if (token.raw !== token.raw.toLowerCase()) return;
    if (!isLowerCaseGivenName(token.key) && (token.possessive || !isGivenNameWithS(token.key)))
      return;
    if (welshWord(scan, i)) return;
    if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
    if (!scan.found.has(i)) scan.found.set(i, { confidence: 'low', reason: LOWER_CASE_REASON });
  });
}

const FRAME_REASON = 'A name where a person stands';

/** Two capital letters someone goes by ("JJ", "TJ"), not an acronym the notes use. */
function isInitials(raw: string): boolean {
  return /^\p{Lu}{2}$/u.test(raw) && !acronyms.has(raw.toLowerCase());
}

/**
 * True when token `i`, two capitals in quotes, spells the first letters of two capitalised words a
 * few characters before it ('Kaylee Jo Anderson / "KJ"', 'Tyler James ("TJ")').
 */
function quotedInitialsOfName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !/['‘"“]/.test(text.charAt(token.start - 1))) return false;
  if (!/['’"”]/.test(text.charAt(token.end))) return false;
  const window = text.slice(Math.max(0, token.start - 50), token.start - 1);
  const [a, b] = [token.raw.charAt(0), token.raw.charAt(1)];
  return new RegExp(String.raw`(?<![\p{L}])${a}\p{Ll}+[ -]${b}\p{Ll}+`, 'u').test(window);
}

/** A person's word straight before a quoted letter someone goes by: 'his mate "T"', 'txts off "Z"'. */
const LETTER_PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:called|calls?|named|known as|knows? (?:him |her |them )?as|goes by|aka|mate|mates|m8|friend|pal|bf|gf|boyfriend|girlfriend|cousin|bro|brother|sister|uncle|auntie|lad|guy|man|male|off|with|said|says|sed|told|tells)[ \t]*$/iu;
/** A person's act straight after it: '"R" did it', '"Z" who texts her'. */
const LETTER_PERSON_AFTER =
  /^[ \t]+(?:who|did|said|says|sed|told|tells|texted|texts|messaged|messages|hit|took|gave|sent|threatened|punched|grabbed)(?![\p{L}])/iu;
/** "Little", "Big" or "Lil" before a quoted letter: '"Little T"', '"Big J"'. */
const SIZE_WORD = /^(?:little|big|lil)$/;

/**
 * True when token `i` is one letter or two in quotes that a person goes by: after a person's word
 * or before a person's act ('his mate "T" who', 'said "R" did it'), or after "Little" or "Big"
 * inside the quotes ('"Little T"'). Never "A" or "I", nor a grade, option or part, which no
 * person's word stands before ('Plan "B"', 'grade "C"').
 */
function quotedLetterName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !/^\p{Lu}{1,2}$/u.test(token.raw) || /^[AI]$/.test(token.raw)) return false;
  if (!/['’"”]/.test(text.charAt(token.end))) return false;
  const previous = tokens[i - 1];
  if (previous && SIZE_WORD.test(previous.key) && text.slice(previous.end, token.start) === ' ')
    return /['‘"“]/.test(text.charAt(previous.start - 1));
  if (!/['‘"“]/.test(text.charAt(token.start - 1))) return false;
  if (token.raw.length === 2 && !isInitials(token.raw)) return false;
  const before = text.slice(Math.max(0, token.start - 25), token.start - 1);
  return (
    LETTER_PERSON_BEFORE.test(before) ||
    LETTER_PERSON_AFTER.test(text.slice(token.end + 1, token.end + 16))
  );
}

/** Verbs of speech after a name: "mason said", "precious sed" (text speak). */
const SPEECH_VERBS = new Set('said says sed sez told tells asked'.split(' '));

/**
 * True when a listed name, even one that is also a word ("mason", "rose"), opens a sentence in
 * lower case straight before a verb of speech: "… her bum. mason said "ur a 2"". Asked only where
 * the writer writes other names in lower case too ("tyler-jay n mason"): a word opening a sentence
 * is seldom lower case otherwise.
 */
function opensClauseBeforeSpeech(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  if (!token || !next || token.possessive || token.key.length < 3) return false;
  if (!SPEECH_VERBS.has(next.key) || text.slice(token.end, next.start) !== ' ') return false;
  return isSentenceInitial(text, token.start) && !commonWords.has(token.key);
}

/** A verb of speech or a refusal after a subject, maybe after "also" or "just": "ty sed", "kaci also said", "kay dont want". */
const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`^ (?:(?:also|just|then|still|never|always|even) )?(?:${[...SPEECH_VERBS].join('|')}|dont|didnt|wont)(?![\p{L}'’])`,
  'u',
);

/**
 * True when a lower-case word stands as the subject of a verb of speech in a note that writes names
 * in lower case ("kaci also said", "kay dont want"): a listed name, even of two letters ("jo
 * sed"), or a word no list holds opening a sentence. Not a relationship word ("nan sed") nor a
 * function word ("she sed").
 */
function subjectBeforeSpeech(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token || token.possessive || token.key.length < 2) return false;
  if (!SUBJECT_VERB_AFTER.test(scan.text.slice(token.end, token.end + 20))) return false;
  if (RELATIVE_WORDS.has(token.key) || commonWords.has(token.key) || acronyms.has(token.key))
    return false;
  const listed = isNameListWord(token.key) || (token.key.length === 2 && givenNames.has(token.key));
  // A word no list holds ("kehinde says", "kaci also said") only opening a sentence, and only
  // when it is no English word nor a plural of one and has a vowel ("pls", "friends" said).
  const unknown =
    token.key.length >= 3 &&
    isSentenceInitial(scan.text, token.start) &&
    /[aeiouy]/.test(token.key) &&
    !/['’]/.test(token.raw) &&
    isNoWordOrName(token.key) &&
    !isEnglishWord(token.key.replace(/s$/, ''));
  return (listed || unknown) && writesNamesLower(scan, i);
}

/** True when a name other than token `i` was found written in lower case: the writer writes names so. */
function writesNamesLower(scan: Scan, i: number): boolean {
  for (const j of scan.found.keys()) {
    const token = scan.tokens[j];
    if (j !== i && token && token.raw === token.raw.toLowerCase()) return true;
  }
  return false;
}

/** A lower-case word alone in brackets with an age after a comma: "(hiwa, 20s)", "(jay, 20ish)". */
const BRACKET_AGE_AFTER = /^,\s*\d{1,2}\s*(?:s|ish|yo|y\/o|yrs?)?\s*\)/;

/** True when the token opens a bracket that gives only it and an age: a person, never a word. */
function bracketedWithAge(text: string, token: Token): boolean {
  if (token.possessive || text[token.start - 1] !== '(') return false;
  return BRACKET_AGE_AFTER.test(text.slice(token.end, token.end + 12));
}

/**
 * True when a word no list holds stands between a relationship word and "who": "his cousin
 * tesfalem who was with him". The word must be no English word ("his friend there who").
 */
function relativeNamedBeforeWho(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  if (!token || !next || token.key.length < 3 || next.key !== 'who') return false;
  if (!/^ +$/.test(text.slice(token.end, next.start))) return false;
  return relativeBefore(text, tokens, i) && isNoWordOrName(token.key);
}

/**
 * True when token `i` stands alone in brackets straight after a relationship word: "his dad
 * (tony) battered him", "mum (grace) thought", "nan (pat doyle)".
 */
function relativeBracketed(text: string, tokens: readonly Token[], i: number): boolean {
  const [previous, token] = [tokens[i - 1], tokens[i]];
  if (!previous || !token || previous.possessive || !RELATIVE_WORDS.has(previous.key)) return false;
  if (!/^ ?\($/.test(text.slice(previous.end, token.start))) return false;
  return /^(?:\)| \p{Ll}+\))/u.test(text.slice(token.end, token.end + 24));
}

/**
 * True when a short lower-case word comes before the first name it shortens, in brackets: "his
 * mate kam (kamran)", "uncle dec (declan)". The full name must be a listed given name.
 */
function shortFormBeforeFullName(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, full] = [tokens[i], tokens[i + 1]];
  if (!token || !full || token.possessive || full.possessive || token.key.length < 2) return false;
  if (isEnglishWord(token.key) || !/^ ?\($/.test(text.slice(token.end, full.start))) return false;
  if (text.charAt(full.end) !== ')') return false;
  if (!full.key.startsWith(token.key) || full.key.length <= token.key.length + 1) return false;
  return isListedGivenName(full.key) && !englishWordOnly(full.key);
}

/** A possessive owner's date of birth: "calum's date of birth is …", "kris's dob". */
const BIRTH_DATE_OWNED = /^['’]s (?:date of birth|dob|d\.o\.b)\b/i;

/**
 * True when a lower-case word no list holds owns someone or something of a person's: "from kris's
 * phone", "calum's date of birth", not "the school's phone" (a word) or "the dsl's phone" (an acronym).
 */
function ownerIsAPerson(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.possessive || token.key.length < 3 || acronyms.has(token.key)) return false;
  if (englishWordOnly(token.key) || ordinaryWordNames.has(token.key)) return false;
  const owned = ownsPersonalNoun(text, tokens, i) || BIRTH_DATE_OWNED.test(text.slice(token.end));
  return owned && !isNeverAName(token.key);
}

/** "surname", maybe hedged, and another spelling before it: "surname maybe maguire or mcguire". */
const SURNAME_CUE =
  /\bsurname(?: (?:is|maybe|possibly|probably|prob|poss|might be|could be))?:? (?:[\p{L}'’-]+ or )?$/u;

/** True when the writer names the lower-case word as a surname: "surname maybe maguire". */
function namedAsSurname(text: string, token: Token): boolean {
  if (englishWordOnly(token.key) || isNeverAName(token.key) || token.key.length < 3) return false;
  return SURNAME_CUE.test(text.slice(Math.max(0, token.start - 40), token.start).toLowerCase());
}

/** True when a listed name stands alone in brackets after a name found: "harpreet (harry)". */
function bracketedAfterAName(scan: Scan, i: number): boolean {
  const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (!previous || !token || !scan.found.has(i - 1) || !isNameListWord(token.key)) return false;
  if (spellingMarkFollows(scan.text, previous)) return false;
  const gap = scan.text.slice(previous.end, token.start);
  return /^ ?\($/.test(gap) && scan.text.charAt(token.end) === ')' && token.key.length >= 2;
}

/** Titles of address of other languages in lower case: "señora ruiz", "sr garcía", "pani nowak". */
const FOREIGN_TITLE = /^(?:pan|pani|senora?|sra|srta|sr|signora?|herr|frau|monsieur|madame|mme)$/;

/**
 * True when "mr" or "mrs", in lower case, stands straight before token `i` ("neighbour mrs patel"),
 * or a title of another language before a word that is no English word ("sr garcía", not "sr
 * practitioner" nor "frying pan handle").
 */
function lowerCaseTitleBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const [previous, token] = [tokens[i - 1], tokens[i]];
  if (!previous || !token) return false;
  const mr = /^mrs?$/.test(previous.raw);
  const foreign =
    !mr && FOREIGN_TITLE.test(previous.key) && previous.raw === previous.raw.toLowerCase();
  if (!mr && !(foreign && token.key.length >= 3)) return false;
  if (!/^\.? $/.test(text.slice(previous.end, token.start))) return false;
  return mr || !isEnglishWord(token.key);
}

/**
 * Lower-case names in a person's frame: after a relationship word ("grandad frank", "dad gianni
 * made…", "a son tayo (5)"), before an age or school year ("jack 6", "stone yr 7"), before a spelling mark ("kalya
 * (sp)"); then a surname-like word after such a name ("frank hill.", "mark hunter (12/12/1987)").
 */
export function lowerCaseFrames(scan: Scan): void {
  const { text, tokens } = scan;
  const letters = new Set<string>();
  for (const i of namedAfterCue(text, tokens)) {
    const token = tokens[i];
    if (!token || scan.found.has(i)) continue;
    if (token.raw.length === 1 || isInitials(token.raw)) {
      if (!overlapsAny(token, scan.blocked)) letters.add(token.raw);
    } else proposeLower(scan, i, 'medium', 'A name after "called" or "known as"');
  }
  // 'Kaylee Jo Anderson / "KJ"': two letters in quotes that are the first letters of the two
  // capitalised words just before them are the name's short form.
  tokens.forEach((token, i) => {
    if (isInitials(token.raw) && quotedInitialsOfName(text, tokens, i)) letters.add(token.raw);
    else if (quotedLetterName(text, tokens, i) && !overlapsAny(token, scan.blocked)) {
      letters.add(token.raw);
      // '"Little T"': the size word is part of the name.
      const previous = tokens[i - 1];
      if (previous && SIZE_WORD.test(previous.key) && !overlapsAny(previous, scan.blocked))
        scan.found.set(i - 1, { confidence: 'medium', reason: 'A letter someone is known by' });
    }
  });
  // "aka "JJ"", "line name "JJ"": the letters someone is known by, and every other mention of them.
  tokens.forEach((token, i) => {
    if (!letters.has(token.raw) || scan.found.has(i) || overlapsAny(token, scan.blocked)) return;
    if (!scan.professionalKeys.has(token.key))
      scan.found.set(i, { confidence: 'medium', reason: 'A letter someone is known by' });
  });
  tokens.forEach((token, i) => {
    if (token.raw !== token.raw.toLowerCase() || scan.found.has(i)) return;
    const listed = isNameListWord(token.key);
    // Whether a person's frame follows is asked only after a relationship word: most words have none.
    // "Boyfriend reportedly 19", "mum thought was funny": an English word no list gives as a name
    // is the sentence going on, whatever follows it.
    const person = () =>
      !englishWordOnly(token.key) &&
      (unlistedNameBeforeVerb(text, tokens, i) || ageFollows(text, token, true));
    if (relativeBefore(text, tokens, i) && (listed || person()))
      proposeLower(scan, i, 'medium', 'A name after a relationship word');
    else if (listed && ageFollows(text, token, true)) proposeLower(scan, i, 'medium', AGE_REASON);
    else if (listed && opensClauseBeforeSpeech(text, tokens, i) && writesNamesLower(scan, i))
      proposeLower(scan, i, 'medium', 'A name opening a sentence before "said"');
    else if (subjectBeforeSpeech(scan, i))
      proposeLower(
        scan,
        i,
        'medium',
        'A name before "said" in a note that writes names in lower case',
      );
    else if ((listed || isLowerCaseGivenName(token.key)) && relativeBracketed(text, tokens, i))
      proposeLower(scan, i, 'medium', 'A name in brackets after a relationship word');
    else if (shortFormBeforeFullName(text, tokens, i))
      proposeLower(scan, i, 'medium', 'A short name before the full name in brackets');
    else if (token.key.length >= 2 && bracketedWithAge(text, token) && !englishWordOnly(token.key))
      proposeLower(scan, i, 'medium', AGE_REASON);
    else if (relativeNamedBeforeWho(text, tokens, i))
      proposeLower(scan, i, 'medium', 'A name after a relationship word');
    else if (ownerIsAPerson(text, tokens, i))
      proposeLower(scan, i, 'medium', 'A name before someone or something of theirs');
    else if (namedAsSurname(text, token)) proposeLower(scan, i, 'medium', 'A name after "surname"');
    else if (bracketedAfterAName(scan, i))
      proposeLower(scan, i, 'medium', 'Another name in brackets after a name');
    else if (listed && /^(?:big|lil|little)$/.test(tokens[i - 1]?.key ?? ''))
      proposeLower(scan, i, 'medium', 'A name after "big" or "little"');
    else if (lowerCaseTitleBefore(text, tokens, i) && !isNeverAName(token.key))
      proposeLower(scan, i, 'medium', 'A name after "mr" or "mrs"');
    else if (token.key.length >= 3 && spellingMarkFollows(text, token))
      proposeLower(scan, i, 'low', 'A name whose spelling the writer marks as unsure');
  });
  for (const i of [...scan.found.keys()].sort((a, b) => a - b)) {
    firstNameBeforeSurname(scan, i);
    const [token, next] = [tokens[i], tokens[i + 1]];
    if (!token || !next || token.possessive || token.raw !== token.raw.toLowerCase()) continue;
    if (scan.found.has(i + 1)) continue;
    const gap = text.slice(token.end, next.start);
    if (gap === '-' && (isNameListWord(next.key) || ordinaryWordNames.has(next.key))) {
      proposeLower(scan, i + 1, 'medium', 'The second half of a hyphenated name');
      continue;
    }
    if (gap !== ' ') continue;
    const ends = /^(?:\s*[.,;:()\n]|\s*$)/.test(text.slice(next.end, next.end + 2));
    if (isSurnameListWord(next.key) && (ends || ageFollows(text, next, true)))
      proposeLower(scan, i + 1, 'medium', 'A surname after a first name');
  }
}

/**
 * Other lower-case mentions of a word found as a name: every one when a lower-case mention was found
 * and the word is no English word ("calum answered the door" after "calum's date of birth"); else where a person stands:
 * possessive ("frank's reg"), before a verb ("hunter has…": at the start of a sentence when the
 * name is also a word).
 */
export function propagateLower(scan: Scan): void {
  const keys = new Set([...scan.found.keys()].map((i) => scan.tokens[i]?.key));
  const lowerKeys = new Set(
    [...scan.found.keys()].flatMap((i) => {
      const token = scan.tokens[i];
      return token && token.raw === token.raw.toLowerCase() ? [token.key] : [];
    }),
  );
  scan.tokens.forEach((token, i) => {
    if (scan.found.has(i) || !keys.has(token.key) || token.raw !== token.raw.toLowerCase()) return;
    if (!isNameListWord(token.key) && !onsGivenNames.has(token.key) && token.key.length < 3) return;
    const word = ordinaryWordNames.has(token.key);
    if (lowerKeys.has(token.key) && token.key.length >= 3 && !word && !isEnglishWord(token.key)) {
      proposeLower(scan, i, 'low', FRAME_REASON);
      return;
    }
    // "the hotel's worker", "the farm is 40 minutes away": a plain word found with a capital
    // elsewhere ("Carn Farm") is not a name in lower case unless found so too.
    if (isPlainEnglishWord(token.key)) return;
    const verb =
      actionVerbFollows(scan.text, scan.tokens, i) &&
      (!word || isSentenceInitial(scan.text, token.start));
    if (token.possessive || verb) proposeLower(scan, i, 'low', FRAME_REASON);
  });
}

/** Why a found name written with an s and no apostrophe is proposed. */
export const WITH_S_REASON = 'A name found elsewhere in the text, with an s and no apostrophe';

/**
 * A name found elsewhere in the text, written again as a possessive without its apostrophe, as
 * hurried notes and messages do: "Madisons nan", "Maddys toybox", "im not at kayleighs". The word
 * with the s must be no word of its own ("marks", "bills"); a name that is also a word ("ivy",
 * "pat") needs someone or something of theirs after it ("ivys mum"). Runs after the other passes,
 * so every mention already found counts.
 */
export function propagateWithS(scan: Scan): void {
  const found = new Map<string, { confidence: Confidence; reason: string }>();
  for (const [i, guess] of scan.found) {
    const key = scan.tokens[i]?.key;
    if (key && key.length >= 3 && !found.has(key)) found.set(key, guess);
  }
  scan.tokens.forEach((token, i) => {
    if (scan.found.has(i) || token.possessive || !token.key.endsWith('s')) return;
    const stem = token.key.slice(0, -1);
    const guess = found.get(stem);
    if (!guess || isNeverAName(token.key) || ordinaryWordNames.has(token.key)) return;
    if (isListedGivenName(token.key)) return;
    // "walks Grace to school", "marks": a plain word with its own s needs someone's thing after it.
    const plain = ordinaryWordNames.has(stem) || isPlainEnglishWord(token.key);
    if (plain && !personalNounFollows(scan.text, scan.tokens, i)) return;
    const lower = token.raw === token.raw.toLowerCase();
    if (lower) proposeLower(scan, i, guess.confidence, WITH_S_REASON);
    else if (/^\p{Lu}\p{Ll}/u.test(token.raw)) propose(scan, i, guess.confidence, WITH_S_REASON);
  });
}

/**
 * A lower-case first name before a surname found with an age after it ("crystal moss 16", "jade
 * okafor (15)"): the surname's frame is the whole name's. Only a listed name or name-word, never a
 * modal, colour or function word ("will moss 16").
 */
function firstNameBeforeSurname(scan: Scan, i: number): void {
  const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (!previous || !token || scan.found.get(i)?.reason !== AGE_REASON) return;
  if (scan.found.has(i - 1) || previous.possessive || previous.raw !== previous.key) return;
  if (scan.text.slice(previous.end, token.start) !== ' ' || !isNameListWord(previous.key)) return;
  proposeLower(scan, i - 1, 'medium', 'A first name before a surname and an age');
}

const OWNER_WORDS = new Set('my me his her their our your ur'.split(' '));

/** A word the writer defines as a person with "=": "shaz = sharon mcbride", "Dom = Dominic Tyson". */
const DEFINED_AS = /^\s*=\s*$/;

/**
 * Names a note defines with "=" and a name found after it ("shaz = sharon mcbride", "crystal =
 * crystal moss 16"): a short name or nickname glossed with the full one. Not a relationship or
 * function word ("ma = Tracey", "mum = Lisa"), which the gloss names instead.
 */
export function definedNames(scan: Scan): void {
  const { text, tokens } = scan;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || scan.found.has(i) || !scan.found.has(i + 1) || token.possessive) return;
    if (!DEFINED_AS.test(text.slice(token.end, next.start))) return;
    if (RELATIVE_WORDS.has(token.key) || commonWords.has(token.key) || token.key.length < 2) return;
    if (isNeverAName(token.key) || /\d/.test(text.charAt(token.start - 1))) return;
    // "me ma = Tracey", "his da = Sean": a word someone owns is a relative, not a name.
    if (OWNER_WORDS.has(tokens[i - 1]?.key ?? '')) return;
    if (token.raw === token.raw.toLowerCase())
      proposeLower(scan, i, 'medium', 'A name the writer glosses with a full name');
    else propose(scan, i, 'medium', 'A name the writer glosses with a full name');
  });
}
