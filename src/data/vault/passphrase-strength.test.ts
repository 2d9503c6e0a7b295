import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcceptablePassphrase, passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
  it.each([
    'password',
    'Password123!',
    'P@ssw0rd',
    'Summer2024!',
    'Liverpool1892',
    'safeguarding2023',
    'qwertyuiop',
    'aaaaaaaaaaaa',
    '1234567890',
    'a b c d e f',
    'sunflowers',
    'horse horse horse horse',
  ])('rates %j as very weak', (passphrase) => {
    expect(passphraseStrength(passphrase).score).toBe(0);
    expect(isAcceptablePassphrase(passphrase)).toBe(false);
  });

  it.each(['Sunflowers1!', 'Tr0ub4dor&3', 'purple elephant', 'MyPassword2024'])(
    'rates the usual word-plus-decoration %j as weak',
    (passphrase) => {
      expect(passphraseStrength(passphrase).score).toBe(1);
      expect(isAcceptablePassphrase(passphrase)).toBe(false);
    },
  );

  it.each([
    ['kettle orbit lantern', 2],
    ['kettle-orbit-lantern-moss', 3],
    ['je suis très fatigué', 3],
    ['correct horse battery staple', 4],
    ['Kettle Orbit Lantern Moss 7', 4],
    ['Xk9#qZ!v2Lp@8wRt', 4],
  ])('rewards unrelated words and real randomness: %j scores %d', (passphrase, score) => {
    expect(passphraseStrength(passphrase).score).toBe(score);
    expect(isAcceptablePassphrase(passphrase)).toBe(true);
  });

  it('labels every score in plain words', () => {
    expect(passphraseStrength('').label).toBe('Very weak');
    expect(passphraseStrength('Sunflowers1!').label).toBe('Weak');
    expect(passphraseStrength('kettle orbit lantern').label).toBe('Fair');
    expect(passphraseStrength('kettle-orbit-lantern-moss').label).toBe('Strong');
    expect(passphraseStrength('correct horse battery staple').label).toBe('Very strong');
  });

  it('explains what to change', () => {
    const advice = (passphrase: string) => passphraseStrength(passphrase).advice.join(' ');
    expect(advice('Password123!')).toMatch(/most used passwords/);
    expect(advice('Password123!')).toMatch(/"123"/);
    expect(advice('short')).toMatch(/at least 10 characters/);
    expect(advice('Summer2024!')).toMatch(/years and dates/);
    expect(advice('horse horse horse horse')).toMatch(/repeating the same word/);
    expect(advice('Sunflowers1!')).toMatch(/three or four unrelated words/);
    expect(advice('Sunflowers1!')).toMatch(/number or "!" at the end/);
    expect(advice('correct horse battery staple')).toBe('');
  });

  it('refuses a strong-looking passphrase shorter than 10 characters', () => {
    expect(isAcceptablePassphrase('Zx8#qZ!v2')).toBe(false);
  });

  it('never gives a lower score for adding an unrelated word', () => {
    const words = fc.stringMatching(/^[a-z]{4,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 2, maxLength: 5 }), (list) => {
        const shorter = passphraseStrength(list.slice(1).join(' ')).score;
        expect(passphraseStrength(list.join(' ')).score).toBeGreaterThanOrEqual(shorter);
      }),
    );
  });

  it('returns a score from 0 to 4 and a label for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const { score, label, advice } = passphraseStrength(text);
        expect([0, 1, 2, 3, 4]).toContain(score);
        expect(label.length).toBeGreaterThan(0);
        if (score < 3) expect(advice.length).toBeGreaterThan(0);
      }),
    );
  });
});
