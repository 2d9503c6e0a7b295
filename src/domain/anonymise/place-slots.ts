// Places found but typed as a name or a school because of where they stand, and the reverse. A
// guess at a stranger's name, or the short form of the child's school, is a place when the words
// around it make it one: a person "of" it ("Tyler Brannigan (19) of Thornaby"), a person's job
// and it in brackets ("(crofter, Brevig)"), the slot after a town already found ("Muker,
// Swaledale") or before a country ("Sennelager, Germany"), the town slot after an address that a
// school's short name fills ("3 Ladywell Close, Bulwell"). A low place guess is a person when a
// phone number, ", who" or a giving verb follows it ("Texts from Jas (07700 …)", "Pemberton gave
// him"). Hidden either way; typed right, the partnership's copy reads what stood there.
import { organisationSuffixes } from './agency-words';
import { isKnownAreaName } from './keep-terms';
import { isListedGivenName } from './given-names';
import { foldName } from './text';
import type { Finding, Span } from './types';

const REASON = 'A place standing where a person is from or lives';
const PERSON_REASON = 'A name guessed as a place, standing where a person does';

/** Where a place's slot ends: a comma, full stop, semicolon, bracket, line end or a postcode. */
const SLOT_END = /^(?:\s*(?:[.,;:)\n–—-]|$)|\s+[A-Z]{1,2}\d)/;
/** A person, maybe an age in brackets, then "of": "Tyler Brannigan (19) of", "Mr Hill, of". */
const OF_AFTER_PERSON = /^\s*(?:\(\s*\d{1,2}\s*\))?\s*,?\s+of\s+$/u;
/** Inside brackets, a lower-case job and a comma before the place: "(crofter, ", "(…, childminder, ". */
const JOB_IN_BRACKETS = /\((?:[^()\n]{0,60},\s*)?(\p{Ll}[\p{Ll} -]{2,30}),\s*$/u;
/** Words for people one knows, after which a name in brackets is a person ("(friend, Kyle)"). */
const PERSON_WORDS = new Set(
  'friend mate boyfriend girlfriend partner ex cousin uncle aunt auntie nan gran grandad brother sister son daughter dad mum father mother neighbour husband wife fiance fiancee niece nephew step half aka alias'.split(
    ' ',
  ),
);
/** A school's own word: such a finding is the school, wherever it stands. */
function schoolWordInside(original: string): boolean {
  return original.split(/[\s-]+/).some((word) => organisationSuffixes.has(foldName(word)));
}

/** True when the finding's first word is a given name, so it may well be a person after all. */
function startsWithGivenName(original: string): boolean {
  const first = foldName(original.split(/[\s-]+/)[0] ?? '');
  return isListedGivenName(first);
}

/** Every word starts with a capital ("Spur Tree"), not "the shop". */
function capitalised(original: string): boolean {
  return original.split(/[\s-]+/).every((word) => /^\p{Lu}/u.test(word));
}

/** True when `finding` is a guess (not the record's name) that could be retyped as a place. */
function guess(finding: Finding): boolean {
  return (
    finding.type === 'name' &&
    finding.confidence !== 'high' &&
    capitalised(finding.original) &&
    !startsWithGivenName(finding.original)
  );
}

/** True when the place words around `finding` make it a place. */
function inPlaceSlot(
  text: string,
  finding: Finding,
  previous: Finding | undefined,
  countries: readonly Span[],
): boolean {
  if (!SLOT_END.test(text.slice(finding.end, finding.end + 4))) return false;
  const gapBefore = previous ? text.slice(previous.end, finding.start) : '';
  if (previous?.type === 'name' && OF_AFTER_PERSON.test(gapBefore)) return true;
  const job = JOB_IN_BRACKETS.exec(text.slice(Math.max(0, finding.start - 80), finding.start));
  if (
    job?.[1] &&
    !job[1].split(/[\s-]+/).some((word) => PERSON_WORDS.has(word)) &&
    /^\s*\)/.test(text.slice(finding.end, finding.end + 3))
  )
    return true;
  // A district after a town ("Muker, Swaledale"), not a person after a country ("in Libya, Kibrom").
  if (previous?.type === 'place' && /^,[ \t]*$/.test(gapBefore)) return true;
  // A town abroad, then its country: "Sennelager, Germany".
  return countries.some(
    (country) =>
      country.start > finding.end && /^,[ \t]*$/.test(text.slice(finding.end, country.start)),
  );
}

