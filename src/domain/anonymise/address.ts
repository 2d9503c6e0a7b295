// Addresses and postcodes: the client's known address lines, any "<number> <Name> Road"-style
// street address, and any UK postcode.
import { TOWN_REASON } from './address-towns';
import { agencyWords, placeWords } from './agency-words';
import { givenNames } from './given-names';
import { isNeverAName } from './name-words';
import { onsGivenNames } from './names/ons-given-names';
import { escapeRegExp, patternWords, foldName } from './text';
import { makeFinding, type Finding, type KnownClient, type Span } from './types';

const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) {0,2}\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;

/** UK postcodes in any case, with or without the space ("B97 4XY", "b974xy"). */
export function findPostcodes(text: string): Finding[] {
  return [...text.matchAll(POSTCODE)].map((match) =>
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
  terrace: 'Terrace|Terr|Ter',
  grove: 'Grove|Gr',
  square: 'Square|Sq',
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
  flat: 'Flat|Apartment|Apt',
};

const STREET_WORD = Object.values(STREET_TYPES)
  .filter((forms) => !forms.startsWith('Flat'))
  .join('|');
const NAME_WORD = String.raw`[A-Z][\p{L}'’-]+`;
const FLAT = String.raw`(?:(?:Flat|Apartment|Apt\.?|Unit)\s+\d+[A-Za-z]?,?\s+)?`;
const NUMBERED_STREET = new RegExp(
  String.raw`${FLAT}\b\d{1,4}[A-Za-z]?,?\s+(?:${NAME_WORD}\s+){1,3}(?:${STREET_WORD})\b`,
  'gu',
);
const NAMED_STREET = new RegExp(
  String.raw`\b(?:at|on|to|from|near|off|in|along|address|addresses|of)\s+((?:${NAME_WORD}\s+){1,3}(?:Road|Street|Avenue|Close|Lane|Drive|Crescent|Terrace|Grove|Gardens|Way|Court|Mews))\b`,
  'gu',
);

/** Street addresses written with a house number, or named after "at", "on", "to", "lives"... */
export function findStreetAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(NUMBERED_STREET)) {
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
        .some((word) => agencyWords.has(foldName(word)))
    )
      continue;
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

const TOWN_AFTER = /^,\s*([A-Z][\p{L}'’-]+(?:[ -][A-Z][\p{L}'’-]+){0,2})(?=\s*,?\s*)/u;

/** What may follow a town that ends an address line: the end of the clause or a postcode. */
const CLAUSE_END = /^\s*(?:[.,;:)\n]|$)/;

/** True when the capitalised words after an address are plainly a town, not a sentence going on. */
function townEndsLine(text: string, name: string, end: number): boolean {
  const words = name.split(/[ -]/).map(foldName);
  if (words.some((word) => isNeverAName(word) && !placeWords.has(word))) return false;
  if (givenNames.has(words[0] ?? '') || onsGivenNames.has(words[0] ?? '')) return false;
  return CLAUSE_END.test(text.slice(end, end + 3));
}

/**
 * Town names that continue an address: ", Redditch" after a street address when a postcode
 * follows or the town is the record's own (high), or when the town ends the line or clause and is
 * not a first name or an ordinary word (medium): "12 Larch Grove, Melksham.".
 */
export function findTownsInAddresses(
  text: string,
  client: KnownClient,
  found: readonly Finding[],
): Finding[] {
  const town = client.address?.town ? foldName(client.address.town) : undefined;
  const postcodes: Span[] = found.filter((f) => f.type === 'postcode');
  const findings: Finding[] = [];
  for (const address of found.filter((f) => f.type === 'address')) {
    const match = TOWN_AFTER.exec(text.slice(address.end));
    const name = match?.[1];
    if (!match || !name) continue;
    const start = address.end + match[0].indexOf(name);
    const end = start + name.length;
    const postcodeNext = postcodes.some(
      (p) => /^\s*,?\s*$/.test(text.slice(end, p.start)) && p.start >= end,
    );
    const known = postcodeNext || foldName(name) === town;
    if (!known && !townEndsLine(text, name, end)) continue;
    findings.push(
      makeFinding(
        text,
        { start, end },
        {
          type: 'address',
          replacement: '[address]',
          reason: TOWN_REASON,
          confidence: known ? 'high' : 'medium',
        },
      ),
    );
  }
  return findings;
}
