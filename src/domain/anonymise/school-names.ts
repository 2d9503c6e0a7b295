// The names of schools: the kinds that end them ("Primary", "C of E", "Academy"), the distinctive
// part before the kind, and a named school written again by that part alone.
import { escapeRegExp, foldName } from './text';
import { makeFinding, type Finding } from './types';

export const KINDS = String.raw`Primary|Junior|Juniors|Infant|Infants|First|Middle|High|Secondary|Grammar|Academy|College|Nursery|School|Pre-School|Preschool|Free School|Community|Church|CE|C of E|CofE|RC|VA|VC|Catholic|Methodist|Church of England|Foundation|Studio|Sixth Form|Federation`;
export const KIND_WORDS = new Set(
  KINDS.split('|')
    .flatMap((kind) => kind.split(' '))
    .map(foldName),
);

/** The distinctive part of a school's name: "St Mary's C of E Primary School" → "St Mary's". */
export function schoolCore(school: string): string {
  const words = school.trim().split(/\s+/);
  while (words.length > 1 && KIND_WORDS.has(foldName(words[words.length - 1] ?? ''))) words.pop();
  while (words.length > 1 && /^(?:C|of|E)$/.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * A named school written again by its distinctive name of two words or more, without its kind:
 * "Joseph Leckie Academy" then "the paperwork from Joseph Leckie". One word alone ("Leckie") may
 * be a person's, so it is left to the name search.
 */
export function shortenedSchools(text: string, schools: readonly Finding[]): Finding[] {
  const covered = new Uint8Array(text.length + 1);
  for (const found of schools) covered.fill(1, found.start, found.end);
  const cores = new Set(
    schools
      .map((found) => schoolCore(found.original))
      .filter((core) => core.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(core)),
  );
  const findings: Finding[] = [];
  for (const core of cores) {
    const words = core
      .split(/\s+/)
      .map(escapeRegExp)
      .join(String.raw`[ \t]+`);
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}'’])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (covered.subarray(span.start, span.end).includes(1)) continue;
      covered.fill(1, span.start, span.end);
      const reason = 'A school named elsewhere in the text, without its kind';
      findings.push(
        makeFinding(text, span, {
          type: 'school',
          replacement: '[school]',
          reason,
          confidence: 'medium',
        }),
      );
    }
  }
  return findings;
}
