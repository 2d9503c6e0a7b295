// Street addresses written loosely, beside the strict forms of address.ts: in lower case
// ("14 rowan close", "lives on kestrel way"), with abbreviations ("3 Mill Ln", "22 Oak Rd."), a flat
// or apartment on its own or with its block ("flat 3b Rowan Court", "Apartment 9"), a caravan, pitch
// or plot on a site ("pitch 14", "caravan 3"), and a street named without a number after a word that
// puts someone there ("lives off Station Road").
import { agencyWords, organisationSuffixes } from './agency-words';
import { foldName } from './text';
import { makeFinding, overlapsAny, type Finding } from './types';
import { givenNames } from './given-names';
import { serviceNamedForStreet } from './house-addresses';
import { spokenAddresses } from './spoken-addresses';
import { commonWords, monthNumbers } from './vocabulary';

/** Street-type words, full and abbreviated, in any case. */
const STREET =
  'road|rd|street|st|avenue|ave|close|cl|lane|ln|drive|dr|crescent|cres|gardens|gdns|court|ct|place|pl|terrace|terr|grove|gr|square|sq|way|mews|row|walk|rise|parade|vale|fields|meadow|meadows|view|green|hill|heights|top|side';
/** Street types safe to take without a house number (not "hill", "green", "view", "st", "dr"). */
const NAMED_STREET_TYPES =
  'road|rd|street|avenue|ave|close|lane|drive|crescent|gardens|terrace|grove|way|mews|court|place|walk|rise|parade';
const BLOCK = 'court|house|lodge|heights|tower|towers|mansions|point|buildings|flats|apartments';
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;

const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.:/-])\d{1,4}[a-z]?,?\s+((?:${WORD}\s+){1,3})(?:${STREET})\.?(?![\p{L}\p{N}])`,
  'giu',
);
const FLAT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:flat|apartment|apt\.?)\s*(?:no\.?\s*)?\d{1,4}[a-z]?(?![\p{L}\p{N}])(?:,?\s+(?:${WORD}\s+){1,2}(?:${BLOCK})(?![\p{L}\p{N}]))?`,
  'giu',
);
const CUED = new RegExp(
  String.raw`(?:\b(?:lives?|living|lived|moved|moving|staying|stays|address(?:\s+is)?|resides?|housed|at|on|off|to|from|near|in|down|up|along|round|behind|opposite)\s+|\b(?:flat|house|home|gran['’]s|nan['’]s|mum['’]s|dad['’]s|nana['’]s)\s*,\s*|\(\s*(?:(?:upstairs|downstairs|top|ground[- ]floor|basement)\s+flat,\s*)?)(?:the\s+)?((?:(?!(?:off|on|at|to|from|near|in|the|up|down|into)\s)${WORD}\s+){1,3}(?:${NAMED_STREET_TYPES}))(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * A capitalised street named without a number or cue ("gran's, Caerleon Road", "Audley Range"):
 * one to three capitalised words and a capitalised street type, not an agency's address or name
 * ("Park Road Surgery", "the Queen Street team"), not only ordinary words ("Station Road").
 */
const CAPITALISED_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3})(?:${NAMED_STREET_TYPES.split('|')
    .filter((type) => type.length > 3)
    .map((type) => type.charAt(0).toUpperCase() + type.slice(1))
    .join('|')})(?![\p{L}\p{N}])(?!\s+\p{Lu})`,
  'gu',
);
const AGENCY_AFTER = /^\s+(\p{Ll}+)/u;

/** A named house or farm, before another part of an address or after an address cue. */
const BUILDING_WORDS =
  'Cottage|Cottages|Farm|Lodge|House|Rectory|Vicarage|Barn|Bungalow|Manor|Villa|Heights|Wharf|Yard|Grange|Mill';
const BUILDING = new RegExp(String.raw`(?<=\s)(?:${BUILDING_WORDS})(?=,\s+(?:\d|\p{Lu}))`, 'gu');
/** The capitalised words before a building word, looked for only where one stands. */
const HOUSE_NAME = /(?<![\p{L}\p{N}])((?:The\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}|The\s+)$/u;
const HOUSE_CUE =
  /(?:address|home|lives at|living at|live at|at|visited|call to|site at)\s*:?\s*$/iu;
const NOT_A_STREET_AFTER_THE =
  /^(?:latest|earliest|most|least|best|worst|moment|end|start|same|weekend)$/i;
/**
 * "they live 22 the brambles", "at 20 The Glebe", "home no.7 the Crescent", and after whose house it
 * is ("at his dad's, 2 the Crescent", "AT FATHER SCOTT SLOANES, 2 THE CRESCENT"). The look ahead comes
 * first so the look behind, whose spaces reach back as far as they run, is tried only where a
 * number starts: tried everywhere, a field of blank lines cost the square of its length.
 */
