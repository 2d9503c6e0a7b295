// A client's name that is also a town, written where a place stands: "moved back to Derby from
// Preston", "9 Ashbourne Rd, Derby.", "Church Lane, Wells BA5 2UP", "3 Chapel Row, Hope (the
// village)". A family may bear a town's name; there the word says where someone lives or went.
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import type { Token } from './text';

/**
 * A preposition of place straight before the word ("living in Bath"); "to" and "from" only after a
 * verb of moving or between two towns ("moved from Reading", "back to Derby from Preston"), since
 * "violence to Kerry" and "a call from Kerry" are a person's.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|into|near|towards|outside|via|(?:moved?|moving|went|gone|go|going|back|fled|travelled|traveled|returned|relocated|fly|flew|flying|drove|sent|taken|took|came|come|coming|originally|is|was|are|were)[ \t]+(?:to|from)|to[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+from)[ \t]+$/iu;
/** A comma after a word of an address on the same line: "9 Ashbourne Rd, ", "Church Lane, ". */
const ADDRESS_BEFORE =
  /(?:\d|\b(?:road|rd|street|st|lane|close|avenue|ave|row|way|drive|crescent|court|grove|terrace|tce|place|gate|gardens|rectory|house|farm|cottages?))\b[^\n]{0,40}\p{L},[ \t]*$/iu;
/** Where a town's slot ends: a comma, full stop, bracket, line end or a postcode. */
const SLOT_END = /^(?:[ \t]*(?:[.,;:()\n]|$)|[ \t]+[A-Z]{1,2}\d)/u;

/**
 * True when the capitalised name word `token`, matched alone, is a listed town or council area and
 * stands in a place's frame: after a preposition of place, or after an address and a comma and
 * ending the town's slot. The same text is hidden; only its type (and placeholder) changes.
 */
export function nameStandsForTown(text: string, token: Token): boolean {
  if (token.possessive || !/^\p{Lu}/u.test(token.raw)) return false;
  if (!isListedPlace(token.key) && !isKnownAreaName(token.key)) return false;
  const before = text.slice(Math.max(0, token.start - 64), token.start);
  if (PLACE_BEFORE.test(before)) return true;
  return ADDRESS_BEFORE.test(before) && SLOT_END.test(text.slice(token.end, token.end + 6));
}
