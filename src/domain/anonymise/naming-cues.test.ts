// The naming cues are one list (naming-cues.ts) that two searches build from: these checks fail when
// a cue is added with no example here, or when the search for names after a cue in any case or the
// one for capitalised names after a cue or a relationship word misses one.
import { describe, expect, it } from 'vitest';
import { NAMING_CUES, namedAfterCue } from './naming-cues';
import { tokenise } from './text';
import { relativesNamed } from './unknown-names';

/** One example of every naming cue in the shared list, each before the same made-up name. */
const EXAMPLES = [
  'known as Zorvan',
  'known locally as Zorvan',
  'goes by Zorvan',
  'goes by the name of Zorvan',
  'calls himself Zorvan',
  'call me Zorvan',
  'calls him Zorvan',
  'called Zorvan',
  'calls Zorvan',
  'nicknamed Zorvan',
  'aka Zorvan',
  'a.k.a. Zorvan',
  'alias Zorvan',
  'uses "Zorvan"',
  'surname Zorvan',
  'named Zorvan',
  'birth name Zorvan',
  'name is Zorvan',
  'street name Zorvan',
  'in the name of Zorvan',
];

/** The alternatives at the top level of a pattern: "called|calls" gives "called" and "calls". */
function alternatives(pattern: string): string[] {
  const parts = [''];
  let depth = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern.charAt(i);
    if (char === '|' && depth === 0) {
      parts.push('');
      continue;
    }
    if (char === '\\') {
      parts[parts.length - 1] += pattern.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    parts[parts.length - 1] += char;
  }
  return parts;
}

describe('the one list of naming cues', () => {
  it('has an example here for every cue, so that a cue added is checked below', () => {
    for (const pattern of Object.values(NAMING_CUES)) {
      for (const cue of alternatives(pattern)) {
        const starts = new RegExp(`^(?:${cue})\\s`, 'iu');
        expect(
          EXAMPLES.some((example) => starts.test(example)),
          `an example of ${cue}`,
        ).toBe(true);
      }
    }
  });

  it('reaches both searches: the name after every cue is found by each', () => {
    for (const example of EXAMPLES) {
      const text = `The lad ${example} was at the house.`;
      const tokens = tokenise(text);
      const found = namedAfterCue(text, tokens).map((i) => tokens[i]?.raw);
      expect(found, `the lower-case search, "${example}"`).toContain('Zorvan');
      expect(relativesNamed(text).has('zorvan'), `the capitalised search, "${example}"`).toBe(true);
    }
  });
});
