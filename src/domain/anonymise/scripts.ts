// Runs of letters in a non-Latin script inside an English note (a name written in Arabic, Cyrillic,
// Devanagari, Chinese…): the anonymiser cannot read them, so it proposes hiding them.
import { makeFinding, type Finding } from './types';

const NON_LATIN_RUN =
  /[^\P{L}\p{Script=Latin}][\p{M}]*(?:[\s'’-]*[^\P{L}\p{Script=Latin}][\p{M}]*)*/gu;

/** Every run of non-Latin letters (with the spaces between its words). */
export function findNonLatinRuns(text: string): Finding[] {
  return [...text.matchAll(NON_LATIN_RUN)].map((match) =>
    makeFinding(
      text,
      { start: match.index, end: match.index + match[0].length },
      {
        type: 'name',
        replacement: '[name]',
        reason: 'Words in a non-Latin script, which may be a name',
        confidence: 'medium',
      },
    ),
  );
}
