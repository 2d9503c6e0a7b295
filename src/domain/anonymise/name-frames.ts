// The sentence frames that show a word is a person's name even when it is written in lower case or
// is also an ordinary word: an age or a school year after it ("Poppy (16)", "jack 6", "stone yr 7"),
// a relationship word before it ("grandad frank", "dad gianni made…"), a spelling mark ("kalya
// (sp)"), or another name it is listed with ("Star and Jenson", "poppy + Alfie").
import { agencyWords } from './agency-words';
import { isListedGivenName } from './given-names';
import { isFamiliarForm } from './nicknames';
import { isNeverAName } from './name-words';
import { breedSpans, breedsAsDogs } from './pet-breeds';
import { tokenStartingAt, type Token } from './text';
import type { Span } from './types';
import { commonWords, monthNumbers, ordinaryWordNames } from './vocabulary';

/** Relationship words (lower case) after which a lower-case word may be the relative's name. */
export const RELATIVE_WORDS = new Set(
  'partner ex-partner boyfriend girlfriend bf gf husband wife fiance fiancee ex uncle aunt auntie aunty grandmother grandfather grandma grandad granddad grandpa nan nana nanny gran granny stepfather stepdad stepmother stepmum cousin brother bro sister sis half-brother half-sister stepbrother stepsister friend mate bestie pal fella bloke neighbour lodger mum mom mam mummy mother dad daddy father son daughter niece nephew baby carer childminder babysitter mammy da granda grannie maw'.split(
    ' ',
  ),
);

/**
 * Name-list words that, in lower case, are far more often the word: modal verbs, past tenses,
 * colours, sizes, compass points ("dad will", "mum drew", "her little brother").
 */
export const WORD_NOT_NAME: ReadonlySet<string> = new Set(
  'will may can drew read rush wade rose grant sue long short little young free best well rich bright swift strong happy lucky sharp wise hardy noble major royal white black brown green grey gray gold silver north south east west baby nurse sky love dash chase cash bond brand sale miles ward church cross pool bay field fields wood woods lane hill hall bush king queen prince duke earl baron knight bishop'.split(
    ' ',
  ),
);

/** True when a lower-case word is a given name from our lists or a name that is also a word. */
export function isNameListWord(key: string): boolean {
  if (key.length < 2 || WORD_NOT_NAME.has(key) || monthNumbers.has(key)) return false;
  if (commonWords.has(key) || agencyWords.has(key)) return false;
  if (isListedGivenName(key) || ordinaryWordNames.has(key)) return true;
  return (key.length >= 3 && isFamiliarForm(key)) || isFamiliarEnding(key);
}

/** A familiar form ending in "o" made from a name: "robbo" (rob), "deano" (dean), "jonno" (jon). */
function isFamiliarEnding(key: string): boolean {
  if (key.length < 4 || !key.endsWith('o')) return false;
  const stems = [key.slice(0, -1)];
  if (key.at(-2) === key.at(-3)) stems.push(key.slice(0, -2));
  return stems.some(
    (stem) =>
      stem.length >= 3 &&
      !commonWords.has(stem) &&
      (isListedGivenName(stem) || isFamiliarForm(stem)),
  );
}

/** A surname-like word after a name in lower case ("frank hill", "mark hunter"). */
export function isSurnameListWord(key: string): boolean {
  if (key.length < 2 || monthNumbers.has(key) || commonWords.has(key) || agencyWords.has(key))
    return false;
  if (
    /^(?:will|may|can|drew|read|rush|rose|sue|well|best|free|long|short|little|young|baby)$/.test(
      key,
    )
  )
    return false;
  return isListedGivenName(key) || ordinaryWordNames.has(key);
}

/** An age in brackets or after a comma or "is"/"aged": "(16)", "(11m)", "(4 yrs)", ", is 19". */
const AGE_AFTER =
  /^(?:\s*\(\s*\d{1,2}\s*(?:y|yo|yr|yrs|years?|m|mo|mths?|months?|w|wks?|weeks?)?\s*\)|,?\s+(?:is|was|aged|age)\s+\d{1,2}(?![\d/:]|\.\d)|,\s*\d{1,2}\s*(?:,|\)|yo\b|y\/o|yrs?\b|years?\b))/i;
