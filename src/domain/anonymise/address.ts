// Addresses and postcodes: the client's known address lines, any "<number> <Name> Road"-style
// street address, and any UK postcode.
import { capitalisedWords, plainTown, STREET_END, TOWN_REASON } from './address-towns';
import { agencyWords } from './agency-words';
import { isKnownAreaName } from './keep-terms';
import { houseAddresses, serviceNamedForStreet } from './house-addresses';
import { isListedPlace } from './listed-places';
import { escapeRegExp, patternWords, foldName } from './text';
import { makeFinding, placeFinding, type Finding, type KnownClient } from './types';
import { monthNumbers } from './vocabulary';

const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) {0,2}\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;
/**
 * A postcode in capitals typed or scanned out of shape: a space inside the inward code ("S5 9 FD"),
 * or the letter O read for a nought after the district's first digit on a scanned form ("B1O
 * 9QP"). In capitals only, and with the outward and inward codes apart, so no word reads as one.
 */
const ODD_POSTCODE =
  /(?<![\p{L}\p{N}])(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])[ \t]{1,2}\d[ \t][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y]?\dO[ \t]{1,2}\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;

/** UK postcodes in any case, with or without the space ("B97 4XY", "b974xy"), and odd shapes in capitals. */
export function findPostcodes(text: string): Finding[] {
  return [...text.matchAll(POSTCODE), ...text.matchAll(ODD_POSTCODE)].map((match) =>
    makeFinding(
      text,
      { start: match.index, end: match.index + match[0].length },
      { type: 'postcode', replacement: '[postcode]', reason: 'A UK postcode', confidence: 'high' },
    ),
  );
}

const STREET_TYPES: Record<string, string> = {
  road: 'Road|Rd',
  street: 'Street|St',
  avenue: 'Avenue|Ave',
  close: 'Close|Cl',
  lane: 'Lane|Ln',
  drive: 'Drive|Dr',
  crescent: 'Crescent|Cres',
  gardens: 'Gardens|Gdns',
  court: 'Court|Ct',
  place: 'Place|Pl',
  terrace: 'Terrace|Terr|Tce|Ter',
  grove: 'Grove|Gr',
  square: 'Square|Sq',
  heights: 'Heights',
  way: 'Way',
  mews: 'Mews',
  row: 'Row',
  walk: 'Walk',
  rise: 'Rise',
  hill: 'Hill',
  view: 'View',
  park: 'Park',
  green: 'Green',
  parade: 'Parade',
  vale: 'Vale',
  mount: 'Mount',
  fields: 'Fields',
  meadow: 'Meadow|Meadows',
  // Street words of the North, Scotland and older towns, capitalised after a number only
  // ("3 Willow Bank", "14 Gipton Approach", "12 Belgrave Gate", "14 Canal Side").
  bank: 'Bank',
  gate: 'Gate',
  approach: 'Approach',
  croft: 'Croft',
  chase: 'Chase',
  fold: 'Fold',
  brow: 'Brow',
  wynd: 'Wynd',
  garth: 'Garth',
  boulevard: 'Boulevard',
  quay: 'Quay',
  dene: 'Dene',
  nook: 'Nook',
  side: 'Side',
  // Names of newer estates' closes, after a number only ("16 Birchen Coppice", "5 Forest Glade").
  coppice: 'Coppice',
  copse: 'Copse',
  spinney: 'Spinney',
  glade: 'Glade',
  flat: 'Flat|Apartment|Apt',
};

const STREET_WORD = Object.values(STREET_TYPES)
  .filter((forms) => !forms.startsWith('Flat'))
  .join('|');
const NAME_WORD = String.raw`[A-Z][\p{L}'’-]+`;
const FLAT = String.raw`(?:(?:Flat|Apartment|Apt\.?|Unit)\s+\d+[A-Za-z]?,?\s+)?`;
const NUMBERED_STREET = new RegExp(
  // At most one line break after the number: a blank line ends a reference ("ref: CP/AM/2291⏎⏎Dear Dr").
  String.raw`${FLAT}\b\d{1,4}[A-Za-z]?,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:${NAME_WORD}\s+){1,3}(?:${STREET_WORD})\b(?:\s(?:North|South|East|West|Upper|Lower)\b)?`,
  'gu',
);
/**
 * Agency words that name many streets ("Front Street", "School Lane"): after a cue and before a
 * street type they are the street's, not a front door's or a school's.
 */
const STREET_AGENCY_WORDS = new Set(['front', 'school']);
const NAMED_STREET = new RegExp(
  String.raw`\b(?:at|on|to|from|near|off|in|along|address|addresses|of)\s+((?:${NAME_WORD}\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Crescent|Terrace|Tce|Grove|Gardens|Way|Court|Mews))\b(?!['’])`,
  'gu',
);

