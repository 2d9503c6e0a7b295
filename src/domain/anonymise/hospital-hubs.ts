// Hospitals and public transport hubs named by their town, which the partnership reads as public
// places, not as where the family lives: a hospital shortened with "Royal" ("conveyed to Royal
// Bolton", "Dr Lindqvist (Chesterfield Royal)", "take him to the royal oldham"), a hospital an
// ambulance took someone to ("We conveyed Mrs Rahman to Heartlands"), an airport, a coach station,
// a port or a city's central station ("at Stansted Airport", "from manchester airport",
// "Birmingham Coach Station", "found at Holyhead port", "on trains to Cardiff Central"). Their
// A police custody suite named by its town or street ("Patchway custody") is a public place too.
// An airline named by its country or city ("Brussels Airlines", "Turkish Airlines") is a firm.
// Their words are kept, so the town in them is not proposed as the family's.
import type { Span } from './types';

/** A capitalised word, bounded so a field of one endless word costs no more than a field of words. */
const CAP = String.raw`\p{Lu}[\p{L}'’-]{0,40}`;
/** A word that starts no further capitalised word: the name ends here ("Royal Bolton, head injury"). */
const ENDS = String.raw`(?![\p{L}'’-])(?![ \t]+\p{Lu})`;
/**
 * "Royal Bolton", "Chesterfield Royal", "the royal oldham": one word with "Royal", as hospitals are
 * shortened. Not a town of three words ("Royal Leamington Spa", "Royal Wootton Bassett").
 */
const ROYAL = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:Royal[ \t]+${CAP}${ENDS}|(?<=the[ \t]+)royal[ \t]+\p{Ll}{1,40}(?![\p{L}])|(?<![\p{Lu}][\p{L}'’-]{0,40}[ \t]+)${CAP}[ \t]+Royal(?![\p{L}]))`,
  'gu',
);
/** The hospital an ambulance or a ward took someone to: "conveyed to Heartlands", "admitted to Alder Hey". */
const CONVEYED = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:conveyed|admitted)(?:[ \t]+[^\s.,;:]+){0,3}?[ \t]+to[ \t]+(?:the[ \t]+)?(${CAP}(?:[ \t]+${CAP}){0,2})(?![\p{L}])`,
  'gu',
);
/**
 * "from Cardiff Central bus station", "Cardiff Central station": a station written with its kind is
 * the spot where a child was found or set off, as "Derby bus station" is, so it is not kept.
 */
const NOT_WHERE_FOUND = String.raw`(?![ \t]+(?:(?:bus|train|railway)[ \t]+)?(?:station|stn)(?![\p{L}]))`;
/**
 * Transport hubs by their town: "Stansted Airport", "manchester airport", "Victoria Coach
 * Station", "Holyhead port" (a town named with a capital "Port" is a town: "Ellesmere Port"), and
 * a city's station named "Central" ("Cardiff Central"; not a street's "Nelson Road Central").
 */
const HUB = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:(?:${CAP}[ \t]+){0,2}\p{L}[\p{L}'’-]{0,40}[ \t]+(?:[Aa]irport|[Cc]oach[ \t]+[Ss]tation)|${CAP}[ \t]+port|(?<![\p{Lu}][\p{L}'’-]{0,40}[ \t]+)${CAP}[ \t]+Central${ENDS}${NOT_WHERE_FOUND})(?![\p{L}])`,
  'gu',
);

/** A police custody suite by its town or street: "attended Patchway custody", "Clough Road custody suite". */
const CUSTODY = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${CAP}[ \t]+){0,2}${CAP}(?=[ \t]+[Cc]ustody(?![\p{L}]))`,
  'gu',
);
/** An airline by its country or city: "Brussels Airlines", "British Airways". */
const AIRLINE = new RegExp(
  String.raw`(?<![\p{L}'’-])${CAP}[ \t]+(?:Airlines|Airways)(?![\p{L}])`,
  'gu',
);

/** The words every pattern above turns on: the patterns run only on the text round them. */
const KEY_WORDS =
  /(?<![\p{L}])(?:royal|airport|coach[ \t]+station|port|central|airlines|airways|conveyed|admitted|custody)(?![\p{L}])/giu;
/** How far before and after a key word the patterns may reach. */
const REACH = 150;

/** Stretches of `text` round its key words, merged where they meet, each starting at a word's start. */
function windows(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const match of text.matchAll(KEY_WORDS)) {
    let from = Math.max(0, match.index - REACH);
    while (from > 0 && !/\s/u.test(text[from - 1] ?? '')) from -= 1;
    const to = Math.min(text.length, match.index + match[0].length + REACH);
    const last = found[found.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else found.push([from, to]);
  }
  return found;
}

/** Spans naming a hospital or a transport hub, whose words are kept. */
export function hospitalAndHubSpans(text: string): Span[] {
  const spans = new Map<string, Span>();
  const add = (start: number, end: number) => spans.set(`${start}:${end}`, { start, end });
  for (const [from, to] of windows(text)) {
    const part = text.slice(from, to);
    for (const re of [ROYAL, HUB, AIRLINE, CUSTODY]) {
      for (const match of part.matchAll(re))
        add(from + match.index, from + match.index + match[0].length);
    }
    for (const match of part.matchAll(CONVEYED)) {
      const name = match[1] ?? '';
      const end = from + match.index + match[0].length;
      add(end - name.length, end);
    }
  }
  return [...spans.values()];
}
