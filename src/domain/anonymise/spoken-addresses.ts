// A house number read out in words, as a dictated note's transcript gives it ("attended fourteen
// bridge street ebbw vale", "Attended forty eight Parkway re report"): after a word that takes
// someone to an address, a number from one to ninety-nine in words and a street ending in a
// street's word, in any case ("attended two Child Protection conferences" has none).
import { NUMBER_WORDS } from './date-words';
import type { Span } from './types';

/** Words that take someone to an address: "attended", "visited", "lives at", "address is". */
const CUE = String.raw`(?:attended|attending|visited|visiting|(?:lives|living|staying|stays)[ \t]+at|address(?:[ \t]+is)?:?)`;
/** Street words that are rarely anything else, in any case ("bridge street", "mill lane"). */
const STREET = String.raw`(?:road|rd|street|st|lane|avenue|ave|crescent|grove|gardens|terrace|tce|mews|parkway|drive)`;
/** A word of the street's name before its street word ("bridge", "mill"). */
const WORD = String.raw`[\p{L}'’-]+`;
const SPOKEN_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CUE}[ \t]+(${NUMBER_WORDS}[ \t]+(?:${WORD}[ \t]+){0,2}${STREET})(?![\p{L}\p{N}])`,
  'giu',
);

/** The spans of house numbers in words and their streets after a visit's or address's cue. */
export function spokenAddresses(text: string): Span[] {
  return [...text.matchAll(SPOKEN_ADDRESS)].map((match) => {
    const address = match[1] ?? '';
    const start = match.index + match[0].length - address.length;
    return { start, end: start + address.length };
  });
}
