import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';
import { decryptJson, encryptJson } from './field-crypto';
import { MIN_STORED_PBKDF2_ITERATIONS } from './key-derivation';
import {
  changePassphrase,
  createVault,
  unlockVault,
  VaultUnlockError,
  wrongPassphraseDelayMs,
  type VaultHeader,
} from './vault-keys';

// Cheap but readable parameters keep these tests fast; the default is tested once below.
const cheap = { iterations: MIN_STORED_PBKDF2_ITERATIONS };
const passphrase = 'kettle orbit lantern moss';
const aad = { recordId: 'case-1', table: 'cases', schemaVersion: 1 };

function flipFirstByte(base64: string): string {
  const bytes = fromBase64(base64);
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  return toBase64(bytes);
}

describe('createVault and unlockVault', () => {
  it('unlocks with the same passphrase to a key that reads earlier data', async () => {
    const { header, dataKey } = await createVault(passphrase, cheap);
    const blob = await encryptJson(dataKey, { name: 'Alex' }, aad);
    const stored = JSON.parse(JSON.stringify(header)) as VaultHeader; // serialisable
    const unlocked = await unlockVault(stored, passphrase);
    if (!unlocked.ok) throw new Error(unlocked.reason);
    expect(await decryptJson(unlocked.dataKey, blob, aad)).toEqual({ name: 'Alex' });
  });

  it('holds only non-extractable data keys in memory', async () => {
    const { header, dataKey } = await createVault(passphrase, cheap);
    const unlocked = await unlockVault(header, passphrase);
    expect(dataKey.extractable).toBe(false);
    expect(unlocked.ok && unlocked.dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    expect(fromBase64(header.wrappedKey)).toHaveLength(40);
  });

  it('uses 600,000 iterations and a creation time by default', async () => {
    const { header } = await createVault(passphrase);
    expect(header).toMatchObject({ format: 'escalate-vault', version: 1 });
    expect(header.kdf.iterations).toBe(600_000);
    expect(header.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses iterations that could not be read back', async () => {
    await expect(createVault(passphrase, { iterations: 1_000 })).rejects.toThrow(RangeError);
  });

  it('says wrong-passphrase for a wrong passphrase', async () => {
    const { header } = await createVault(passphrase, cheap);
    expect(await unlockVault(header, 'kettle orbit lantern mos')).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
  });

  it('says corrupt-header for a malformed or damaged header', async () => {
    const { header } = await createVault(passphrase, cheap);
    const damaged: unknown[] = [
      null,
      { ...header, format: 'escalate-backup' },
      { ...header, version: 2 },
      { ...header, wrappedKey: header.wrappedKey.slice(4) },
      { ...header, kdf: { ...header.kdf, iterations: 50_000 } },
      { ...header, wrappedKey: flipFirstByte(header.wrappedKey) },
    ];
    for (const value of damaged) {
      expect(await unlockVault(value as VaultHeader, passphrase)).toEqual({
        ok: false,
        reason: 'corrupt-header',
      });
    }
  });

  it('still opens with the right passphrase if only the check value is damaged', async () => {
    const { header } = await createVault(passphrase, cheap);
    const damaged = { ...header, check: flipFirstByte(header.check) };
    expect((await unlockVault(damaged, passphrase)).ok).toBe(true);
    expect(await unlockVault(damaged, 'not the passphrase')).toMatchObject({
      reason: 'wrong-passphrase',
    });
  });
});

describe('changePassphrase', () => {
  it('keeps the data key, so data encrypted before decrypts after', async () => {
    const { header, dataKey } = await createVault(passphrase, cheap);
    const blob = await encryptJson(dataKey, ['before'], aad);
    const changed = await changePassphrase(header, passphrase, 'violet harbour spoon', cheap);
    expect(changed.kdf.salt).not.toBe(header.kdf.salt);
    expect(changed.createdAt).toBe(header.createdAt);
    const unlocked = await unlockVault(changed, 'violet harbour spoon');
    if (!unlocked.ok) throw new Error(unlocked.reason);
    expect(await decryptJson(unlocked.dataKey, blob, aad)).toEqual(['before']);
    expect(await unlockVault(changed, passphrase)).toMatchObject({ reason: 'wrong-passphrase' });
  });

  it('refuses a wrong old passphrase with a typed error', async () => {
    const { header } = await createVault(passphrase, cheap);
    const attempt = changePassphrase(header, 'wrong old passphrase', 'violet harbour spoon', cheap);
    await expect(attempt).rejects.toBeInstanceOf(VaultUnlockError);
    await expect(attempt).rejects.toMatchObject({ reason: 'wrong-passphrase' });
  });

  it('raises cheap stored parameters to the default unless told otherwise', async () => {
    const { header } = await createVault(passphrase, cheap);
    const changed = await changePassphrase(header, passphrase, 'violet harbour spoon');
    expect(changed.kdf.iterations).toBe(600_000);
  });
});

describe('wrongPassphraseDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1000],
    [3, 2000],
    [4, 4000],
    [5, 8000],
    [6, 16_000],
    [7, 30_000],
    [100, 30_000],
    [Number.POSITIVE_INFINITY, 30_000],
    [-3, 0],
    [Number.NaN, 0],
  ])('waits after %d failures for %d ms', (failures, delay) => {
    expect(wrongPassphraseDelayMs(failures)).toBe(delay);
  });
});
