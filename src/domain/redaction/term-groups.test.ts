import { describe, expect, it } from 'vitest';
import type { Finding } from '../anonymise/types';
import { caseTermFindings, keepEverywhere, NO_CASE_TERMS } from './case-terms';
import { decide, freshField, finalText } from './review-rules';
import { clearTermDecisions, groupProposals, rememberHiddenTerms } from './term-groups';

function findingsOf(source: string, words: readonly string[]): Finding[] {
  return words.map((word) => {
    const start = source.indexOf(word);
    return {
      type: 'name',
      start,
      end: start + word.length,
      original: word,
      replacement: '[child]',
      reason: 'test',
      confidence: 'high',
    };
  });
}

const A = 'Lulu came with LULU’s dog.';
const B = 'lulu said Kai was there.';
const fields = [
  { key: 'a', label: 'Reason', field: freshField(A), findings: findingsOf(A, ['Lulu', 'LULU']) },
  { key: 'b', label: 'Discussion', field: freshField(B), findings: findingsOf(B, ['lulu', 'Kai']) },
];

describe('proposals grouped by term', () => {
  it('counts the places and fields of each term, whatever its case', () => {
    expect(
      groupProposals(fields).map(({ term, places, fieldLabels, state }) => ({
        term,
        places,
        fieldLabels,
        state,
      })),
    ).toEqual([
      { term: 'Lulu', places: 3, fieldLabels: ['Reason', 'Discussion'], state: 'hidden' },
      { term: 'Kai', places: 1, fieldLabels: ['Discussion'], state: 'hidden' },
    ]);
  });

  it('shows a term kept for the case as kept, and one chosen field by field as mixed', () => {
    const kept = groupProposals(fields, keepEverywhere(NO_CASE_TERMS, 'lulu'));
    expect(kept[0]?.state).toBe('kept');
    const first = fields[0];
    const lulu = first?.findings[0];
    if (!first || !lulu) throw new Error('no field');
    const mixed = groupProposals([
      { ...first, field: decide(first.field, lulu, false) },
      ...fields.slice(1),
    ]);
    expect(mixed[0]?.state).toBe('mixed');
  });

  it('drops a field’s own choices about a term so the case-wide choice applies again', () => {
    const first = fields[0];
    const lulu = first?.findings[0];
    if (!first || !lulu) throw new Error('no field');
    const decided = decide(first.field, lulu, false);
    const cleared = clearTermDecisions(decided, first.findings, 'lulu');
    expect(finalText(first.findings, cleared)).toBe('[child] came with [child]’s dog.');
  });
});

describe('what a prepared notification adds to the case', () => {
  it('remembers every term hidden everywhere, but not one kept', () => {
    const terms = rememberHiddenTerms(
      keepEverywhere(NO_CASE_TERMS, 'Kai'),
      groupProposals(fields, keepEverywhere(NO_CASE_TERMS, 'Kai')),
    );
    expect(terms.hidden.map((term) => term.text)).toEqual(['Lulu']);
    expect(caseTermFindings('Later: LULU’s school.', terms).map((f) => f.original)).toEqual([
      'LULU',
    ]);
  });
});
