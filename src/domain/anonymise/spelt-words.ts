// A word spelt out letter by letter after it, as a caller or a dictating worker does with a name
// that is hard to hear: "Kacper Wisniewski, that's K A C P E R". The letters are the name again, so
// they go with it; a run of letters that spells no word just before it ("the A B C model") stays.
import { makeFinding, sureFindings, type Finding } from './types';

/** Three or more single capitals one space apart, as a transcript writes letters read out. */
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){2,}(?![\p{L}\p{N}])/gu;

/**
 * A postcode read out one character at a time, as a dictation tool writes it ("C R 0 2 B X"): one
 * or two letters, a digit and perhaps a letter or digit, then a digit and two letters.
 */
const SPELT_POSTCODE =
  /(?<![\p{L}\p{N}])[A-Z](?: [A-Z])? \d(?: [A-Z\d])? \d [A-Z] [A-Z](?![\p{L}\p{N}])/gu;

/** Names spelt out letter by letter just after they are written, and postcodes read out the same way. */
export function findSpeltWords(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LETTER_RUN)) {
    const word = match[0].replace(/ /g, '');
    // No name is longer than twenty letters; a longer run is no spelling (and the search stays short).
    if (word.length > 20) continue;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    // The word before must be written capitalised and not all capitals, so an acronym written twice
    // ("CSE … C S E") is no one's name.
    const written = [...before.matchAll(/\p{L}+/gu)].some(
      ([candidate]) =>
        candidate.toLowerCase() === word.toLowerCase() && /^\p{Lu}\p{Ll}/u.test(candidate),
    );
    if (!written) continue;
    findings.push(
      makeFinding(
        text,
        { start: match.index, end: match.index + match[0].length },
        {
          type: 'name',
          replacement: '[name]',
          reason: 'A name spelt out letter by letter',
          confidence: 'high',
        },
      ),
    );
  }
  const postcodes = sureFindings(text, 'postcode', '[postcode]');
  for (const match of text.matchAll(SPELT_POSTCODE))
    postcodes.add(
      match.index,
      match.index + match[0].length,
      'A postcode read out a character at a time',
    );
  findings.push(...postcodes.findings);
  return findings;
}
