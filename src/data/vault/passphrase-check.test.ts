// New passphrases are judged by zxcvbn-ts, and a weak one is refused with the reasons.
import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from './passphrase-check';

describe('checkNewPassphrase', () => {
  it.each(['12345678901', '1111122222333334444', 'password1234', 'qwertyuiop12', 'escalate2026!'])(
    'refuses %s, saying why',
    async (weak) => {
      const check = await checkNewPassphrase(weak);
      expect(check.ok).toBe(false);
      expect(check.score).toBeLessThan(3);
      expect(check.feedback.length).toBeGreaterThan(0);
      expect(check.feedback.join(' ')).toMatch(/[a-z]{4,}/);
    },
  );

  it.each(['lantern orchard velvet compass', 'tidal granite wren lantern'])(
    'accepts %s',
    async (strong) => {
      expect(await checkNewPassphrase(strong)).toMatchObject({ ok: true, feedback: [] });
    },
  );

  it('refuses anything under 10 characters, however random', async () => {
    const check = await checkNewPassphrase('Xq7#vL9!');
    expect(check.ok).toBe(false);
    expect(check.feedback[0]).toBe('It is shorter than 10 characters.');
  });
});
