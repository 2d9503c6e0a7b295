// Addresses written the ways a street's own word does not catch: a flat or house number alone
// where the note places a relative or neighbour after naming the street ("lives upstairs, 33a"), a named house with the
// street or village after it ("The Old Forge, Church Lane"), a named row of bungalows or cottages
// ("2 Kingfisher Bungalows"), a Welsh or Gaelic street named type first ("6 Maes yr Haf"), and a
// numbered street of any word after a cue to where someone lives, with its district after a comma
// ("lives at 5 Hollin Hey, Baguley").
import { monthNumbers, weekdays } from './vocabulary';
import { foldName } from './text';
import type { Span } from './types';

/**
 * A numbered street earlier in the note ("33 cobden st"): a flat's number alone after it is a home
 * in that street. "Neighbour at no. 4" is left even then: the tuning notes' keys hold a
 * neighbour's number, with no street, not to identify anyone.
 */
const STREET_NAMED_BEFORE =
  /(?<![\p{L}\p{N}])\d{1,4}[a-z]?,?[ \t]+(?:[\p{L}'’-]+[ \t]+){1,3}(?:road|rd|street|st|avenue|ave|close|lane|drive|crescent|gardens|court|place|terrace|grove|square|way|mews|row|walk|rise|parade|view|green|hill|bank|gate|fold|croft|vale)(?![\p{L}\p{N}])/iu;

/**
 * A house or flat number straight after where someone lives beside the family: "(lives upstairs,
 * 33a)", "lives next door at 45", "the man opposite, no. 9". Not a time, an age or a count after it.
 */
const BESIDE_NUMBER =
  /\b(?:upstairs|downstairs|next[ -]door|opposite|across the road|over the road|below|above)[ \t]*,?[ \t]*(?:at[ \t]+)?((?:no\.?[ \t]?|number[ \t]+)?\d{1,4}[a-z]?)(?![\p{L}\p{N}:.])(?![ \t]*(?:am|pm|years?|yrs?|months?|weeks?|days?|hours?|mins?|minutes?|times?|%|children|kids|people|men|women)\b)/giu;

/**
 * A named house before a street or village, after a cue to where someone lives or is: "The Old
 * Forge, Church Lane", "The Old Chapel, Front Street", "The Willows, Dalton le Dale", "The Coach
 * House, Mill Lane", or after a person's name and a comma ("Sponsor: Graham Whitby, The Old Forge,
 * Seaham"). The name reads as a house's: "The Old" and a word, a plural of trees or
 * such ("The Laurels"), or a word for a house ("Cottage", "Forge", "Barn"); a venue ("The Forum,
 * Norwich") is none of these.
 */
const HOUSE_NAME =
  /(?:\b(?:at|to|address(?:[ \t]+is)?:?|of|lives at|living at|sponsor:?|carers?:?|home:?)|(?<=\p{L}),)[ \t]+(The[ \t]+(?:Old[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?<=[^s]s)|(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Cottage|Forge|Barn|Granary|Stables|Coach[ \t]+House|Rectory|Vicarage|Manse|Lodge|Bungalow|Farmhouse|Smithy|Chapel|Mill|Croft|Orchard|Paddock|Homestead)))(?=,[ \t]+\p{Lu}\p{Ll})/gu;
/** Words that make "The Old X" a business or a public body rather than a house. */
const NOT_A_HOUSE =
  /\b(?:Courts?|Hospital|Surgery|Centre|School|Station|Hotel|Inn|Arms|Pub|Bar|Club|Shop|Store|Cafe|Café|Restaurant|Office|Hub|Library|Market|Bailey|Vic|Trafford|Samaritans|Friends|Partners|Associates|Brothers|Sisters)\b/u;

/**
 * A farm or cottage named after a cue to where something happened or someone lives, with no comma
 * after it: "incident at Pant-y-Celyn Farm, nr Llandovery", "lives at Hafod Cottage". (With a
 * comma and a capitalised word after, loose-address.ts finds it.) Not after "from" or "to": an
 * estate named for a farm is moved to and from ("a move away from Marsh Farm").
 */
const NAMED_FARM =
  /\b(?:at|address(?:[ \t]+is)?:?|lives at|living at|of)[ \t]+((?:\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*[ \t]+){1,2}(?:Farm|Farmhouse|Cottage|Smallholding))(?![\p{L}\p{N}])(?![ \t]+\p{Lu})/gu;

/**
 * A numbered row of bungalows, cottages or almshouses: "2 Kingfisher Bungalows", "5 Station
 * Cottages", "3 Jubilee Almshouses", "7 Ebenezer Buildings".
 */
const NAMED_ROW =
  /(?<![\p{L}\p{N}£$€.:/-])\d{1,4}[a-z]?,?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:Bungalows|Cottages|Almshouses|Buildings|Villas|Houses|Homes|Flats)(?![\p{L}\p{N}])/gu;

/**
 * A Welsh, Scottish Gaelic or Irish street named type first, with a house number: "6 Maes yr Haf",
 * "12 Heol y Parc", "3 Stryd Fawr", "2 Cae Glas", "14 Sràid na h-Eaglaise", "9 Bóthar na Trá".
 */
const TYPE_FIRST_STREET =
  /(?<![\p{L}\p{N}£$€.:/-])\d{1,4}[a-z]?,?[ \t]+(?:Maes|Heol|Stryd|Ffordd|Lôn|Lon|Cae|Clos|Teras|Rhodfa|Llys|Cwrt|Parc|Pant|Nant|Bryn|Gerddi|Cilgant|Coed|Glan|Tan|Sràid|Sraid|Rathad|Bóthar|Bothar|Sráid|Ascaill|Lána|Cúirt)[ \t]+(?:(?:[Yy]|[Yy]r|['’]r|na|an|nan|na[ \t]+h-)[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;

/**
 * A house number and one or two capitalised words of any street after a cue to where someone
 * lives, then a comma and a capitalised district: "She lives at 5 Hollin Hey, Baguley", "address
 * is 9 Ashby Fold, Middleton". The street's own word may be one no list holds ("Hey", "Loan",
 * "Brae"); the cue and the district after it say it is an address.
 */
const CUED_NUMBERED =
  /\b(?:lives?|living|lived|resides?|residing|staying|stays|stayed|moved|moving|housed|placed)[ \t]+(?:at|to|in)[ \t]+(\d{1,4}[a-z]?,?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=,[ \t]*\p{Lu}\p{Ll})/gu;
const ADDRESS_CUE_NUMBERED =
  /\baddress(?:[ \t]+is|[ \t]+given[ \t]+(?:is|as)|:)[ \t]*(\d{1,4}[a-z]?,?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=,[ \t]*\p{Lu}\p{Ll})/gu;
/**
 * A unit on a trading estate or in a mill, with the site's name: "Unit 4, Forest Trading Estate",
 * "Unit 4, Brook Mill", "Unit 2, Folly Hall Mills" (a small business's, a tuition centre's or a
 * worker's address).
 */
const UNIT_ON_SITE =
  /(?<![\p{L}\p{N}])Unit[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Trading[ \t]+Estate|Industrial[ \t]+Estate|Business[ \t]+(?:Park|Centre)|Estate|Mills?|Works|Yard|Wharf|Buildings|Arcade|Precinct)(?![\p{L}\p{N}])/gu;

/** Words after a number that make it a count, a ward or a time rather than a house. */
const NOT_A_STREET_WORD = new Set(
  'ward bay bed room flat floor unit year years weeks days months hours nights minutes times children sisters brothers'.split(
    ' ',
  ),
);

function groupSpan(match: RegExpMatchArray, group = 1): Span {
  const inner = match[group] ?? '';
  const start = (match.index ?? 0) + match[0].length - inner.length;
  return { start, end: start + inner.length };
}

/** Spans of addresses in the shapes above; each is proposed as an address by the caller. */
export function houseAddresses(text: string): Span[] {
  const spans: Span[] = [];
  // Where the first numbered street ends: a flat's number alone counts only after it.
  const street = STREET_NAMED_BEFORE.exec(text);
  const streetEnd = street ? street.index + street[0].length : Infinity;
  for (const match of text.matchAll(BESIDE_NUMBER)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    // "(lives upstairs, 33a)", "lives next door at 45": a neighbour's home.
    if (
      /\b(?:lives?|living|lived|neighbou?rs?|man|woman|lady|family|people|flat|house)\b/i.test(
        before,
      ) &&
      (match.index ?? 0) >= streetEnd
    )
      spans.push(groupSpan(match));
  }
  for (const match of text.matchAll(HOUSE_NAME)) {
    if (NOT_A_HOUSE.test(match[1] ?? '')) continue;
    spans.push(groupSpan(match));
  }
  for (const match of text.matchAll(NAMED_FARM)) spans.push(groupSpan(match));
  // Shapes whose whole match is the address.
  for (const pattern of [NAMED_ROW, UNIT_ON_SITE, TYPE_FIRST_STREET]) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of [...text.matchAll(CUED_NUMBERED), ...text.matchAll(ADDRESS_CUE_NUMBERED)]) {
    const street = match[1] ?? '';
    const first = foldName(/\d[a-z]?,?[ \t]+(\S+)/.exec(street)?.[1] ?? '');
    if (monthNumbers.has(first) || weekdays.has(first) || NOT_A_STREET_WORD.has(first)) continue;
    spans.push(groupSpan(match));
  }
  return spans;
}

/**
 * A public service named for the street it stands on, capitalised as one name with it ("Farnham
 * Road Surgery"). In lower case ("Hamstead Road surgery") the name finders take the words anyway.
 */
const SERVICE_AFTER_STREET =
  /^[ \t]+(?:Surgery|Police Station|Custody|Medical (?:Centre|Practice)|Health Centre|Clinic|Fire Station|Library|Jobcentre)\b/u;

/**
 * True when the street ending at `end` names a service rather than where someone lives: "at Farnham
 * Road Surgery", "to Walworth Road Police Station".
 */
export function serviceNamedForStreet(text: string, end: number): boolean {
  return SERVICE_AFTER_STREET.test(text.slice(end, end + 20));
}
