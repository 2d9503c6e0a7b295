// Towns and villages from the OS Open Names gazetteer (gazetteer/SOURCE.md) that locate the family:
// a listed place after a word that puts someone there ("in Potterne", "from Calne", "near Bude",
// "the Corsham area"), or next to another place or address of the note ("Devizes and Potterne").
// Words that are also given names ("Ashley", "Barry") or ordinary words need a stronger cue ("lives
// in"); a place that starts a longer proper name ("Calne Community Hospital", "Melksham Town
// Council") is an agency, not where the family lives. Councils' areas ("Swindon", "Wiltshire") are
// the partnership's own area and are left to the "lives in" rule in places.ts.
import {
  agencyWords,
  organisationSuffixes,
  personalTitles,
  professionalTitles,
} from './agency-words';
import { estates } from './estate-places';
import { gazetteer, isWideArea } from './gazetteer/settlements';
import { givenNames } from './given-names';
import { isKnownAreaName } from './keep-terms';
import { onsGivenNames } from './names/ons-given-names';
import { placeIsAgency, placeIsPerson } from './place-agency';
import {
  agencyBefore,
  AREA_AFTER,
  BRACKET_AFTER,
  BRACKET_BEFORE,
  JOINED_BEFORE,
  LODGING_BEFORE,
  PLACE_FRAME,
  possessiveAgency,
  SPOT_AFTER,
  STRONG_BEFORE,
  WEAK_BEFORE,
  WHERE_LIVES_AFTER,
} from './place-cues';
import { inPlaceColumn } from './table-columns';
import { escapeRegExp, foldName, isCapitalised, tokenise, type Token } from './text';
import { overlapsAny, placeFinding, type Finding, type Span } from './types';
import { commonWords, ordinaryWordNames } from './vocabulary';

/** True when the folded words, joined by single spaces, name a listed town or village. */
export function isListedPlace(key: string): boolean {
  return gazetteer().names.has(key);
}

const MAX_WORDS = 4;
/** Small words inside a place's name that stay in lower case ("Stoke-on-Trent", "Weston-super-Mare"). */
const INNER_WORDS = new Set('on upon in under le by the and of cum with next sea super'.split(' '));
const STREET_WORDS = new Set(
  'road rd street st lane avenue ave close way drive crescent grove gardens place terrace court row walk hill green park square view mews rise'.split(
    ' ',
  ),
);

/** The longest listed place starting at token `i`, as a token count (0 when none). */
function listedAt(text: string, tokens: readonly Token[], i: number): number {
  const { names, firsts } = gazetteer();
  if (!firsts.has(tokens[i]?.key ?? '')) return 0;
  let key = '';
  let found = 0;
  for (let n = 0; n < MAX_WORDS; n += 1) {
    const token = tokens[i + n];
    const previous = tokens[i + n - 1];
    if (!token) break;
    if (
      n > 0 &&
      (!previous || previous.possessive || !/^[ -]$/.test(text.slice(previous.end, token.start)))
    )
      break;
    key = n === 0 ? token.key : `${key} ${token.key}`;
    if (names.has(key)) found = n + 1;
  }
  return found;
}

/**
 * A lower-case town after "in", "from", "near", "to", "via" or "out of" (not "at", which starts too
 * many phrases). A town of one word has four letters or more; one of two or more words ("selly
 * oak", "new parks") has seven letters or more in all, none of them in a word of one letter.
 */
function lowerAfterCue(words: readonly Token[], before: string): boolean {
  const letters = words.reduce((sum, token) => sum + token.key.length, 0);
  return (
    /(?<![\p{L}\p{N}])(?:in|from|near|to|towards?|via|out\s+of)\s+$/iu.test(before) &&
    // "drove with them to the bank": a lower-case name that starts with "the" is a common noun.
    !INNER_WORDS.has(words[0]?.key ?? '') &&
    (words.length > 1
      ? letters >= 7 && words.every((token) => token.key.length >= 2)
      : (words[0]?.key.length ?? 0) >= 4)
  );
}

/** True when every word but the inner small words is capitalised ("Bradford on Avon"). */
function capitalised(words: readonly Token[]): boolean {
  return words.every((token) => isCapitalised(token.raw) || INNER_WORDS.has(token.key));
}