const NUMBER_THE = new RegExp(
  String.raw`(?=(?:no\.?\s*)?\d)(?<=\b(?:live|lives|living|at|address|home)\s+|\p{L}['’]?s,\s+)(?:no\.?\s*)?\d{1,4}[a-z]?,?\s+the\s+${WORD}(?:\s+(?:${STREET}))?(?![\p{L}\p{N}])`,
  'giu',
);

/** A pitch, caravan or plot on a site ("pitch 14", "caravan 3, Golden Valley park"). */
const PITCH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:pitch|caravan|plot|chalet)\s*(?:no\.?\s*)?\d{1,4}[a-z]?(?![\p{L}\p{N}])(?:,\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:park|site)\b)?`,
  'giu',
);
/**
 * A boat a family lives on, by its name in quotes after the boat's word: "lives on narrowboat
 * "Kingfisher"", "her dad's boat moored at Brayford Pool (narrowboat "Lady Jane")". For boat
 * dwellers the boat's name is their address.
 */
const BOAT =
  /\b(?:narrow[ -]?boat|house[ -]?boat|barge|boat|cruiser)\s+(?:(?:called|named)\s+)?["“'‘]([\p{Lu}][\p{L}'’ -]{1,30}?)["”'’]/giu;

/**
 * A room or block with the building after it: "Room 214, Park Inn,", "Block C, Marsh House,",
 * "Room 12, the Crown Hotel,".
 */
const ROOM =
  /(?<![\p{L}\p{N}])(?:[Rr]oom|[Bb]lock)\s+(?:\d{1,4}[a-z]?|[A-Z])(?![\p{L}\p{N}]),\s+(?:the\s+)?(?:\d{1,4}\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?=,)/gu;

const STREET_CAPITALISED = STREET.split('|')
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .join('|');

/**
 * Streets named type first, as in Wales or France ("Ffordd yr Orsaf", "Heol y Bont", "5 Rue de
 * Guernsey Court"), with a house number or a Welsh house name before them ("Tŷ Gwyn, …").
 */
const TYPE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Tŷ|Ty|Bryn|Plas)\s+\p{Lu}[\p{L}'’-]+,\s+)?(?:\d{1,4}[a-z]?,?\s+)?(?:(?:Ffordd|Heol|Stryd|Lôn|Rhodfa|Cilgant)\s+(?:(?:[Yy]|[Yy]r|['’]r)\s+)?|Rue\s+(?:de\s+la|de|du|des)\s+)\p{Lu}[\p{L}'’-]+(?:\s+(?:${STREET_CAPITALISED})(?![\p{L}]))?`,
  'gu',
);

/** Words that start the streets of every town, so that alone they locate no one ("Station Road"). */
const ordinaryStreetWords = new Set(
  'station church high park queen king main mill new old north south east west market school chapel bridge victoria albert london manor green'.split(
    ' ',
  ),
);

const FUNCTION_WORDS = new Set(
  'a an and or of to on in at the with for from by was were has had are her his is it this that off'.split(
    ' ',
  ),
);

/**
 * True when the words before the street type cannot name a street: a small function word or an
 * agency's word anywhere ("2 children on the way", "at Family Court"), or only ordinary words
 * ("3 times a day"). "Station Road" and "Church Lane" stay streets.
 */
function plainWords(words: string): boolean {
  const keys = words
    .trim()
    .split(/\s+/)
    .map((word) => foldName(word));
  return (
    keys.some((key) => key.length < 3 || FUNCTION_WORDS.has(key) || agencyWords.has(key)) ||
    keys.every((key) => commonWords.has(key) && !organisationSuffixes.has(key))
  );
}

/** True when any word, or its singular, is an ordinary word ("5 weeks either side", "3 at the top"). */
function anyCommonWord(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => foldName(word))
    .some((key) => commonWords.has(key) || commonWords.has(key.replace(/s$/, '')));
}

/**
 * A computer's drive in lower case ("photos on the shared drive") is no street; nor is "the high
 * street" in lower case, any town's shops (tested where it is found).
 */
const COMPUTER_DRIVE = /^(?:shared|hard|network|usb|pen|flash|team|google|one|cloud)\s+drive$/u;

const ABBREVIATED = /(?:rd|st|ave|cl|ln|dr|cres|gdns|ct|pl|terr|gr|sq)\.$/i;

/** The match without a full stop that ends the sentence rather than an abbreviation. */
function trimStop(matched: string): string {
  return matched.endsWith('.') && !ABBREVIATED.test(matched) ? matched.slice(0, -1) : matched;
}

function address(text: string, start: number, end: number, reason: string, high: boolean) {
  return makeFinding(
    text,
    { start, end },
    { type: 'address', replacement: '[address]', reason, confidence: high ? 'high' : 'medium' },
  );
}

