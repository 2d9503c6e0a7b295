// Recovery codes: random, readable, and forgiving of how people type them, but not of typos.
import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, newRecoveryCode, parseRecoveryCode } from './recovery-code';

describe('recovery codes', () => {
  it('are seven groups of four characters that pass their own check', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryCode(code)).toEqual({ ok: true, characters: code.replace(/-/g, '') });
  });

  it('differ every time', () => {
    const codes = new Set(Array.from({ length: 50 }, () => newRecoveryCode()));
    expect(codes.size).toBe(50);
  });

  it('read the same typed in lower case, with spaces, and with O, I and L for 0 and 1', () => {
    const code = newRecoveryCode();
    const characters = code.replace(/-/g, '');
    const sloppy = characters
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/(.{4})/g, '$1 ');
    expect(parseRecoveryCode(sloppy)).toEqual({ ok: true, characters });
  });

  it('catch one wrong character and two swapped neighbours before the code is tried', () => {
    const characters = newRecoveryCode().replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let position = 0; position < 27; position += 1) {
      const original = characters[position] ?? '';
      const replacement = alphabet[(alphabet.indexOf(original) + 7) % 32] ?? '';
      const wrong = characters.slice(0, position) + replacement + characters.slice(position + 1);
      expect(parseRecoveryCode(wrong)).toEqual({ ok: false, problem: 'typing-mistake' });
    }
    const swapAt = [...characters].findIndex((c, i) => i < 26 && c !== characters[i + 1]);
    const swapped =
      characters.slice(0, swapAt) +
      characters.charAt(swapAt + 1) +
      characters.charAt(swapAt) +
      characters.slice(swapAt + 2);
    expect(parseRecoveryCode(swapped)).toEqual({ ok: false, problem: 'typing-mistake' });
  });

  it('say when a character is missing or is not one a code can hold', () => {
    const code = newRecoveryCode();
    expect(parseRecoveryCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'length' });
    expect(parseRecoveryCode(`${code}!`)).toEqual({ ok: false, problem: 'character' });
  });

  it('are grouped in fours for printing', () => {
    expect(formatRecoveryCode('ABCDEFGH1')).toBe('ABCD-EFGH-1');
  });
});
