// The pass of the unknown-name search that weighs every capitalised word on its own: a name before
// an age or "family", or before someone of theirs (medium confidence); otherwise a low-confidence
// guess for review, unless it opens a sentence and is no plain first name, or is a common English
// word that no cue or first name makes a name ("Accommodation", "Swim England", "Taxi").
import { ambiguousGivenNames, isListedGivenName } from './given-names';
import { STREET_END } from './address-towns';
import { agencyWords, culturalWords, organisationSuffixes } from './agency-words';
import { ageFollows, ownsPersonalNoun, surnameOfAFamily } from './name-frames';
import {
  AGE_REASON,
  GIVEN_NAME_REASON,
  NAME_REASON,
  WEAK_REASONS,
  isCapitalsName,
  propose,
  type Scan,
} from './name-scan';
import { capitalisedRun, isNeverAName, isPlainEnglishWord, looksLikeNameWord } from './name-words';
import { DETERMINERS, plainlyNotAPerson } from './not-a-person';
import { isSentenceInitial, type Token } from './text';
import { overlapsAny } from './types';
import { ordinaryWordNames } from './vocabulary';

const REPORTING = new Set(
  'said says told reported disclosed stated explained denied admitted alleged shouted threatened texted messaged rang phoned punched kicked hit grabbed pushed hurt assaulted'.split(
    ' ',
  ),
);

/** True when token `i` directly follows a word proposed as a name (a surname such as "Hale"). */
function followsAName(scan: Scan, i: number): boolean {
  const previous = scan.tokens[i - 1];
  const token = scan.tokens[i];
  if (!previous || !token || previous.possessive || !scan.found.has(i - 1)) return false;
  return /^ $/.test(scan.text.slice(previous.end, token.start));
}

/**
 * True when token `i` directly follows, after one space, a word found on surer grounds than its
 * capital alone: a first name ("Sarah Money") or a name after a cue.
 */
function followsSureName(scan: Scan, i: number): boolean {
  const found = scan.found.get(i - 1);
  return Boolean(found && !WEAK_REASONS.has(found.reason) && followsAName(scan, i));
}

/** A nickname in quotes, alone or as part of a hyphened one: "Tiny", "K-Money", "T-Bone". */
const QUOTE_BEFORE = /['‘"“](?:[\p{L}\p{N}]+-)?$/u;
const QUOTE_AFTER = /^(?:-[\p{L}\p{N}]+)?['’"”]/u;

/**
 * Words before the name of a place or a building, whose name may be made of plain words ("at The
 * Old Chapel", "on Kingsway", "to Golden Square"): there a plain word is left to the other rules.
 */
const PLACE_PREPOSITIONS = new Set(
  'at in on to from near via into onto towards outside behind opposite past through around off'.split(
    ' ',
  ),
);

/** True when the token opens a line, a list item or a table's cell, or is a label before a colon. */
function headsALine(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 6), token.start);
  return (
    /(?:^|\n|\|)[ \t•*-]*$/u.test(before) || /^[ \t]*:/u.test(text.slice(token.end, token.end + 4))
  );
}

const PLACE_AFTER =
  /^(?:[ \t]+(?:camp|estate|village|district|region|province|area|flats|park|station|precinct|shops)(?![\p{L}])|,[ \t]*\d)/u;

/**
 * True when token `i` and every capitalised word joined to it are common English words or never
 * names ("Talking Therapies", "Swim England", "| Accommodation |", "Vehicle:"), and nothing marks
 * it as a person's or a place's: no quotes around it ("Tiny", "K-Money"), no "who" after it, no
 * place's preposition before it ("at The Old Chapel"), no street's, building's or place's word
 * after it ("Harbour View", "Kelham Island flats"), and, for a word of five letters or fewer, the
 * head of a line, a table's cell or a label. A run that holds any other word ("Ocean Whitfield",
 * "Meadow View") is left to the other rules.
 */
function plainWordsOnly(scan: Scan, i: number): boolean {
  const { text, tokens } = scan;
  const token = tokens[i];
  if (!token || !isPlainEnglishWord(token.key)) return false;
  // Short words ("Tank", "Gift", "Storm") are given names and nicknames too: in a sentence only a
  // longer word is taken as a plain word; at the head of a line, a table's cell or a label, any.
  if (token.key.length < 6 && !headsALine(text, token)) return false;
  const near = (from: number, to: number) => text.slice(Math.max(0, from), to);
  if (QUOTE_BEFORE.test(near(token.start - 12, token.start))) return false;
  if (QUOTE_AFTER.test(near(token.end, token.end + 12))) return false;
  if (/^,?\s+who\b/u.test(near(token.end, token.end + 8))) return false;
  const run = capitalisedRun(text, tokens, i);
  const before = tokens[(run[0] ?? i) - 1];
  if (before && PLACE_PREPOSITIONS.has(before.raw)) return false;
  // A house or a street named in plain words ("Orchard House", "Harbour View"): part of an address.
  const last = tokens[run[run.length - 1] ?? i];
  if (last && STREET_END.test(last.raw)) return false;
  // A place named with its kind after it ("Castle Vale estate", "Kelham Island flats"), or a house
  // whose address goes on with a number ("Willow Lodge, 12 …").
  if (last && PLACE_AFTER.test(near(last.end, last.end + 24))) return false;
  return run.every((j) => {
    const key = tokens[j]?.key ?? '';
    return isPlainEnglishWord(key) || isNeverAName(key);
  });
}

