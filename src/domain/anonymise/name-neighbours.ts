// A known name in lower case or an ordinary-word name ("dean", "rose") is not proposed alone, but
// next to another name of the client's family ("dean hollis") it is part of that name.
import type { NameIndex } from './name-index';
import { WORD_NOT_NAME } from './name-frames';
import type { Token } from './text';
import { makeFinding, overlapsAny, type Finding } from './types';

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
  return [...extra, ...lowerCaseRepeats(text, tokens, found)];
}

/**
 * Words before a lower-case name-word that show the word is meant: a determiner, a pronoun or a
 * preposition of time ("the ruby ring", "i hope", "over summer", "all summer").
 */
const WORD_SENSE_BEFORE = new Set(
  'the a an this that these those his her their our my your its no all every some any over during last next since until till of i we you they he she it whole'.split(
    ' ',
  ),
);

/** Name-words that are abstract nouns or verbs far more often than a person in lower case. */
const ABSTRACT_NAMES = new Set(
  'hope faith joy grace love chance mercy patience charity honour harmony bliss trust'.split(' '),
);

/** The lower-case words of a name found on sure grounds (medium or high): "ruby", "crystal moss". */
function lowerCaseSeeds(found: readonly Finding[]): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const finding of found) {
    if (finding.type !== 'name' || finding.confidence === 'low') continue;
    if (!/^[\p{Ll}'’ -]+$/u.test(finding.original)) continue;
    for (const word of finding.original.split(/[ -]+/)) {
      const key = word.replace(/['’]s$/u, '');
      if (key.length >= 3 && !WORD_NOT_NAME.has(key) && !ABSTRACT_NAMES.has(key))
        seeds.set(key, seeds.get(key) ?? finding.replacement.replace(/['’]s$/u, ''));
    }
  }
  return seeds;
}

/**
 * Other lower-case mentions of a name that the note itself writes in lower case and that was found
 * on sure grounds once (the client's "ruby (8)", "crystal = crystal moss 16"): in a hurried note the
 * same word is the same person, even where no frame says so ("ruby to Blairdardie Primary", "jade
 * cam in"), and so is the word with an s and no apostrophe ("in rubys bed", "@ crystals"). Not
 * after a determiner or pronoun ("the ruby ring", "i hope"), nor a modal or colour word ("will").
 */
function lowerCaseRepeats(text: string, tokens: readonly Token[], found: readonly Finding[]) {
  const seeds = lowerCaseSeeds(found);
  if (seeds.size === 0) return [];
  const extra: Finding[] = [];
  tokens.forEach((token, i) => {
    if (token.raw !== token.raw.toLowerCase()) return;
    const stem = !token.possessive && token.key.endsWith('s') ? token.key.slice(0, -1) : '';
    const replacement = seeds.get(token.key) ?? seeds.get(stem);
    if (!replacement || overlapsAny(token, found)) return;
    const previous = tokens[i - 1];
    if (previous && /^[\s,]+$/.test(text.slice(previous.end, token.start))) {
      if (WORD_SENSE_BEFORE.has(previous.key)) return;
    }
    extra.push(
      makeFinding(text, token, {
        type: 'name',
        replacement,
        reason: 'A name the note writes in lower case, found elsewhere in it',
        confidence: 'low',
      }),
    );
  });
  return extra;
}