/** A bare age after a name in lower case: "kids (jack 6 + baby …)". */
const BARE_AGE_AFTER =
  /^\s+\d{1,2}(?![\d/:]|\.\d)(?!\s*(?:am|pm|th|st|nd|rd|%|weeks?|wks?|days?|hours?|hrs?|mins?|minutes?|times?|x\b))/i;
/** A school year after a name: "yr 7", "(Y7)", "year 10", "yr5". */
const YEAR_AFTER = /^\s*\(?\s*(?:y|yr|year)\s*\d{1,2}\b/i;
/** A writer's mark that the spelling of a name is unsure: "(sp)", "(sp?)", "(sic)", "(spelling?)". */
const SPELLING_MARK = /^\s*\((?:sp\??|sic|spelling\??|spelling unclear|phonetic)\)/i;

/** True when an age or a school year comes straight after the token. */
export function ageFollows(text: string, token: Token, bare = false): boolean {
  const after = text.slice(token.end + (token.possessive ? 2 : 0), token.end + 24);
  if (token.possessive) return false;
  return AGE_AFTER.test(after) || YEAR_AFTER.test(after) || (bare && BARE_AGE_AFTER.test(after));
}

/** True when the writer marks the token's spelling as unsure. */
export function spellingMarkFollows(text: string, token: Token): boolean {
  return SPELLING_MARK.test(text.slice(token.end, token.end + 22));
}

/** Verbs of speech and action that follow a person: "dad gianni made him…", "hunter has 4…". */
export const ACTION_VERBS = new Set(
  'said says sed sez told tells asked asks made makes hit hits has had is was came comes went goes rang rings texted texts messaged shouted shouts grabbed punched kicked slapped pushed took takes picked picks lives lived stays stayed drives drove works smokes drinks uses used sells sold threatened threatens left leaves visits visited turned keeps kept wants wanted refused refuses'.split(
    ' ',
  ),
);
/** Adverbs and pronouns that stand between a relationship word and a verb ("mum often says"). */
const BETWEEN_WORDS = new Set(
  'often sometimes usually always never also then now still even already rarely again too herself himself themselves who that which just once both'.split(
    ' ',
  ),
);

/** True when the token is followed, after one space, by a verb of speech or action. */
export function actionVerbFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  if (!token || !next || token.possessive) return false;
  return /^ +$/.test(text.slice(token.end, next.start)) && ACTION_VERBS.has(next.key);
}

/**
 * True when an unlisted lower-case word after a relationship word reads as a name: not a common,
 * agency or other listed word, not an adverb ("mum really said"), and a verb follows it.
 */
export function unlistedNameBeforeVerb(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.key.length < 3 || /ly$/.test(token.key)) return false;
  if (BETWEEN_WORDS.has(token.key) || isNeverAName(token.key) || RELATIVE_WORDS.has(token.key))
    return false;
  return actionVerbFollows(text, tokens, i);
}

/** True when token `i` comes straight after a relationship word ("grandad frank", "her bf kyle"). */
export function relativeBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const [previous, token] = [tokens[i - 1], tokens[i]];
  if (!previous || !token || previous.possessive) return false;
  const gap = text.slice(previous.end, token.start);
  return /^[ \t]+$/.test(gap) && RELATIVE_WORDS.has(previous.key);
}

