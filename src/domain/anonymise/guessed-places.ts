// Capitalised words guessed as a stranger's name only because they are capitalised, which are more
// likely where someone is: a listed town, district or council area ("the Crown Hotel, Rotherham",
// "Flat 5, Cedar Lodge, Greenway, Bolton"), or a run of such words ending in a street's or a
// building's word ("of Glebe House, Ixworth", "on Unicorn Hill", "at Golden Square"). They stay
// hidden, but as a place or an address, so the reviewer reads what they are.
import { isListedGivenName } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { isCapitalised, type Token } from './text';
import type { Confidence, IdentifierType } from './types';

/** The last word of a street's or a building's name: "Glebe House", "Audley Range", "Aquarium St". */
const BUILDING_WORDS = new Set(
  'house farm cottage cottages lodge view hill range st street rd road lane avenue ave close drive crescent grove gardens terrace court row mews rise manor heights pk'.split(
    ' ',
  ),
);
/** The last word of an open place's name: "Strathclyde Park", "Golden Square", "Sale Moor". */
const OPEN_PLACE_WORDS = new Set('park square moor common green fields'.split(' '));

/** What one guessed word was found for. */
export interface Guess {
  confidence: Confidence;
  reason: string;
}

/** The retyped guesses: token index → the type and reason to propose instead of a name. */
export type Retyped = Map<number, { type: IdentifierType; reason: string }>;

/** What a run of guessed words names, when it is more likely a place or a building than a person. */
function runType(
  keys: readonly string[],
  afterCapital: boolean,
  afterStreet: boolean,
): { type: IdentifierType; reason: string } | undefined {
  const last = keys[keys.length - 1] ?? '';
  // One word is enough after a capitalised word nothing took for a name ("at Golden Square").
  const named = keys.length >= 2 || afterCapital;
  if (named && BUILDING_WORDS.has(last))
    return { type: 'address', reason: "A street's or a building's name" };
  if (named && OPEN_PLACE_WORDS.has(last))
    return { type: 'place', reason: 'A named park, square or open place' };
  const key = keys.join(' ');
  if (isListedGivenName(keys[0] ?? '')) return undefined;
  if (isListedPlace(key) || isKnownAreaName(key))
    return { type: 'place', reason: 'A listed town, district or council area' };
  if (afterStreet) return { type: 'place', reason: 'A town or district after a street' };
  return undefined;
}

/** A street's or a building's word and a comma straight before: "the Crescent, Higher Openshaw". */
function streetBefore(text: string, start: number): boolean {
  const word = /([\p{L}]+),[ \t]*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return word !== undefined && /^\p{Lu}/u.test(word) && BUILDING_WORDS.has(word.toLowerCase());
}

/**
 * The guesses to retype: each run of words next to each other (one space or a hyphen apart) that
 * were all proposed only on weak grounds (`weak` reasons, low confidence) and together name a
 * listed place or end in a street's, building's or open place's word.
 */
export function guessedPlaces(
  text: string,
  tokens: readonly Token[],
  found: ReadonlyMap<number, Guess>,
  weak: ReadonlySet<string>,
): Retyped {
  const retyped: Retyped = new Map();
  const indexes = [...found.keys()].sort((a, b) => a - b);
  let run: number[] = [];
  const close = () => {
    const guesses = run.map((i) => found.get(i));
    const allWeak = guesses.every((g) => g && g.confidence === 'low' && weak.has(g.reason));
    // "Henshaw's contact": a possessive is a person's more often than a town's.
    const possessive = tokens[run[run.length - 1] ?? -1]?.possessive ?? false;
    const [before, first] = [tokens[(run[0] ?? 0) - 1], tokens[run[0] ?? 0]];
    const afterCapital =
      before !== undefined &&
      first !== undefined &&
      isCapitalised(before.raw) &&
      text.slice(before.end, first.start) === ' ';
    const keys = run.map((i) => tokens[i]?.key ?? '');
    const street = first !== undefined && streetBefore(text, first.start);
    const type = allWeak && !possessive ? runType(keys, afterCapital, street) : undefined;
    if (type) for (const i of run) retyped.set(i, type);
    run = [];
  };
  for (const i of indexes) {
    const last = run[run.length - 1];
    const [previous, token] = [tokens[last ?? -1], tokens[i]];
    const joined =
      last === i - 1 &&
      previous !== undefined &&
      token !== undefined &&
      !previous.possessive &&
      /^[ -]$/.test(text.slice(previous.end, token.start));
    if (!joined && run.length > 0) close();
    run.push(i);
  }
  if (run.length > 0) close();
  return retyped;
}
