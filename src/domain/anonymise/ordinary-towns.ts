// Towns whose names are ordinary English words ("Reading", "Bath", "Street", "March", "Wells"):
// the gazetteer leaves them out (gazetteer/SOURCE.md), so they are hidden only where a place
// stands — after "in", "near", "via", a journey or "lives in" ("a brother in Reading", "moved from
// Slough to Bath") — and kept everywhere else ("reading the report", "March 2024", "Bath time",
// "Reading Borough Council", "High Street").
import { isListedPlace } from './listed-places';
import { inPlaceColumn } from './table-columns';
import { foldName, isAllCaps, isCapitalised, type Token } from './text';
import { overlapsAny, placeFinding, type Finding, type Span } from './types';
import { inPlaceFrame } from './unlisted-places';

/** UK towns and districts that are also ordinary words (public place names, folded). */
const ORDINARY_WORD_TOWNS = new Set(
  'barking bath battle bury deal diss felling fleet harrow leek march pool reading rugby sale sandwich settle slough stone street ware wells wick'.split(
    ' ',
  ),
);

/** Towns that are also months: only a word that says someone lives there will do ("lives in March"). */
const MONTHS = new Set(['march']);

/** A word before the place that says someone lives or stays there. */
const LIVING_BEFORE =
  /\b(?:lives?|living|resides?|residing|based|staying|stays|housed|rehoused)\s+(?:back\s+|just\s+|out\s+)?(?:in|near|outside)\s+$/iu;

/** True when the word after the town continues a longer name or a date ("Bath Street", "March 2024"). */
function continues(text: string, token: Token, next: Token | undefined): boolean {
  if (/^[ -]?\d/.test(text.slice(token.end, token.end + 2))) return true;
  return Boolean(
    next && /^[ -]$/.test(text.slice(token.end, next.start)) && isCapitalised(next.raw),
  );
}

/**
 * Capitalised towns that are ordinary words, in a place frame (see the file's comment), not inside
 * a longer proper name (a capitalised word just before or after) and not in `blocked`.
 */
export function findOrdinaryWordTowns(
  text: string,
  tokens: readonly Token[],
  blocked: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!ORDINARY_WORD_TOWNS.has(token.key) || !isCapitalised(token.raw)) return;
    if (isAllCaps(token.raw) || token.possessive || continues(text, token, tokens[i + 1])) return;
    const previous = tokens[i - 1];
    if (previous && text.slice(previous.end, token.start) === ' ' && isCapitalised(previous.raw))
      return;
    const span = { start: token.start, end: token.end };
    const before = text.slice(Math.max(0, token.start - 40), token.start);
    const living = LIVING_BEFORE.test(before);
    // "in the Harrow area": a capitalised town before "area" is the locality.
    const area = /^[ \t]+area(?![\p{L}\p{N}])/u.test(text.slice(token.end, token.end + 8));
    const framed = area || inPlaceFrame(text, span) || inPlaceColumn(text, span);
    if (!living && (MONTHS.has(token.key) || !framed)) return;
    if (overlapsAny(span, blocked)) return;
    findings.push(
      placeFinding(
        text,
        span,
        'A town whose name is also an ordinary word, where a place stands',
        'medium',
      ),
    );
  });
  return findings;
}

/** A capitalised word straight before the name: "Becky Reading" is a person's full name. */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+$/u;

/**
 * `findings` with each one-word name that is also a town, standing where a place stands ("moved
 * from Reading to…", "now living in Bath", "found in Deal"), retyped as the place: the family's or a
 * person's surname is also the town's name, and there it names the town. A name after another
 * capitalised word ("Becky Reading") or before "'s" stays a name.
 */
export function retypeSurnameTowns(text: string, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.type !== 'name' || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(finding.original)) return finding;
    const key = foldName(finding.original);
    if (!ORDINARY_WORD_TOWNS.has(key) && !isListedPlace(key)) return finding;
    const before = text.slice(Math.max(0, finding.start - 40), finding.start);
    if (CAPITAL_BEFORE.test(before) || /^['’]s\b/u.test(text.slice(finding.end, finding.end + 3)))
      return finding;
    const living = LIVING_BEFORE.test(before);
    if (!living && (MONTHS.has(key) || !inPlaceFrame(text, finding))) return finding;
    return {
      ...finding,
      type: 'place',
      replacement: '[place]',
      reason: 'A surname that is also a town, where a place stands',
    };
  });
}
