import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.original);
}

describe('a word before a full name in brackets (round 21)', () => {
  it('takes a short name or nickname before the full name for a name', () => {
    expect(unknown('she sees zosia (zofia wróblewska) most days')).toContain('zosia');
  });

  it('leaves a plain word or a role before a person named in brackets', () => {
    const found = unknown(
      "Assessor's comment (Gemma Starling): fine. The analysis (Tom Orchard) said so.",
    );
    expect(found).not.toContain('comment');
    expect(found).not.toContain('analysis');
  });
});
