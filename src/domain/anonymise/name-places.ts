// A client's name that is also a town, written where a place stands: "moved back to Derby from
// Preston", "9 Ashbourne Rd, Derby.", "Church Lane, Wells BA5 2UP", "3 Chapel Row, Hope (the
// village)". A family may bear a town's name; there the word says where someone lives or went.
import { personalTitles, professionalTitles } from './agency-words';
import { givenNames, isListedGivenName } from './given-names';
import { guessedPlaces, type Guess, type Retyped } from './guessed-places';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { WEAK_REASONS } from './name-scan';
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

/**
 * Words of a journey before "to", "through" or "via": "due to fly to Mirpur", "a ticket booked to
 * Bucharest", "took the passports to Limassol", "take her "home" to Hargeisa", "the journey through
 * Calais", "moved from Chelsea to Paris", "through Niger to Libya", "crossed to Lampedusa", "was taken
 * to Beanibazar". A person is travelled to only with a possessive ("went to Jade's"), which never
 * comes here; "sent to" is money's or a message's as often ("sent to Ozturk"), so it does not count.
 */
const JOURNEY_BEFORE =
  /(?:^|[^\p{L}])(?:(?:fly|flies|flew|flown|flying|flight|flights|travel|travels|travelled|traveled|travelling|traveling|trip|holiday|holidays|ticket|tickets|booked|passport|passports|deported|emigrated|relocated|moved|moving|returned|returning|home['’"”]?|fled|journey|went|gone|going|crossed|crossing|sailed|smuggled|trafficked|taken)[ \t]+(?:to|through|via)|(?:passed|came|come|route|travelled|traveled)[ \t]+through|(?:from|through|via)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+to)[ \t]+$/iu;
/** A lower-case word after the name that makes it a place's: "Kakuma camp", "Christianfields estate". */
const PLACE_NOUN_AFTER = /^[ \t]+(?:camp|estate|village|province|region|district)(?![\p{L}])/u;

/**
 * The last words of a landform's, a building's or a site's name ("Salisbury Plain", "Hardknott Pass",
 * "Merville Barracks", "Folly Hall Mills", "Station Yard", "Kelham Island"). Surnames among them
 * ("Marsh", "Hill", "Mills") stand after a first name or a title, which the check below leaves alone.
 */
const LANDFORM_ENDS = new Set(
  'plain plains pass barracks mill mills yard yards warren valley vale island moor moors fell heath forest woods downs ravine gorge quay wharf docks harbour camp chapel abbey priory castle'.split(
    ' ',
  ),
);

/**
 * True when a run of guesses ends in a landform's or a building's word and its first word is the
 * name's own ("Hardknott Pass"), or a capitalised word that no list gives as a first name and no
 * title stands before stands straight before the run ("Salisbury Plain"): a place's name, not a
 * person's.
 */
function endsInALandform(text: string, tokens: readonly Token[], run: readonly number[]): boolean {
  const first = run[0] ?? 0;
  const last = tokens[run[run.length - 1] ?? first];
  if (!last || last.possessive || !LANDFORM_ENDS.has(last.key)) return false;
  if (run.length > 1) return !isListedGivenName(tokens[first]?.key ?? '');
  const [previous, token] = [tokens[first - 1], tokens[first]];
  if (!previous || !token || text.slice(previous.end, token.start) !== ' ') return false;
  if (!/^\p{Lu}\p{Ll}/u.test(previous.raw) || previous.possessive) return false;
  const title = tokens[first - 2];
  return (
    !isListedGivenName(previous.key) &&
    !personalTitles.has(previous.key) &&
    !professionalTitles.has(previous.key) &&
    !(title && (personalTitles.has(title.key) || professionalTitles.has(title.key)))
  );
}

/**
 * The guessed words that stand where a place does: each run of words guessed only for their capital
 * (next to each other, one space apart, none a listed first name, the last no possessive) after
 * words of a journey and "to", "through" or "via", before "camp", "estate", "village" and the
 * like, or ending in a landform's or a building's word. Their text is hidden as before, as a place;
 * each index maps to the reason.
 */
function guessesWherePlaceStands(
  text: string,
  tokens: readonly Token[],
  found: ReadonlyMap<number, Guess>,
): Map<number, string> {
  const places = new Map<number, string>();
  for (const run of weakRuns(text, tokens, found)) {
    const [start, last] = [tokens[run[0] ?? 0], tokens[run[run.length - 1] ?? 0]];
    if (!start || !last) continue;
    const before = text.slice(Math.max(0, start.start - 64), start.start);
    const after = text.slice(last.end, last.end + 12);
    const reason =
      JOURNEY_BEFORE.test(before) || PLACE_NOUN_AFTER.test(after)
        ? JOURNEY_REASON
        : endsInALandform(text, tokens, run)
          ? LANDFORM_REASON
          : undefined;
    if (reason) for (const i of run) places.set(i, reason);
  }
  return places;
}

/**
 * Each run of words guessed only for their capital: next to each other, one space apart, none a
 * listed first name at its head, the last no possessive.
 */
function weakRuns(
  text: string,
  tokens: readonly Token[],
  found: ReadonlyMap<number, Guess>,
): number[][] {
  const isWeak = (guess: Guess | undefined) =>
    guess?.confidence === 'low' && WEAK_REASONS.has(guess.reason);
  const runs: number[][] = [];
  const indexes = [...found.keys()].sort((a, b) => a - b);
  for (let k = 0; k < indexes.length; k += 1) {
    const first = indexes[k] ?? 0;
    const run = [first];
    while (
      indexes[k + 1] === (run[run.length - 1] ?? 0) + 1 &&
      text.slice(tokens[indexes[k] ?? 0]?.end, tokens[indexes[k + 1] ?? 0]?.start) === ' '
    ) {
      k += 1;
      run.push(indexes[k] ?? 0);
    }
    const [start, last] = [tokens[first], tokens[run[run.length - 1] ?? first]];
    if (!start || !last || last.possessive || givenNames.has(start.key)) continue;
    if (run.every((i) => isWeak(found.get(i)))) runs.push(run);
  }
  return runs;
}

/** Why a guessed word that ends a landform's or a building's name is proposed as a place. */
const LANDFORM_REASON =
  'A capitalised word in the name of a landform, a site or a building ("Salisbury Plain")';

/** Why a guessed word after words of a journey is proposed as a place. */
const JOURNEY_REASON = 'A capitalised word where a place stands: after a journey or before "camp"';

/**
 * The guesses to propose as a place or an address instead of a name: a run that names a listed
 * place or ends in a street's word (./guessed-places.ts), or a word at a journey's end.
 */
export function placeGuesses(
  text: string,
  tokens: readonly Token[],
  found: ReadonlyMap<number, Guess>,
): Retyped {
  const retyped = guessedPlaces(text, tokens, found, WEAK_REASONS);
  for (const [i, reason] of guessesWherePlaceStands(text, tokens, found))
    if (!retyped.has(i)) retyped.set(i, { type: 'place', reason });
  return retyped;
}