/** Street addresses written with a house number, or named after "at", "on", "to", "lives"... */
export function findStreetAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(NUMBERED_STREET)) {
    // "On 10 October Dr Simmons said": a date and a title, not a street.
    const firstWord = /\d[A-Za-z]?,?\s+(\S+)/.exec(match[0])?.[1] ?? '';
    if (monthNumbers.has(firstWord.toLowerCase())) continue;
    // "3 Food Bank parcels": a charity's bank, not a street.
    if (/\b(?:food|baby|blood|clothes|clothing|uniform)\s+bank$/iu.test(match[0])) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'address',
        replacement: '[address]',
        reason: 'A house number and street',
        confidence: 'high',
      }),
    );
  }
  for (const match of text.matchAll(NAMED_STREET)) {
    const street = match[1] ?? '';
    if (
      street
        .split(/\s+/)
        .slice(0, -1)
        .some((word) => agencyWords.has(foldName(word)) && !STREET_AGENCY_WORDS.has(foldName(word)))
    )
      continue;
    // "at Farnham Road Surgery", "to Walworth Road police station": a service named for its street.
    if (serviceNamedForStreet(text, match.index + match[0].length)) continue;
    const start = match.index + match[0].length - street.length;
    const span = { start, end: start + street.length };
    findings.push(
      makeFinding(text, span, {
        type: 'address',
        replacement: '[address]',
        reason: 'A street name',
        confidence: 'medium',
      }),
    );
  }
  // A house number beside a neighbour, a named house or row, a Welsh street, a cued odd street.
  for (const span of houseAddresses(text)) {
    findings.push(
      makeFinding(text, span, {
        type: 'address',
        replacement: '[address]',
        reason: 'A house number, house name or street written as part of an address',
        confidence: 'medium',
      }),
    );
  }
  return findings;
}