/** True when the word after the place continues a proper name, a street or an agency. */
function continuesName(text: string, last: Token, next: Token | undefined): boolean {
  if (!next || next.start - last.end > 2) return false;
  const gap = text.slice(last.end, next.start);
  if (!/^[ -]$/.test(gap) || last.possessive) return false;
  return (
    isCapitalised(next.raw) ||
    STREET_WORDS.has(next.key) ||
    organisationSuffixes.has(next.key) ||
    agencyWords.has(next.key)
  );
}

/** True when a one-word place is also a given name or an ordinary word ("Ashley", "Hale"). */
function ambiguous(words: readonly Token[]): boolean {
  if (words.length > 1) return false;
  const key = words[0]?.key ?? '';
  return (
    givenNames.has(key) ||
    onsGivenNames.has(key) ||
    ordinaryWordNames.has(key) ||
    commonWords.has(key) ||
    agencyWords.has(key)
  );
}

/** The listed place starting at token `i`, with its words, span and key, if one starts there. */
function listedRun(
  text: string,
  tokens: readonly Token[],
  i: number,
): { n: number; words: Token[]; first: Token; last: Token; span: Span; key: string } | undefined {
  const n = listedAt(text, tokens, i);
  // Most words start no listed place: no copy of nothing for each of them.
  if (n === 0) return undefined;
  const words = tokens.slice(i, i + n);
  const first = words[0];
  const last = words[n - 1];
  if (n === 0 || !first || !last) return undefined;
  const key = words.map((token) => token.key).join(' ');
  return { n, words, first, last, span: { start: first.start, end: last.end }, key };
}

/** The other mentions, capitalised, of a listed place already found by a cue ("back to Highworth"). */
function repeats(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
  found: readonly Finding[],
): Finding[] {
  const keys = new Set(
    found.map((finding) =>
      tokenise(finding.original)
        .map((t) => t.key)
        .join(' '),
    ),
  );
  if (keys.size === 0) return [];
  const taken = new Set(found.map((finding) => finding.start));
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const run = listedRun(text, tokens, i);
    if (!run || taken.has(run.first.start)) continue;
    const { n, words, last, span, key } = run;
    if (!keys.has(key) || !capitalised(words)) continue;
    if (continuesName(text, last, tokens[i + n]) || possessiveAgency(text, last.end)) continue;
    if (placeIsAgency(text, span.start, span.end, key)) continue;
    if (placeIsPerson(text, span.start, span.end)) continue;
    if (overlapsAny(span, blocked)) continue;
    findings.push(
      placeFinding(
        text,
        span,
        'A town or village the note names elsewhere as where the family is',
        'medium',
      ),
    );
    i += n - 1;
  }
  return findings;
}

/**
 * Listed towns and villages after a cue that places the family there, before "area" or "estate",
 * or joined to another place or address (`anchors`). Nothing inside `blocked` (kept bodies, pack
 * terms, professionals) is proposed.
 */
