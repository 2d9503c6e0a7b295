// Names in the frames of messages and referrals, which the other passes leave because a word of
// place or a sentence's start stands before them: a surname after "re" ("a LADO referral re
// Pemberton"), a first name after "it's" ("hiya its Kelly on nights"), a name after a message's word
// and "from" ("Texts from Jas (07700 900 674)"), and a nickname before "from the" and a noun ("Stevo
// from the bar says").
import { isListedGivenName } from './given-names';
import { SAME_REASON, propose, type Scan } from './name-scan';
import {
  isNeverAName,
  isNeverANameShape,
  isPlainEnglishWord,
  looksLikeNameWord,
} from './name-words';
import { overlapsAny } from './types';
import { inNamedThing } from './not-a-person';

/** "re" or "re:" before the word, as referrals and e-mails write "regarding". */
const RE_BEFORE = /(?:^|[^\p{L}])re:?[ \t]+$/iu;
/** A message's word and "from" before the word: "Texts from", "a voicemail from", "DMs from". */
const MESSAGE_FROM =
  /(?:^|[^\p{L}])(?:texts?|texted|messages?|messaged|calls?|voicemails?|e-?mails?|snaps?|dms?|letters?|cards?|notes?|gifts?|money|photos?|pictures?|pics?)[ \t]+from[ \t]+$/iu;
/** "from the" and a lower-case noun after the word: "Stevo from the bar", "Daz from the shop". */
const FROM_THE_AFTER = /^[ \t]+from[ \t]+the[ \t]+\p{Ll}{2,}/u;

/**
 * "it's", or "its" as texts write it, and "this is" before a first name: the writer saying who they
 * are ("hiya its Kelly on nights", "hi it's Carol next door"), not "its" owning a thing.
 */
