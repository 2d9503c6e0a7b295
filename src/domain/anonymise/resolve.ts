// Choosing among overlapping proposals, joining neighbouring ones and writing the redacted text.
import { identifierTypes, overlaps, type Confidence, type Finding } from './types';

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function typeRank(finding: Finding): number {
  return identifierTypes.indexOf(finding.type);
}

const GENERIC_NAME = '[name]';

/**
 * Longer first, then more confident, then by type, then a known person before an unknown one, then
 * by position: a total, deterministic order.
 */
function preference(a: Finding, b: Finding): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
    typeRank(a) - typeRank(b) ||
    Number(a.replacement === GENERIC_NAME) - Number(b.replacement === GENERIC_NAME) ||
    a.start - b.start ||
    a.replacement.localeCompare(b.replacement)
  );
}

/**
 * Keeps a set of non-overlapping findings, preferring the longer and then the more confident span
 * wherever two overlap; returns them sorted by start.
 */
export function resolveOverlaps(candidates: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  for (const candidate of [...candidates].sort(preference)) {
    const at = firstEndingAfter(chosen, candidate.start);
    const next = chosen[at];
    if (!next || !overlaps(next, candidate)) chosen.splice(at, 0, candidate);
  }
  return chosen;
}

/** In `sorted` (disjoint, by start), the index of the first finding that ends after `offset`. */
function firstEndingAfter(sorted: readonly Finding[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lowerConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

function joinable(text: string, a: Finding, b: Finding): boolean {
  if (a.replacement !== b.replacement || a.type !== b.type) return false;
  const gap = text.slice(a.end, b.start);
  if (a.type === 'address') return /^[\s,]*$/.test(gap);
  // "Hardknott Pass", "Folly Hall Mills": a place's words guessed one by one are one place.
  if (a.type === 'place') return gap === ' ';
  return a.type === 'name' && /^[ \t-]*$/.test(gap) && !a.replacement.endsWith("'s");
}

/**
 * Joins neighbouring findings that stand for the same thing, so "Jayden Smith-Jones" becomes one
 * "[child]" and "Flat 3, 27 Tenter Street" one "[address]". Input must be sorted and disjoint.
 */
export function joinNeighbours(text: string, findings: readonly Finding[]): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const last = joined[joined.length - 1];
    if (last && joinable(text, last, finding)) {
      joined[joined.length - 1] = {
        ...last,
        end: finding.end,
        original: text.slice(last.start, finding.end),
        replacement: finding.replacement,
        confidence: lowerConfidence(last.confidence, finding.confidence),
      };
    } else joined.push(finding);
  }
  return joined;
}

/** The text with every finding replaced by its placeholder (findings sorted and disjoint). */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  let out = '';
  let cursor = 0;
  for (const finding of findings) {
    out += text.slice(cursor, finding.start) + finding.replacement;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

/**
 * Findings made on the redacted text (`later`, offsets into `applyFindings(text, findings)`)
 * moved to offsets into the original `text`. Any that touch a placeholder are dropped.
 */
export function toOriginalOffsets(
  text: string,
  findings: readonly Finding[],
  later: readonly Finding[],
): Finding[] {
  const moved: Finding[] = [];
  let shift = 0;
  let at = 0;
  for (const finding of [...later].sort((a, b) => a.start - b.start)) {
    let clash = false;
    for (let earlier = findings[at]; earlier; earlier = findings[at]) {
      const outputStart = earlier.start + shift;
      if (outputStart + earlier.replacement.length > finding.start) {
        clash = outputStart < finding.end;
        break;
      }
      shift += earlier.replacement.length - (earlier.end - earlier.start);
      at += 1;
    }
    const start = finding.start - shift;
    const end = finding.end - shift;
    if (!clash && text.slice(start, end) === finding.original)
      moved.push({ ...finding, start, end });
  }
  return moved;
}