export function findListedPlaces(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
  anchors: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  const anchorEnds = new Set(anchors.map((span) => span.end));
  const addressEnds = new Set(
    anchors.filter((span) => 'type' in span && span.type === 'address').map((span) => span.end),
  );
  const ownAreas = new Map<string, boolean>();
  // The kept bodies' words, read once for every town asked about (a long note has thousands).
  let blockedKeys: string[] | undefined;
  /** A council's town the note also names inside a kept body ("Swindon Borough Council"). */
  const ownArea = (key: string): boolean => {
    let own = ownAreas.get(key);
    if (own === undefined) {
      const pattern = new RegExp(`(?:^| )${escapeRegExp(key)}(?: |$)`);
      blockedKeys ??= blocked.map((span) =>
        tokenise(text.slice(span.start, span.end))
          .map((t) => t.key)
          .join(' '),
      );
      own = blockedKeys.some((keys) => pattern.test(keys));
      ownAreas.set(key, own);
    }
    return own;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const run = listedRun(text, tokens, i);
    if (!run) continue;
    const { n, words, last, span, key } = run;
    const before = text.slice(Math.max(0, span.start - 48), span.start);
    const strong =
      STRONG_BEFORE.test(before) || WHERE_LIVES_AFTER.test(text.slice(span.end, span.end + 48));
    const gap = JOINED_BEFORE.exec(before)?.[0];
    const joined = gap !== undefined && anchorEnds.has(span.start - gap.length);
    // "22 cobden st luton", "29 canal side, stourport": a town straight after an address.
    const addressGap = /[\s,]*$/u.exec(before)?.[0] ?? '';
    const afterAddress = addressEnds.has(span.start - addressGap.length);
    const spot = SPOT_AFTER.test(text.slice(span.end, span.end + 24));
    // A town after a hostel or a site locates someone even where it is the partnership's own area.
    const lodging = LODGING_BEFORE.test(before);
    const bracketed =
      BRACKET_BEFORE.test(before) &&
      BRACKET_AFTER.test(text.slice(span.end, span.end + 4)) &&
      !agencyWords.has(foldName(/([\p{L}'’.-]+)\s*\(\s*$/u.exec(before)?.[1] ?? ''));
    const weak =
      WEAK_BEFORE.test(before) ||
      lodging ||
      inPlaceColumn(text, span) ||
      AREA_AFTER.test(text.slice(span.end, span.end + 12)) ||
      spot ||
      joined ||
      bracketed ||
      afterAddress;
    const skip =
      (!strong && !weak) ||
      (!strong && !lodging && isKnownAreaName(key) && (agencyBefore(before) || ownArea(key))) ||
      (!strong &&
        (!(capitalised(words) || lowerAfterCue(words, before) || afterAddress) ||
          (ambiguous(words) && !PLACE_FRAME.test(before)) ||
          isWideArea(key))) ||
      (!spot && continuesName(text, last, tokens[i + n])) ||
      possessiveAgency(text, last.end) ||
      (!spot && placeIsAgency(text, span.start, span.end, key)) ||
      overlapsAny(span, blocked);
    if (skip) continue;
    anchorEnds.add(span.end);
    findings.push(
      placeFinding(
        text,
        span,
        strong
          ? 'A town or village where the family lives or stays'
          : 'A town or village named in the note',
        strong ? 'high' : 'medium',
      ),
    );
    i += n - 1;
  }
  return [
    ...findings,
    ...repeats(text, tokens, blocked, findings),
    ...estates(text, blocked, findings),
  ].sort((a, b) => a.start - b.start);
}

/** True when the word before the place starts a longer proper name ("Mrs Sutton", "Jo Preston"). */
function afterProperWord(text: string, previous: Token | undefined, first: Token): boolean {
  if (!previous || !/^ $/.test(text.slice(previous.end, first.start))) return false;
  if (personalTitles.has(previous.key) || professionalTitles.has(previous.key)) return true;
  return isCapitalised(previous.raw) && !commonWords.has(previous.key) && !previous.possessive;
}

/**
 * Any other capitalised listed town or village, wherever it stands ("Nan is in hospital, Calne
 * side"), at low confidence for the reviewer (decision 0039): not a word that is also a name or an
 * ordinary word, not a council's area (the partnership's own), not inside a longer proper name or
 * an agency's ("Calne Community Hospital", "Jo Preston"), not in `blocked` or `taken`.
 */
export function findLoosePlaces(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
  taken: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const run = listedRun(text, tokens, i);
    if (!run) continue;
    const { n, words, first, last, span, key } = run;
    const skip =
      !capitalised(words) ||
      // A suburb or district needs a cue: many share their name with a street or a family.
      gazetteer().suburbs.has(key) ||
      possessiveAgency(text, last.end) ||
      placeIsAgency(text, span.start, span.end, key) ||
      placeIsPerson(text, span.start, span.end) ||
      ambiguous(words) ||
      isKnownAreaName(key) ||
      afterProperWord(text, tokens[i - 1], first) ||
      continuesName(text, last, tokens[i + n]) ||
      overlapsAny(span, blocked) ||
      overlapsAny(span, taken);
    if (skip) continue;
    findings.push(placeFinding(text, span, 'A listed town or village named in the note', 'low'));
    i += n - 1;
  }
  return findings;
}
