// The dev3 notes' answer keys are well formed: the markup parsed (importing the corpus throws on an
// unknown code or an unbalanced brace), every note marks at least one identifier, and every marked
// span lies inside its note, trimmed, in order and without overlapping the next.
import { describe, expect, it } from 'vitest';
import { dev3Corpus } from '../../../test/fixtures/anonymiser/corpus-dev3';

describe('dev3 corpus answer keys', () => {
  it('holds at least 120 notes with unique ids', () => {
    expect(dev3Corpus.length).toBeGreaterThanOrEqual(120);
    expect(new Set(dev3Corpus.map((item) => item.id)).size).toBe(dev3Corpus.length);
  });

  it('marks at least one identifier in every note', () => {
    const unmarked = dev3Corpus.filter((item) => item.gold.length === 0).map((item) => item.id);
    expect(unmarked).toEqual([]);
  });

  it('marks only trimmed, ordered, non-overlapping spans inside the note', () => {
    const problems: string[] = [];
    for (const item of dev3Corpus) {
      let previousEnd = 0;
      for (const span of item.gold) {
        const value = item.text.slice(span.start, span.end);
        if (
          span.start < previousEnd ||
          span.end > item.text.length ||
          value.trim() !== value ||
          !value
        )
          problems.push(`${item.id}: "${value}"`);
        previousEnd = span.end;
      }
    }
    expect(problems).toEqual([]);
  });
});