const IT_IS_BEFORE = /(?:^|[^\p{L}])(?:its|it['’]s|it is|this is)[ \t]+$/iu;
/** A lower-case word straight after the word, which it then qualifies: "Hackney carriage". */
const MODIFIES_NEXT = /^[ \t]+\p{Ll}/u;
/**
 * A named place of work after the name: "a call from Ashley at the Family Hub", a worker of a
 * service, whom the professional passes judge.
 */
const WORKPLACE_AFTER = /^[ \t]+(?:at|from|of)[ \t]+(?:the[ \t]+)?\p{Lu}/u;

/**
 * True when token `i` could be a name by its own look: capitalised, no plain English word, no
 * never-name (agency, place, month…), no word of an organisation's or a term's name.
 */
function nameShaped(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token || !looksLikeNameWord(token)) return false;
  if (isPlainEnglishWord(token.key) || isNeverAName(token.key)) return false;
  return !inNamedThing(scan, i);
}

/** Proposes the names in a message's or a referral's frame (see the file's head). */
export function messageFrames(scan: Scan): void {
  const { text, tokens } = scan;
  const named = new Set<string>();
  tokens.forEach((token, i) => {
    // A word guessed for its capital alone is raised: the frame says it is a person, not a town.
    if (scan.found.get(i)?.confidence === 'high' || !nameShaped(scan, i)) return;
    const before = text.slice(Math.max(0, token.start - 24), token.start);
    const after = text.slice(token.end, token.end + 24);
    if (RE_BEFORE.test(before)) {
      // "Re: Hackney carriage badge": a word before a lower-case noun names the thing.
      if ((token.possessive || !MODIFIES_NEXT.test(after)) && propose(scan, i, 'medium', RE_REASON))
        named.add(token.key);
    } else if (IT_IS_BEFORE.test(before) && isListedGivenName(token.key)) {
      if (propose(scan, i, 'medium', 'A first name after "it\'s", as a message opens'))
        named.add(token.key);
    } else if (MESSAGE_FROM.test(before) && !WORKPLACE_AFTER.test(after)) {
      if (propose(scan, i, 'medium', 'A name after a message and "from"')) named.add(token.key);
    } else if (!token.possessive && FROM_THE_AFTER.test(after))
      propose(scan, i, 'low', 'A name before "from the" and where they work or live');
  });
  personCalled(scan);
  listedPeople(scan);
  // "Wei says Pemberton gave him…": the other mentions, guessed for their capital alone (and so
  // open to be taken for the town), are the same person's.
  tokens.forEach((token, i) => {
    if (!named.has(token.key) || scan.found.get(i)?.confidence !== 'low') return;
    if (looksLikeNameWord(token)) propose(scan, i, 'medium', SAME_REASON);
  });
}

const RE_REASON = 'A name after "re"';

/** A word for a person and "called" or "named": "a lad called Devon", "a man named Chester". */
const PERSON_CALLED =
  /(?:^|[^\p{L}])(?:lad|lads|man|men|boy|girl|woman|guy|bloke|fella|lady|someone|somebody|male|female|friend|mate|person)[ \t]+(?:called|named|known as)[ \t]+['‘"“]?$/iu;

/**
 * A capitalised word after a person's word and "called" or "named" is their name even when it is a
 * county or a town's ("a lad called Devon who is 18"), which `propose` would refuse.
 */
function personCalled(scan: Scan): void {
  scan.tokens.forEach((token, i) => {
    if (scan.found.has(i) || !looksLikeNameWord(token) || isNeverANameShape(scan.text, token))
      return;
    if (!PERSON_CALLED.test(scan.text.slice(Math.max(0, token.start - 30), token.start))) return;
    if (scan.professionalKeys.has(token.key) || overlapsAny(token, scan.blocked)) return;
    scan.found.set(i, { confidence: 'medium', reason: 'A name after a person and "called"' });
  });
}

/** A list item's bullet at the head of a line, and up to two capitalised words after it. */
const BULLET_BEFORE = /(?:^|\n)[ \t]*[-•*][ \t]+['‘"“]?(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$/u;
/**
 * What follows a person's name in a list of people: a dash, then an age, "real name", "aka" or a
 * school year ("- Chase – 18, car …", "- Bolton – real name …", "- Lil T – Tyrell …, 15").
 */
const PERSON_ENTRY_AFTER =
  /^['’"”]?[ \t]+[-–—][ \t]+(?:\d{1,2}(?![\d/.:])|real name|aka\b|a\.k\.a|known as|[Yy](?:ea)?r?[ \t]?\d{1,2}\b|(?:\p{Lu}\p{Ll}+[ \t]+){1,2}[^\n]{0,40}?\b\d{1,2}\b(?![\d/.:]))/u;
/** Words that head a list item as a role, not a name ("- Mum – 34"). */
const ROLE_HEADS = new Set(
  'mum dad mother father stepdad stepmum baby child sibling brother sister nan grandad carer parent total'.split(
    ' ',
  ),
);

/**
 * The people of a list, as a peer-group map or a list of contacts writes them: a bullet, a name of
 * up to three words, a dash and an age, "real name" or a school year. The name may be a town's or
 * an ordinary word's ("Bolton", "Chase"), which the slot makes a person's; a role ("Mum") stays.
 */
function listedPeople(scan: Scan): void {
  const { text, tokens } = scan;
  tokens.forEach((token, i) => {
    if (!/^\p{Lu}/u.test(token.raw) || token.possessive) return;
    if (!BULLET_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) return;
    // The run of capitalised words to the dash: this word and up to two after it.
    let last = i;
    while (
      last < i + 2 &&
      tokens[last + 1] &&
      text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === ' ' &&
      /^\p{Lu}/u.test(tokens[last + 1]?.raw ?? '')
    )
      last += 1;
    const end = tokens[last]?.end ?? token.end;
    if (!PERSON_ENTRY_AFTER.test(text.slice(end, end + 60))) return;
    if (ROLE_HEADS.has(token.key) || isNeverAName(token.key)) return;
    for (let j = i; j <= last; j += 1) {
      const word = tokens[j];
      if (!word || scan.found.has(j) || scan.professionalKeys.has(word.key)) continue;
      if (overlapsAny(word, scan.blocked)) continue;
      scan.found.set(j, {
        confidence: 'medium',
        reason: 'A name heading an entry in a list of people',
      });
    }
  });
}