/** Loosely written street addresses, flats and streets after a cue, in any case. */
export function findLooseAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(NUMBERED)) {
    if (
      plainWords(match[1] ?? '') ||
      // "On 10 October Dr Simmons": a date and a title, not a street.
      monthNumbers.has(foldName((match[1] ?? '').trim().split(/\s+/)[0] ?? '')) ||
      (/(?:side|top)\.?$/i.test(match[0]) && anyCommonWord(match[1] ?? '')) ||
      /(?:flat|apartment|apt\.?)\s*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    const end = match.index + trimStop(match[0]).length;
    findings.push(address(text, match.index, end, 'A house number and street', true));
  }
  for (const match of text.matchAll(FLAT)) {
    const end = match.index + match[0].length;
    findings.push(address(text, match.index, end, 'A flat or apartment number', true));
  }
  for (const building of text.matchAll(BUILDING)) {
    const from = Math.max(0, building.index - 60);
    const before = HOUSE_NAME.exec(text.slice(from, building.index));
    if (!before || !before[1]) continue;
    const match = { index: from + before.index, 1: before[1] + building[0] };
    // "Visited Carn Farm": leading ordinary words are not part of the house's name.
    const lead = /^(?:(?:\p{Lu}[\p{L}'’-]+)\s+)*/u.exec(match[1] ?? '')?.[0] ?? '';
    const skipped = [...lead.matchAll(/\S+/g)].find(
      (word) => foldName(word[0]) === 'the' || !commonWords.has(foldName(word[0])),
    );
    const offset = skipped ? skipped.index : lead.length;
    const start = match.index + offset;
    const name = (match[1] ?? '').slice(offset);
    const next = text.slice(start + name.length, start + name.length + 40);
    const streetNext = new RegExp(
      String.raw`^,\s+(?:\d|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:${STREET})\b)`,
      'iu',
    );
    const cued = HOUSE_CUE.test(text.slice(Math.max(0, start - 20), start));
    if (!name || (!cued && !streetNext.test(next))) continue;
    findings.push(address(text, start, start + name.length, 'A named house', true));
  }
  for (const match of text.matchAll(NUMBER_THE)) {
    const word = /the\s+(\S+)/iu.exec(match[0])?.[1] ?? '';
    if (commonWords.has(foldName(word)) || NOT_A_STREET_AFTER_THE.test(word)) continue;
    // After a comma, only a house's owner stands before ("nan's, 14 the Green"; "boys, 2 the
    // others" is a count): checked here, as the pattern's case-blind flag cannot.
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (/,\s+$/.test(before) && !/(?:\p{L}['’]s|\p{Lu}{2,}S),\s+$/u.test(before)) continue;
    const end = match.index + trimStop(match[0]).length;
    findings.push(address(text, match.index, end, 'A house number and street', true));
  }
  for (const match of [...text.matchAll(PITCH), ...text.matchAll(ROOM)]) {
    const end = match.index + match[0].length;
    findings.push(
      address(text, match.index, end, 'A room, pitch or caravan and its building', true),
    );
  }
  for (const match of text.matchAll(BOAT)) {
    const name = match[1] ?? '';
    // The 'i' flag lets \p{Lu} match any letter: the boat's name must start with a capital.
    if (!/^\p{Lu}/u.test(name)) continue;
    const start = match.index + match[0].length - 1 - name.length;
    findings.push(
      address(text, start, start + name.length, 'The name of a boat someone lives on', true),
    );
  }
  for (const match of text.matchAll(TYPE_FIRST)) {
    const end = match.index + match[0].length;
    findings.push(address(text, match.index, end, 'A street named type first', true));
  }
  for (const match of text.matchAll(CUED)) {
    const street = match[1] ?? '';
    // The words before the street type ("colne" in "on colne rd") must be able to name a street.
    if (plainWords(street.replace(/\s+\S+$/u, ''))) continue;
    if (COMPUTER_DRIVE.test(street) || serviceNamedForStreet(text, match.index + match[0].length))
      continue;
    if (
      /^high\s+st(?:reet)?$/.test(street) &&
      /\bthe\s+$/iu.test(match[0].slice(0, -street.length))
    )
      continue;
    const end = match.index + match[0].length;
    findings.push(address(text, end - street.length, end, 'A street name', false));
  }
  for (const match of text.matchAll(CAPITALISED_STREET)) {
    const words = (match[1] ?? '')
      .trim()
      .split(/\s+/)
      .map((word) => foldName(word));
    const end = match.index + match[0].length;
    const next = AGENCY_AFTER.exec(text.slice(end, end + 20))?.[1] ?? '';
    if (
      words.every((key) => commonWords.has(key) || ordinaryStreetWords.has(key)) ||
      // "Phoebe Lane, support worker": a person whose surname is a street type.
      (words.length === 1 && givenNames.has(words[0] ?? '')) ||
      words.some((key) => agencyWords.has(key) || organisationSuffixes.has(key)) ||
      agencyWords.has(next) ||
      organisationSuffixes.has(next) ||
      serviceNamedForStreet(text, end)
    )
      continue;
    if (overlapsAny({ start: match.index, end }, findings)) continue;
    findings.push(address(text, match.index, end, 'A street name', false));
  }
  for (const span of spokenAddresses(text))
    findings.push(
      address(text, span.start, span.end, 'A house number in words and its street', false),
    );
  return findings.sort((a, b) => a.start - b.start);
}
