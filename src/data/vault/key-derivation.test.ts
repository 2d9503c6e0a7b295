import { describe, expect, it } from 'vitest';
import {
  assertKdfStrength,
  DEFAULT_PBKDF2_ITERATIONS,
  deriveBackupKey,
  deriveVaultKeys,
  kdfParamsSchema,
  MAX_PBKDF2_ITERATIONS,
  MIN_STORED_PBKDF2_ITERATIONS,
  newKdfParams,
  WeakKdfError,
} from './key-derivation';

const CHEAP = MIN_STORED_PBKDF2_ITERATIONS;

async function wrapWith(kek: CryptoKey, dataKey: CryptoKey): Promise<number[]> {
  return Array.from(new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW')));
}

describe('KDF parameters', () => {
  it('defaults to at least 600,000 iterations with a fresh 16-byte salt', () => {
    const params = newKdfParams();
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(params).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(params.salt).toHaveLength(24);
    expect(newKdfParams().salt).not.toBe(params.salt);
  });

  it('refuses fewer than 600,000 iterations for new vaults through assertKdfStrength', () => {
    expect(() => assertKdfStrength({ iterations: 599_999 })).toThrow(WeakKdfError);
    expect(() => assertKdfStrength({ iterations: Number.NaN })).toThrow(WeakKdfError);
    expect(() => assertKdfStrength(newKdfParams())).not.toThrow();
  });

  it('never makes parameters that could not be read back', () => {
    expect(() => newKdfParams(99_999)).toThrow(RangeError);
    expect(() => newKdfParams(MAX_PBKDF2_ITERATIONS + 1)).toThrow(RangeError);
    expect(() => newKdfParams(150_000.5)).toThrow(RangeError);
    expect(newKdfParams(CHEAP).iterations).toBe(CHEAP);
  });

  it('reads stored parameters from 100,000 iterations up, and refuses odd salts', () => {
    const ok = newKdfParams(CHEAP);
    expect(kdfParamsSchema.safeParse(ok).success).toBe(true);
    expect(kdfParamsSchema.safeParse({ ...ok, iterations: 99_999 }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...ok, algorithm: 'scrypt' }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...ok, salt: 'AAAA' }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...ok, salt: 'not base64!' }).success).toBe(false);
  });
});

describe('deriving keys', () => {
  it('gives non-extractable keys for the vault and for backups', async () => {
    const params = newKdfParams(CHEAP);
    const { keyEncryptionKey, checkKey } = await deriveVaultKeys('a long passphrase', params);
    const backupKey = await deriveBackupKey('a long passphrase', params);
    expect(keyEncryptionKey.algorithm.name).toBe('AES-KW');
    expect(checkKey.algorithm.name).toBe('HMAC');
    expect(backupKey.algorithm.name).toBe('AES-GCM');
    for (const key of [keyEncryptionKey, checkKey, backupKey]) expect(key.extractable).toBe(false);
  });

  it('derives the same key from the same passphrase and salt, whatever the Unicode form', async () => {
    const params = newKdfParams(CHEAP);
    const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
      'encrypt',
    ]);
    const composed = await deriveVaultKeys('caf\u00e9 au lait', params);
    const decomposed = await deriveVaultKeys('cafe\u0301 au lait', params);
    const other = await deriveVaultKeys('cafe au lait', params);
    const wrapped = await wrapWith(composed.keyEncryptionKey, dataKey);
    expect(await wrapWith(decomposed.keyEncryptionKey, dataKey)).toEqual(wrapped);
    expect(await wrapWith(other.keyEncryptionKey, dataKey)).not.toEqual(wrapped);
  });

  it('refuses unreadable parameters before deriving', async () => {
    const params = { ...newKdfParams(CHEAP), iterations: 1_000 };
    await expect(deriveVaultKeys('a long passphrase', params)).rejects.toThrow(RangeError);
  });
});
