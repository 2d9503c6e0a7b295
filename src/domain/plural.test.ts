import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise', () => {
    expect(countOf(1, 'escalation')).toBe('1 escalation');
    expect(countOf(0, 'escalation')).toBe('0 escalations');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });
});
