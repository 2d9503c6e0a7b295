// The town or district after a street address ("22 Station Rd, Bletchley") is a place of its own,
// hidden as "[place]" rather than folded into "[address]", so a reader of the redacted note still
// sees that a town stood there. Also catches a stranger's-name guess standing in that slot
// ("4 Bluebell Walk, Stanley, I found…"): after an address and a comma it names a town. And the
// town written straight before a postcode, with or without a street before it ("the maltings Ware
// SG12 9AZ").
import { organisationSuffixes, placeWords } from './agency-words';
import { givenNames } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { isNeverAName } from './name-words';
import { onsGivenNames } from './names/ons-given-names';
import { foldName } from './text';
import { overlapsAny, placeFinding, type Finding } from './types';

/** Only a comma (and spaces) between the address and the town. */
const COMMA_GAP = /^\s*,\s*$/;

/** Where the town slot ends: a comma, full stop, semicolon, bracket, line end, a postcode. */
const SLOT_END = /^(?:\s*(?:[.,;:)\n]|$)|\s+[A-Z]{1,2}\d)/;

/** A low-confidence guess at a stranger's name (`findTownsInAddresses` proposes towns as places). */
function townLike(finding: Finding): boolean {
  return finding.type === 'name' && finding.confidence === 'low';
}

/** Small words inside a town's name ("Bradford on Avon", "Stoke-on-Trent"). */
const INNER = new Set(['on', 'upon', 'in', 'under', 'le', 'by', 'the', 'super', 'next', 'sea']);

/** True when every word is capitalised, but for the small words inside a town's name. */
export function capitalisedWords(words: readonly string[]): boolean {
  return words.every(
    (word, i) =>
      /^\p{Lu}/u.test(word) || (i > 0 && i < words.length - 1 && INNER.has(foldName(word))),
  );
}

/** True when the words are plainly a town, not a first name, an agency's or an ordinary word. */
export function plainTown(words: readonly string[]): boolean {
  const keys = words.map(foldName);
  if (
    keys.some(
      (key) =>
        (isNeverAName(key) && !placeWords.has(key) && !INNER.has(key)) ||
        organisationSuffixes.has(key),
    )
  )
    return false;
  return !givenNames.has(keys[0] ?? '') && !onsGivenNames.has(keys[0] ?? '');
}

export const TOWN_REASON = 'A town written as part of an address';

/** Last words that make the name a street, estate or building, which stays part of the address. */
export const STREET_END =
  /\b(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Ln|Drive|Dr|Crescent|Gardens|Court|Place|Terrace|Grove|Square|Way|Mews|Row|Walk|Rise|View|Parade|Estate|Wharf|Heights|Buildings|House|Cottage|Farm)\.?$/;

/** Every word of the finding starts with a capital (a town, not "the end terrace"). */
function capitalised(original: string): boolean {
  return original.split(/[\s-]+/).every((word) => /^\p{Lu}/u.test(word));
}

/**
 * `findings` (sorted, disjoint) with each town after a street address retyped as a place: a
 * capitalised town finding or low-confidence name that follows an address finding across a comma
 * and ends at a comma, full stop, line end or postcode. The address before it stays an address;
 * the record's own town is a place there too, as the corpora mark it.
 */
export function retypeTownsAfterAddresses(text: string, findings: readonly Finding[]): Finding[] {
  return findings.map((finding, i) => {
    const previous = findings[i - 1];
    if (
      !previous ||
      previous.type !== 'address' ||
      previous.reason === TOWN_REASON ||
      !townLike(finding) ||
      !capitalised(finding.original) ||
      STREET_END.test(finding.original) ||
      !COMMA_GAP.test(text.slice(previous.end, finding.start)) ||
      !SLOT_END.test(text.slice(finding.end, finding.end + 4))
    )
      return finding;
    return {
      ...finding,
      type: 'place',
      replacement: '[place]',
      reason: 'A town or district written after an address',
    };
  });
}

/** Up to three words straight before a postcode: "the maltings Ware SG12 9AZ", "Swindon, SN2". */
const BEFORE_POSTCODE = /([\p{L}][\p{L}'’-]*(?:[ -][\p{L}][\p{L}'’-]*){0,2})[ \t]*,?[ \t]*$/u;

/**
 * The town written straight before a postcode, with or without an address before it ("flat 7 the
 * maltings Ware SG12 9AZ", "Bognor Regis, PO21 1AA"): the longest run of last words that is a
 * listed town or council area in any case, or plain capitalised words. A street, estate or
 * building there ("Rowan Court SN2 1PL") is part of the address, not a town; nothing overlapping
 * `found` is proposed.
 */
export function findTownsBeforePostcodes(text: string, found: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  for (const postcode of found.filter((f) => f.type === 'postcode')) {
    const from = Math.max(0, postcode.start - 60);
    const match = BEFORE_POSTCODE.exec(text.slice(from, postcode.start));
    if (!match) continue;
    const words = (match[1] ?? '').split(/(?<=[ -])/);
    for (let n = words.length; n > 0; n -= 1) {
      const name = words.slice(words.length - n).join('');
      const start = from + match.index + (match[1] ?? '').length - name.length;
      const parts = name.split(/[ -]/);
      if (STREET_END.test(name)) break;
      const key = parts.map(foldName).join(' ');
      const listed = isListedPlace(key) || isKnownAreaName(key);
      if (!listed && !(capitalisedWords(parts) && plainTown(parts))) continue;
      const span = { start, end: start + name.length };
      if (!overlapsAny(span, found))
        findings.push(
          placeFinding(text, span, 'A town written before a postcode', listed ? 'high' : 'medium'),
        );
      break;
    }
  }
  return findings;
}