/**
 * What follows a person, never a place: a phone number in brackets ("Jas (07700 900 674)"),
 * ", who" ("one of them, Haile, who"), or a verb of giving, sending or hurting ("Pemberton gave
 * him his WeChat"). A council's area that says or decides is an agency's, decided elsewhere.
 */
const PERSON_AFTER =
  /^(?:[ \t]*\([ \t]*(?:\+|0)\d|,[ \t]+who\b|[ \t]+(?:gave|gives|sent|sends|messaged|messages|texted|texts|snapchatted|grabbed|punched|kicked|slapped|threatened|threatens|groomed|raped|assaulted|touched|bought|buys|picked\s+(?:him|her|them)\s+up)\b)/iu;

/** A place word before the name: "in Longsight (07700 …)", "from Cromer, who" stay places. */
const PLACE_CUE_BEFORE = /\b(?:in|at|near|to|via|around|of|from)\s+$/iu;
/** What comes from a person: "Texts from Jas (07700 …)", "money from Lister". */
const FROM_PERSON_BEFORE =
  /\b(?:texts?|messages?|calls?|dms?|snaps?|money|phones?|gifts?|presents?|threats?|pressure)\s+from\s+$/iu;

/** True when a low place guess, a town's or a word's name, stands where a person does. */
function personInPlaceSlot(text: string, finding: Finding): boolean {
  if (finding.type !== 'place' || finding.confidence === 'high') return false;
  if (!capitalised(finding.original)) return false;
  const before = text.slice(Math.max(0, finding.start - 24), finding.start);
  if (PLACE_CUE_BEFORE.test(before) && !FROM_PERSON_BEFORE.test(before)) return false;
  if (finding.original.split(/\s+/).length > 2) return false;
  const key = finding.original
    .split(/[\s-]+/)
    .map(foldName)
    .join(' ');
  return !isKnownAreaName(key) && PERSON_AFTER.test(text.slice(finding.end, finding.end + 30));
}

/**
 * `findings` (sorted, disjoint) with each name guess standing in a place's slot retyped as a place,
 * and each short school finding in the town slot after an address retyped as the town.
 */
export function retypePlaceSlots(
  text: string,
  countries: readonly Span[],
  findings: readonly Finding[],
): Finding[] {
  // A country is no stranger's name ("left for New Zealand"), and is not proposed (decision 0070).
  const kept = findings.filter(
    (finding) =>
      finding.type !== 'name' ||
      finding.confidence === 'high' ||
      !countries.some((country) => country.start <= finding.start && finding.end <= country.end),
  );
  return kept.map((finding, i) => {
    const previous = kept[i - 1];
    const schoolAsTown =
      finding.type === 'school' &&
      !schoolWordInside(finding.original) &&
      capitalised(finding.original) &&
      previous?.type === 'address' &&
      /^,[ \t]*$/.test(text.slice(previous.end, finding.start)) &&
      SLOT_END.test(text.slice(finding.end, finding.end + 4));
    if (schoolAsTown || (guess(finding) && inPlaceSlot(text, finding, previous, countries)))
      return { ...finding, type: 'place', replacement: '[place]', reason: REASON };
    if (personInPlaceSlot(text, finding))
      return { ...finding, type: 'name', replacement: '[name]', reason: PERSON_REASON };
    return finding;
  });
}