function wordPattern(word: string): string {
  const forms = STREET_TYPES[foldName(word)];
  if (forms) return String.raw`(?:${forms})\.?`;
  return escapeRegExp(word).replace(/['’]/g, "['’]?");
}

/** A pattern for an address line, forgiving case, commas, spacing and street abbreviations. */
function linePattern(line: string): RegExp | undefined {
  const words = line.match(/[\p{L}\p{N}'’]+/gu);
  if (!words || words.length === 0) return undefined;
  const body = patternWords(words)
    .map(wordPattern)
    .join(String.raw`[\s,]+`)
    .replace(/\\\.\?$/, '');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'giu');
}

/** The lines of the record's address and the parts of them that identify on their own. */
function addressVariants(client: KnownClient): string[] {
  const lines = [client.address?.line1, client.address?.line2].filter((l): l is string =>
    Boolean(l?.trim()),
  );
  const variants = new Set<string>(lines);
  for (const line of lines) {
    for (const part of line.split(',')) {
      const trimmed = part.trim();
      const withoutNumber = trimmed.replace(
        /^(?:(?:Flat|Apartment|Apt\.?|Unit)\s+)?\d+[A-Za-z]?,?\s+/i,
        '',
      );
      const words = withoutNumber.split(/\s+/);
      if (words.length >= 2 && !/^(?:Flat|Apartment|Apt|Unit)$/i.test(words[0] ?? ''))
        variants.add(withoutNumber);
    }
  }
  return [...variants];
}

/** The record's own address lines wherever they appear, in any case or abbreviation. */
export function findKnownAddress(text: string, client: KnownClient): Finding[] {
  const findings: Finding[] = [];
  for (const variant of addressVariants(client)) {
    const pattern = linePattern(variant);
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (findings.some((found) => found.start <= span.start && span.end <= found.end)) continue;
      findings.push(
        makeFinding(text, span, {
          type: 'address',
          replacement: '[address]',
          reason: 'The address in the client record',
          confidence: 'high',
        }),
      );
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

const STREET_REASON = 'A street, estate or building written as part of an address';

/**
 * Up to three words after an address, across a comma or a space, or after the kind of place the
 * address is and a comma ("the Ravenswood Road site, Cardiff"): the slot a town stands in.
 */
const TOWN_SLOT =
  /^(\s+(?:(?:council|caravan|traveller|travellers['’]?|gypsy|temporary)\s+)?(?:site|hostel|flats|estate)\s*,\s*|\s*,\s*|[ \t]+)([\p{L}][\p{L}'’-]*(?:[ -][\p{L}][\p{L}'’-]*){0,2})/iu;

/** What may follow a town that ends an address line: the end of the clause or a quote, or a postcode. */
const CLAUSE_END = /^\s*(?:[.,;:)\n"”’]|$)/;
/**
 * What may also follow a listed town or district there: a bracket that goes on about it ("3 Chapel
 * Row, Hope (the village in the Peak)", "14 Wellington Tce, Shirley (Solihull)").
 */
const LISTED_END = /^\s*(?:[.,;:()\n"”’]|$)/;
/** A listed town or council area in brackets after the district: "Shirley (Solihull)". */
const AREA_IN_BRACKETS = /^\s*\(\s*(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})\s*\)/u;
/**
 * The sentence going on in lower case after the town: "5 Laburnum Grove, Thornaby several times",
 * but not a street or site written in lower case ("caravan 3, Golden Valley park").
 */
const LOWER_NEXT =
  /^ (?!(?:park|site|estate|road|rd|street|st|lane|close|way|avenue|drive|court|house|farm)\b)\p{Ll}/u;
/**
 * The town in the slot after an address (`rest` is the text after it), as the length of the
 * matched text up to the town's end and the town's own length; undefined when none stands there.
 * A capitalised town after a comma ends the clause, comes before a postcode, is the record's own
 * or goes on into a lower-case sentence; a listed town or council area in any case, after a comma
 * or a space, ends the clause or comes before a postcode ("22 cobden st luton lu2 0nh").
 */
function townInSlot(
  rest: string,
  town: string | undefined,
  postcodeAt: (offset: number) => boolean,
): { end: number; length: number; street: boolean } | undefined {
  const match = TOWN_SLOT.exec(rest);
  if (!match) return undefined;
  const comma = (match[1] ?? '').includes(',');
  const words = (match[2] ?? '').split(/(?<=[ -])/);
  for (let n = words.length; n > 0; n -= 1) {
    const name = words.slice(0, n).join('').replace(/[ -]$/, '');
    const end = (match[1] ?? '').length + name.length;
    const parts = name.split(/[ -]/);
    const key = parts.map(foldName).join(' ');
    const after = rest.slice(end, end + 4);
    const postcode = postcodeAt(end);
    const ends = postcode || CLAUSE_END.test(after);
    const listed = isListedPlace(key) || isKnownAreaName(key);
    const listedEnds = postcode || LISTED_END.test(after);
    const street = STREET_END.test(name);
    // "Flat 5, Coleridge House, St Matthews Estate, LE1 2QP": an estate or building goes on the address.
    if (comma && street && capitalisedWords(parts) && ends)
      return { end, length: name.length, street };
    const capitalised = capitalisedWords(parts) && !street;
    const found =
      (comma &&
        capitalised &&
        (postcode ||
          key === town ||
          (plainTown(parts) &&
            (CLAUSE_END.test(after) || LOWER_NEXT.test(rest.slice(end, end + 12)))))) ||
      (listed && listedEnds && !/^[\p{Lu}\p{N} ]+$/u.test(name));
    if (found) return { end, length: name.length, street };
  }
  return undefined;
}

/**
 * Town names that continue an address (see `townInSlot`), proposed as places: ", Redditch" before
 * a postcode or as the record's own town (high), "12 Larch Grove, Melksham." or "22 cobden st
 * luton" (medium).
 */
export function findTownsInAddresses(
  text: string,
  client: KnownClient,
  found: readonly Finding[],
): Finding[] {
  const town = client.address?.town ? foldName(client.address.town).trim() : undefined;
  const postcodeStarts = new Set(found.filter((f) => f.type === 'postcode').map((f) => f.start));
  const findings: Finding[] = [];
  for (const address of found.filter((f) => f.type === 'address')) {
    const rest = text.slice(address.end, address.end + 80);
    const postcodeAt = (offset: number): boolean => {
      const gap = /^\s*,?\s*/.exec(rest.slice(offset))?.[0].length ?? 0;
      return postcodeStarts.has(address.end + offset + gap);
    };
    const slot = townInSlot(rest, town, postcodeAt);
    if (!slot) continue;
    const end = address.end + slot.end;
    const start = end - slot.length;
    const known = postcodeAt(slot.end) || foldName(text.slice(start, end)) === town;
    const confidence = known ? 'high' : 'medium';
    findings.push(
      slot.street
        ? makeFinding(
            text,
            { start, end },
            { type: 'address', replacement: '[address]', reason: STREET_REASON, confidence },
          )
        : placeFinding(text, { start, end }, TOWN_REASON, confidence),
    );
    const area = slot.street ? undefined : areaInBrackets(text, end);
    if (area) findings.push(placeFinding(text, area, TOWN_REASON, 'medium'));
  }
  return findings;
}

/** The listed town or council area in brackets straight after a district at `end`, if one stands there. */
function areaInBrackets(text: string, end: number): { start: number; end: number } | undefined {
  const match = AREA_IN_BRACKETS.exec(text.slice(end, end + 40));
  const name = match?.[1];
  if (!match || !name) return undefined;
  const key = name.split(/[ -]/).map(foldName).join(' ');
  if (!isListedPlace(key) && !isKnownAreaName(key)) return undefined;
  const start = end + match[0].indexOf(name, match[0].indexOf('('));
  return { start, end: start + name.length };
}
