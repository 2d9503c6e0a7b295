// A known name in lower case or an ordinary-word name ("dean", "rose") is not proposed alone, but
// next to another name of the client's family ("dean hollis") it is part of that name.
import type { NameIndex } from './name-index';
import type { Token } from './text';
import { makeFinding, type Finding } from './types';

function nameAt(findings: readonly Finding[], start: number, end: number): Finding | undefined {
  return findings.find((f) => f.type === 'name' && f.start === start && f.end === end);
}

/**
 * Words of the record's names that stand right beside a name already found (only spaces or a
 * hyphen between), whatever their case; each takes its neighbour's placeholder so the two join.
 */
export function findNameNeighbours(
  text: string,
  tokens: readonly Token[],
  index: NameIndex,
  found: readonly Finding[],
): Finding[] {
  const byStart = new Map(found.map((f) => [f.start, f]));
  const byEnd = new Map(found.map((f) => [f.end, f]));
  const extra: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!index.has(token.key) || byStart.has(token.start)) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const left = before && byEnd.get(before.end);
    const right = after && byStart.get(after.start);
    const neighbour =
      (right &&
        /^[ \t-]+$/.test(text.slice(token.end, right.start)) &&
        nameAt(found, right.start, right.end)) ||
      (left &&
        /^[ \t-]+$/.test(text.slice(left.end, token.start)) &&
        nameAt(found, left.start, left.end));
    if (!neighbour) return;
    extra.push(
      makeFinding(text, token, {
        type: 'name',
        replacement: neighbour.replacement,
        reason: 'A name of the client’s family, beside another of their names',
        confidence: 'medium',
      }),
    );
  });
  return extra;
}