/** True when two neighbouring tokens are joined as items of a list: "Kyle, Summer", "poppy + Alfie". */
function listJoin(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^['’"”]?\s*[,+&]\s*['‘"“]?$/.test(text.slice(a.end, b.start));
}

/** True when a single-spaced "and" joins tokens `a` and `c`: "Star and Jenson". */
function andJoin(text: string, a: Token, and: Token, c: Token): boolean {
  const single = (x: Token, y: Token) => /^ $/.test(text.slice(x.end, y.start));
  return and.key === 'and' && !a.possessive && single(a, and) && single(and, c);
}

/**
 * True when token `i` is listed with a name `found` already holds: "Star and Jenson", "poppy +
 * Alfie", "Kyle, Summer and Jade".
 */
export function listedWith(
  text: string,
  tokens: readonly Token[],
  i: number,
  found: (j: number) => boolean,
): boolean {
  const token = tokens[i];
  if (!token) return false;
  const [p2, p1, n1, n2] = [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  if (p1 && found(i - 1) && listJoin(text, p1, token)) return true;
  if (n1 && found(i + 1) && listJoin(text, token, n1)) return true;
  if (p2 && p1 && found(i - 2) && andJoin(text, p2, p1, token)) return true;
  return Boolean(n1 && n2 && found(i + 2) && andJoin(text, token, n1, n2));
}

const PET = String.raw`dogs?|pupp(?:y|ies)|pups?|staff(?:y|ies)|bull(?:y|ies)|terriers?|spaniels?|lurchers?|cats?|kittens?|pets?|horses?|pon(?:y|ies)|rabbits?|snakes?|parrots?`;
const PETS = String.raw`dogs|puppies|pups|staffies|bullies|terriers|spaniels|lurchers|cats|kittens|pets|horses|ponies|rabbits|snakes|parrots`;
/**
 * A pet and what names it, straight before a word: "a dog called Tyson", "Dog Bruno", "his dogs
 * Patch and Sally", "dogs ("Tyson" and "Diesel")", "a dog (staffy, "Tyson")", "a guide dog, Juno",
 * "a dog kept in the yard (Tyson)". Only pets in the plural go on into a list: in "the dog is
 * called Bonnie and Cody talks" Cody is a child.
 */
const PET_BEFORE = new RegExp(
  String.raw`\b(?:(?:${PET})\b[^.\n]{0,24}?(?:called|named|\(|:)\s*['‘"“]?|(?:${PET}),?\s+['‘"“]?|(?:${PETS})\b[^.\n]{0,16}?(?:called|named|\(|:|\s)\s*['‘"“]?\p{L}+['’"”]?\s*(?:and|&|,)\s*['‘"“]?)$`,
  'iu',
);
const PET_HINT =
  /called|named|[(:]|dog|pup|staff|bull|terrier|spaniel|lurcher|cat|kitten|pet|horse|pon|rabbit|snake|parrot/i;

/** A word said to be a pet just after it: "Barney is the family's dog", "Juno is her guide dog". */
const PET_AFTER = new RegExp(
  String.raw`^['’"”]?\s+(?:is|was)\s+(?:the|their|his|her|our|my|a|mum['’]s|dad['’]s)(?:\s+family['’]s)?(?:\s+[\p{Ll}-]+)?\s+(?:${PET})\b`,
  'iu',
);

/** True when the token is a pet's name. */
export function petNamedBefore(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 56), token.start);
  return PET_HINT.test(before) && PET_BEFORE.test(before);
}

/** A pet's kind in brackets just after its name, maybe asked: "Biscuit (dog?)", "Tyson (the staffy)". */
const PET_BRACKET_AFTER = new RegExp(
  String.raw`^['’"”]?\s*\((?:the |a |their |his |her )?(?:${PET})\b`,
  'iu',
);

/** True when the token is said to be a pet, before or after it. */
export function isPetName(text: string, token: Token): boolean {
  if (token.possessive) return petNamedBefore(text, token);
  const after = text.slice(token.end, token.end + 48);
  return petNamedBefore(text, token) || PET_AFTER.test(after) || PET_BRACKET_AFTER.test(after);
}

/** A pet's word anywhere: only a text that has one is searched for pets' names. */
const PET_WORD = new RegExp(String.raw`\b(?:${PET})\b`, 'iu');

/**
 * The folded words the text names as a pet somewhere ("Barney is the family's dog"): every mention
 * of them is the pet's ("live with Mama and Barney."). Read only for the one call.
 */
export function petNames(text: string, tokens: readonly Token[]): Set<string> {
  const pets = new Set<string>();
  // A breed standing as a kind reads as "dog", so "XL Bully, Tyson" and "a Cane Corso called Rex"
  // name a pet as "dog, Tyson" does, however many words the breed has (./pet-breeds.ts).
  const read = breedsAsDogs(text, breedSpans(text, tokens));
  if (!PET_WORD.test(read)) return pets;
  for (const token of tokens)
    if (/^\p{Lu}/u.test(token.raw) && isPetName(read, token)) pets.add(token.key);
  return pets;
}

/** A bracket after a name that gives its full form or says what is unknown of it. */
const BRACKET_NAMING =
  /^\s*\((?:real name|full name|surname (?:unknown|not known|unk)|no surname|surname\?|n[ée]e|aka|a\.k\.a\.)\b/iu;
/** Up to three name words in a bracket: "(zofia wróblewska)", "(Tyler-Jay Banks)", "(Kevin Yardley)". */
const BRACKET_NAME = /^\s*\(([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){1,2})\)/u;

/**
 * True when a bracket after token `i` gives the full name it stands for or says its surname is
 * unknown: "TJ (Tyler-Jay Banks)" (the initials match), "zosia (zofia wróblewska)", "kev (Kevin
 * Yardley)", "yungz (real name Jamal Forde", "Shoaib (surname unknown)".
 */
export function bracketNameFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.possessive || isNeverAName(token.key)) return false;
  const after = text.slice(token.end, token.end + 60);
  if (!/^\s*\(/.test(after)) return false;
  if (BRACKET_NAMING.test(after)) return true;
  const words = BRACKET_NAME.exec(after)?.[1]?.split(/\s+/) ?? [];
  const first =
    words[0]?.split('-')[0]?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') ?? '';
  if (words.length < 2 || !isListedGivenName(first)) return false;
  if (/^\p{Lu}+$/u.test(token.raw)) {
    const initials = words.flatMap((word) => word.split('-')).map((part) => part.charAt(0));
    const letters = initials.join('').toUpperCase();
    return letters.startsWith(token.raw) || token.raw === letters.slice(0, token.raw.length);
  }
  return token.key.length >= 2 && !RELATIVE_WORDS.has(token.key);
}

/** Nouns after a possessive that make its owner a person: "Tansley's van", "Sean's mum's". */
const PERSONAL_NOUNS = new Set(
  'mum mam mom dad nan gran nana nanny boyfriend girlfriend bf gf partner brother sister house flat car van phone mate mates friend friends wife husband'.split(
    ' ',
  ),
);

/** True when a personal noun follows token `i` after one space: "rubys mum", "tylers house". */
export function personalNounFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  return Boolean(
    token && next && text.slice(token.end, next.start) === ' ' && PERSONAL_NOUNS.has(next.key),
  );
}

