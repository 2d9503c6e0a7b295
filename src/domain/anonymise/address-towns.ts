// The town or district after a street address ("22 Station Rd, Bletchley") is a place of its own,
// hidden as "[place]" rather than folded into "[address]", so a reader of the redacted note still
// sees that a town stood there. Also catches a stranger's-name guess standing in that slot
// ("4 Bluebell Walk, Stanley, I found…"): after an address and a comma it names a town. And the
// town written straight before a postcode, with or without a street before it ("the maltings Ware
// SG12 9AZ").
import { organisationSuffixes, placeWords } from './agency-words';
import { isListedGivenName } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { isNeverAName } from './name-words';
import { foldName } from './text';
import { overlapsAny, placeFinding, type Finding } from './types';

/**
 * Only a comma (and spaces) between the address and the town, or the kind of place the address is
 * ("the Tilers Lane council site, Newark", "Trinity House hostel, Walsall").
 */
const COMMA_GAP =
  /^(?:\s+(?:(?:council|caravan|traveller|travellers['’]?|gypsy|temporary)\s+)?(?:site|hostel|flats|estate|hotel))?\s*,\s*$/iu;
/**
 * A building, site or street word and a comma before a listed town that no address finding
 * precedes: "Room 12, the Crown Hotel, Rotherham", "behind the bus station, Hanley".
 */
const BUILDING_BEFORE =
  /\b(?:hostel|hotel|house|lodge|farm|site|station|centre|estate|flats|road|street|lane|close|avenue|drive)\s*,\s*$/iu;
/** The reasons of a town already found after an address, which a second town may follow. */
const AFTER_ADDRESS_REASON = 'A town or district written after an address';

/** Where the town slot ends: a comma, full stop, semicolon, bracket, line end, a postcode. */
const SLOT_END = /^(?:\s*(?:[.,;:)\n]|$)|\s+[A-Z]{1,2}\d)/;

/** A postcode straight after the town slot: "Holt NR25 6BS". */
const POSTCODE_NEXT = /^[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b/;

/** A low-confidence guess at a stranger's name (`findTownsInAddresses` proposes towns as places). */
function townLike(finding: Finding): boolean {
  return finding.type === 'name' && finding.confidence === 'low';
}

/** A guess at a stranger's name that is a listed town or a council's area ("Newark", "Barrow"). */
function listedTownName(finding: Finding): boolean {
  if (finding.type !== 'name' || finding.confidence === 'high') return false;
  const key = finding.original
    .split(/[\s-]+/)
    .map(foldName)
    .join(' ');
  return isListedPlace(key) || isKnownAreaName(key);
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
  return !isListedGivenName(keys[0] ?? '');
}

export const TOWN_REASON = 'A town written as part of an address';

/** Last words that make the name a street, estate or building, which stays part of the address. */
export const STREET_END =
  /\b(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Ln|Drive|Dr|Crescent|Gardens|Court|Place|Terrace|Grove|Square|Way|Mews|Row|Walk|Rise|View|Parade|Estate|Wharf|Heights|Buildings|House|Cottage|Farm)\.?$/;

/** Every word of the finding starts with a capital (a town, not "the end terrace"). */
function capitalised(original: string): boolean {
  return original.split(/[\s-]+/).every((word) => /^\p{Lu}/u.test(word));
}

/** "on" straight before the name: one lives, works or is found on a street, not in a town. */
const ON_BEFORE = /(?:^|[^\p{L}])on[ \t]+$/iu;
/** Regions and islands one is "on" ("on Merseyside", "on the Isle of Wight", "on Anglesey"). */
const ON_REGION = /(?:side|isle|island|sea|anglesey|wirral|skye|sheppey|mull|arran|islay|lewis)$/iu;
/** An offence or an attack "on" someone: "convicted of ABH on Leigh" names a person. */
const HARM_ON =
  /\b(?:abh|gbh|assault(?:s|ed)?|attack(?:s|ed)?|offences?|crimes?|violence)\s+on[ \t]+$/iu;
const STREET_ON_REASON = 'A street named after "on" without a street word';

/**
 * A listed name the reviewer is only offered (low confidence) straight after "on" names a street
 * with no street word ("his nan's flat on Tower Hill", "a car wash on Kingsway, Dunstable"); a
 * region or an island one is "on" stays a place, and so does a name followed by "'s".
 */
function streetAfterOn(text: string, finding: Finding): boolean {
  return (
    finding.type === 'place' &&
    finding.confidence === 'low' &&
    capitalised(finding.original) &&
    !ON_REGION.test(finding.original) &&
    !/^['’]s\b/u.test(text.slice(finding.end, finding.end + 3)) &&
    ON_BEFORE.test(text.slice(Math.max(0, finding.start - 4), finding.start)) &&
    !HARM_ON.test(text.slice(Math.max(0, finding.start - 24), finding.start))
  );
}

/**
 * `findings` (sorted, disjoint) with each town after a street address retyped as a place: a
 * capitalised town finding or low-confidence name that follows an address finding across a comma
 * and ends at a comma, full stop, line end or postcode. The address before it stays an address;
 * the record's own town is a place there too, as the corpora mark it.
 */
export function retypeTownsAfterAddresses(text: string, findings: readonly Finding[]): Finding[] {
  const retyped: Finding[] = [];
  for (const [i, finding] of findings.entries()) {
    const previous = retyped[i - 1];
    const slot =
      capitalised(finding.original) &&
      !STREET_END.test(finding.original) &&
      SLOT_END.test(text.slice(finding.end, finding.end + 4));
    // After an address, or after the town that followed one ("3 Beacon View, Ormsgill, Barrow").
    const afterAddress =
      previous !== undefined &&
      ((previous.type === 'address' && previous.reason !== TOWN_REASON) ||
        (previous.type === 'place' &&
          [TOWN_REASON, AFTER_ADDRESS_REASON].includes(previous.reason))) &&
      COMMA_GAP.test(text.slice(previous.end, finding.start));
    const afterBuilding =
      !afterAddress &&
      BUILDING_BEFORE.test(text.slice(Math.max(0, finding.start - 24), finding.start));
    // A name in the town slot straight before a postcode is the town, even the family's surname
    // ("17 Station Road, Holt NR25 6BS" for the Holt family).
    const beforePostcode =
      finding.type === 'name' && POSTCODE_NEXT.test(text.slice(finding.end, finding.end + 12));
    const town =
      slot &&
      ((afterAddress && (townLike(finding) || listedTownName(finding) || beforePostcode)) ||
        (afterBuilding && listedTownName(finding)));
    retyped.push(
      town
        ? { ...finding, type: 'place', replacement: '[place]', reason: AFTER_ADDRESS_REASON }
        : streetAfterOn(text, finding)
          ? { ...finding, type: 'address', replacement: '[address]', reason: STREET_ON_REASON }
          : finding,
    );
  }
  return retyped;
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
