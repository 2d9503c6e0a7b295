import { describe, expect, it } from 'vitest';
import { countOf, withArticle } from './plural';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise', () => {
    expect(countOf(1, 'escalation')).toBe('1 escalation');
    expect(countOf(0, 'escalation')).toBe('0 escalations');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('"a" or "an"', () => {
  it('goes by the sound the phrase starts with, not only its first letter', () => {
    expect(withArticle('email exchange')).toBe('an email exchange');
    expect(withArticle('meeting')).toBe('a meeting');
    expect(withArticle('exchange of letters')).toBe('an exchange of letters');
    expect(withArticle('urgent route')).toBe('an urgent route');
    expect(withArticle('Imminent risk of harm')).toBe('an Imminent risk of harm');
    expect(withArticle('hour-long call')).toBe('an hour-long call');
    expect(withArticle('user')).toBe('a user');
    expect(withArticle('one-to-one meeting')).toBe('a one-to-one meeting');
    expect(withArticle('phone call')).toBe('a phone call');
  });
});