/** True when a given name is also an ordinary word, month or place ("Will", "Grace", "Paris"). */
function isAmbiguousGivenName(key: string): boolean {
  return ambiguousGivenNames.has(key) || ordinaryWordNames.has(key);
}

/** True when token `i` is followed, after one space, by a surname-like capitalised word. */
function surnameFollows(scan: Scan, i: number): boolean {
  const [token, next] = [scan.tokens[i], scan.tokens[i + 1]];
  if (!token || !next || token.possessive || scan.text.slice(token.end, next.start) !== ' ')
    return false;
  const nameLike = looksLikeNameWord(next) || isCapitalsName(next);
  return nameLike && !isNeverAName(next.key) && !isAmbiguousGivenName(next.key);
}

/** Words for children that a list of their names follows: "Children Poppy (16) and Max (13)". */
const CHILDREN_WORDS = new Set('children child kids siblings twins sons daughters'.split(' '));

/**
 * True when an age or school year follows token `i` and nothing makes it a thing: not after "the"
 * or "a", not in a kept name, not sharing its run of capitals with an agency word ("Children Poppy
 * (16)" is a list of children, "Ward 6 (2 beds)" a place).
 */
function personBeforeAge(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  if (!token || !ageFollows(scan.text, token) || overlapsAny(token, scan.keep)) return false;
  if (
    previous &&
    DETERMINERS.has(previous.key) &&
    /^\s+$/.test(scan.text.slice(previous.end, token.start))
  )
    return false;
  return !capitalisedRun(scan.text, scan.tokens, i).some((j) => {
    const key = scan.tokens[j]?.key ?? '';
    return (
      j !== i && !CHILDREN_WORDS.has(key) && (agencyWords.has(key) || organisationSuffixes.has(key))
    );
  });
}

/**
 * True when a plain English word (no listed first name) opens a form's label of a few words before
 * a colon ("Known as: Zuza", "Lives with: nan", "Seen by:"), where a name is the value, not the label.
 */
function opensALabel(text: string, token: Token): boolean {
  if (!isPlainEnglishWord(token.key) || token.possessive) return false;
  return /^(?:[ \t-]+\p{Ll}+){1,2}[ \t]*:/u.test(text.slice(token.end, token.end + 30));
}

/**
 * True when a plain English word (no listed first name) stands before a small number that is no
 * age, or a capital letter alone, and follows no name: a kind, grade or part and its number or
 * letter ("Type 1 diabetes", "Level 2", "Street 7, Block C"), not a person.
 */
function countedKind(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token || token.possessive || !isPlainEnglishWord(token.key) || followsAName(scan, i))
    return false;
  return /^[ \t]+(?:\d{1,2}(?![\d/.:]|,[ \t]*\d)|\p{Lu}(?![\p{L}\p{N}'’.]))/u.test(
    scan.text.slice(token.end, token.end + 8),
  );
}

/** Words that end the name of a scale, a score or a tool: "Clutter Image Rating", "Braden Scale". */
const SCALE_ENDS = new Set('rating score scale index inventory questionnaire tool'.split(' '));
const SCALE_HINT = /(?:rating|score|scale|index|inventory|questionnaire|tool)\b/i;

/**
 * True when token `i` is in a run of capitalised words that ends with a scale's word and is not
 * someone's ("Clutter Image Rating 7", "Rockwood Frailty Score", "the Graded Care Profile tool"
 * aside): a scale, a score or a tool named on a form, no person.
 */
function namesAScale(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  // Most words have no scale's word after them: skip the run's walk.
  if (!token || !SCALE_HINT.test(scan.text.slice(token.start, token.end + 80))) return false;
  const run = capitalisedRun(scan.text, scan.tokens, i);
  const last = scan.tokens[run[run.length - 1] ?? i];
  if (!last || run.length < 2 || last.possessive || !SCALE_ENDS.has(last.key)) return false;
  // "Sarah Score": a first name opens a person's name, whatever ends it.
  if (isListedGivenName(scan.tokens[run[0] ?? i]?.key ?? '')) return false;
  return !run.some((j) => scan.tokens[j]?.possessive);
}

/** The longest header row read, each side of a word. */
const MAX_HEADER = 200;

/** Words that head a table's column: one of them in a row with bars and no digit makes it a header. */
const HEADER_WORDS =
  /^(?:name|names|full name|dob|d\.o\.b\.?|date|date of birth|age|school|address|relationship|gender|role|phone|notes|status|type|attendance|contact|year|class)$/iu;

/**
 * True when the token stands in a table's header row: a line with two bars or more and no digit,
 * a cell of which is a usual column's word ("Name | DOB | School | Att % | Unauth"), with another
 * row of bars below it. Its words are the columns' labels ("Att", "Unauth"), no one's name.
 */
function inHeaderRow(text: string, token: Token): boolean {
  // Most lines hold no bar: count them first, without copying the line. Only a short window is
  // read, so that a long field without line breaks costs no more per word.
  let bars = 0;
  for (let k = token.start - 1; k >= 0 && k >= token.start - MAX_HEADER; k -= 1) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 124) bars += 1;
  }
  for (let k = token.end; k < text.length && k < token.end + 2 * MAX_HEADER; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 124) bars += 1;
  }
  if (bars < 2) return false;
  const from = Math.max(0, token.start - MAX_HEADER);
  const before = text.slice(from, token.start);
  const after = text.slice(token.end, token.end + 2 * MAX_HEADER);
  const [open, close] = [before.lastIndexOf('\n'), after.indexOf('\n')];
  if ((open === -1 && from > 0) || close === -1) return false;
  const line = before.slice(open + 1) + text.slice(token.start, token.end) + after.slice(0, close);
  if ((line.match(/\|/g) ?? []).length < 2 || /\d/.test(line)) return false;
  if (!line.split('|').some((cell) => HEADER_WORDS.test(cell.trim()))) return false;
  const next = after.slice(close + 1);
  const nextClose = next.indexOf('\n');
  return (nextClose === -1 ? next : next.slice(0, nextClose)).includes('|');
}