/** True when token `i` is a possessive followed by a personal noun ("Dougie's house"). */
export function ownsPersonalNoun(text: string, tokens: readonly Token[], i: number): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  if (!token?.possessive || !next) return false;
  return /^['’]s +$/u.test(text.slice(token.end, next.start)) && PERSONAL_NOUNS.has(next.key);
}

/**
 * True when `span` is one word in the possessive before a personal noun, as a place finder may
 * read "stays at Dougie's house" or "living at Sean's mum's": the word is a person's name.
 */
export function isPossessiveOwner(text: string, tokens: readonly Token[], span: Span): boolean {
  const i = tokenStartingAt(tokens, span.start);
  const token = tokens[i];
  return token !== undefined && span.end <= token.end + 2 && ownsPersonalNoun(text, tokens, i);
}

/** Words for a family's members together, after which "the X" is their surname: "the Bell brothers". */
const FAMILY_GROUPS = new Set(
  'brothers sisters twins family lads boys girls kids cousins household clan'.split(' '),
);

/** True when token `i` is a surname in "the Bell brothers", "the Dawson family". */
export function surnameOfAFamily(text: string, tokens: readonly Token[], i: number): boolean {
  const [previous, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!previous || !token || !next || previous.key !== 'the' || token.possessive) return false;
  const spaced = (a: Token, b: Token) => text.slice(a.end, b.start) === ' ';
  return spaced(previous, token) && spaced(token, next) && FAMILY_GROUPS.has(next.raw);
}

/**
 * True when token `i` is a nickname in quotation marks between a first name and a capitalised
 * surname: 'Henry "Nelson" Boswell', 'Callum "Cal" Brierley'.
 */
export function nicknameBetweenNames(text: string, tokens: readonly Token[], i: number): boolean {
  const [previous, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!previous || !token || !next || !quoted(text, token)) return false;
  const first = isListedGivenName(previous.key);
  return (
    first &&
    /^\p{Lu}/u.test(previous.raw) &&
    /^ ['‘"“]$/u.test(text.slice(previous.end, token.start)) &&
    /^['’"”] $/u.test(text.slice(token.end, next.start)) &&
    /^\p{Lu}\p{Ll}/u.test(next.raw)
  );
}

/** True when a word stands alone in quotation marks: 'w dylan + "fats"'. */
export function quoted(text: string, token: Token): boolean {
  const before = text.charAt(token.start - 1);
  const after = text.charAt(token.end);
  return /['‘"“]/.test(before) && /['’"”]/.test(after);
}
