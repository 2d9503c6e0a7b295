// Housing estates and areas named with their word ("the Penhill estate", "Broadfields Estate"),
// listed or not: where the family lives.
import { agencyWords, organisationSuffixes } from './agency-words';
import { isWideArea } from './gazetteer/settlements';
import { tokenise } from './text';
import { overlapsAny, placeFinding, type Finding, type Span } from './types';
import { commonWords } from './vocabulary';

/**
 * A named housing estate or area, listed or not: "on the Penhill estate", "the Westlea Estate",
 * "Broadfields Estate", "the Pinehurst area", "round the Parks".
 */
const ESTATE_WORD = /\s(?:[Ee]state|[Aa]rea)(?![\p{L}\p{N}])/gu;
/** The name before the estate word, looked for only where one stands (a long note stays fast). */
const ESTATE_NAME =
  /(?<![\p{L}\p{N}])(?:(?:the|on|from|off|at|near|to|round|around|down)\s+(?:the\s+)?)?(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){0,2})$/u;
/** Capitalised words before "area" that name part of a building, not a place. */
const ROOM_WORDS = new Set(
  'kitchen seating waiting dining living garden outdoor indoor play reception catchment local'.split(
    ' ',
  ),
);
/** The estate word must follow "the" or a place preposition unless written "Estate". */
const ESTATE_CUE = /^(?:the|on|from|off|at|near|to|round|around|down)\s/iu;

/** Housing estates named after "on the" and the like ("the Penhill estate"), unless an agency's words. */
export function estates(text: string, blocked: readonly Span[], found: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const word of text.matchAll(ESTATE_WORD)) {
    const from = Math.max(0, word.index - 80);
    const named = ESTATE_NAME.exec(text.slice(from, word.index));
    if (!named) continue;
    const match = { index: from + named.index, 0: named[0] + word[0], 1: named[1] };
    const written = match[1] ?? '';
    const name = written.replace(/^The\s+/u, '');
    const start = match.index + match[0].lastIndexOf(name, match[0].length - 4);
    // "Gravesend (Christianfields estate)": an estate in brackets after the town is cued too.
    const bracketed = text.charAt(match.index - 1) === '(';
    if (
      !ESTATE_CUE.test(match[0]) &&
      !bracketed &&
      !/^The\s/u.test(written) &&
      !/Estate$/.test(match[0])
    )
      continue;
    const span = { start, end: start + name.length };
    const keys = tokenise(name).map((token) => token.key);
    const kept = [agencyWords, organisationSuffixes, commonWords, ROOM_WORDS];
    if (
      keys.length === 0 ||
      keys.some((key) => kept.some((set) => set.has(key))) ||
      isWideArea(keys.join(' ')) ||
      overlapsAny(span, blocked) ||
      overlapsAny(span, found)
    )
      continue;
    findings.push(
      placeFinding(text, span, 'A housing estate or area where the family lives', 'medium'),
    );
  }
  return findings;
}