/** Words after a language's name: "a Masalit interpreter", "Levantine Arabic", "Tigrinya speaker". */
const LANGUAGE_AFTER = new Set(
  'interpreter interpreters interpreting speaker speakers speaking language dialect'.split(' '),
);
/** Words before a language's name: "first language is Masalit", "speaks Wolof". */
const LANGUAGE_BEFORE =
  /(?:language|languages|dialect|speaks|speaking)(?:[ \t]+(?:is|was|are))?[ \t]+$/iu;

/**
 * True when a word no list gives as a first name is a language's or a people's name by the words
 * around it: before "interpreter" or a listed language ("Levantine Arabic"), or after "language
 * is" or "speaks".
 */
function namesALanguage(scan: Scan, i: number): boolean {
  const [token, next] = [scan.tokens[i], scan.tokens[i + 1]];
  if (!token || token.possessive || isListedGivenName(token.key)) return false;
  const before = scan.text.slice(Math.max(0, token.start - 24), token.start);
  if (LANGUAGE_BEFORE.test(before)) return true;
  if (!next || scan.text.slice(token.end, next.start) !== ' ') return false;
  return LANGUAGE_AFTER.has(next.key) || (culturalWords.has(next.key) && LANGUAGES.has(next.key));
}

/** The languages among the cultural words, which a dialect's or a region's word comes before. */
const LANGUAGES = new Set(
  'arabic kurdish farsi dari pashto urdu punjabi bengali somali tigrinya french portuguese spanish chinese'.split(
    ' ',
  ),
);

/** Proposes every capitalised word that may be a name and nothing shows is not (see the file's head). */
export function capitalisedWords(scan: Scan): void {
  scan.tokens.forEach((token, i) => {
    if (!looksLikeNameWord(token)) return;
    if (namesAScale(scan, i)) return;
    if (personBeforeAge(scan, i)) {
      propose(scan, i, 'medium', AGE_REASON);
      return;
    }
    if (surnameOfAFamily(scan.text, scan.tokens, i)) {
      propose(scan, i, 'medium', 'A surname before "family" or "brothers"');
      return;
    }
    if (plainlyNotAPerson(scan, i) || inHeaderRow(scan.text, token)) return;
    if (opensALabel(scan.text, token) || countedKind(scan, i) || namesALanguage(scan, i)) return;
    if (ownsPersonalNoun(scan.text, scan.tokens, i)) {
      propose(scan, i, 'medium', 'A name before someone or something of theirs');
      return;
    }
    const given = isListedGivenName(token.key);
    const next = scan.tokens[i + 1];
    const reports =
      next && /^\s+$/.test(scan.text.slice(token.end, next.start)) && REPORTING.has(next.key);
    const personal = reports || token.possessive || followsSureName(scan, i);
    if (!given && !personal && plainWordsOnly(scan, i)) return;
    if (!isSentenceInitial(scan.text, token.start)) {
      const plainName = given && !ambiguousGivenNames.has(token.key);
      const reason = plainName ? GIVEN_NAME_REASON : NAME_REASON;
      propose(scan, i, 'low', reason, plainName || followsAName(scan, i) || Boolean(reports));
      return;
    }
    if (reports || token.possessive) propose(scan, i, 'low', NAME_REASON, given);
    else if (given && (!isAmbiguousGivenName(token.key) || surnameFollows(scan, i)))
      propose(scan, i, 'low', GIVEN_NAME_REASON);
  });
}
