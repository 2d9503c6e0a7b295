// Passphrase → keys: PBKDF2-SHA256 with stored (and raisable) parameters, then HKDF to give each
// purpose its own key from the one slow derivation. See docs/security.md "Key derivation".
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64, utf8Encode } from './bytes';

/** Iterations used for every new vault and backup (OWASP 2023 figure for PBKDF2-HMAC-SHA256). */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** The least a new vault or backup may use in the app; checked by {@link assertKdfStrength}. */
export const MIN_NEW_PBKDF2_ITERATIONS = 600_000;
/** The least accepted when reading stored parameters, so the new-vault floor can rise later. */
export const MIN_STORED_PBKDF2_ITERATIONS = 100_000;
/** The most accepted when reading: stops a damaged or hostile file from hanging the app. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** Salt length written for new parameters; 16 to 64 bytes are accepted when reading. */
export const KDF_SALT_BYTES = 16;

/** Key-derivation parameters as stored beside a vault or in a backup header. */
export interface KdfParams {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 of the random salt. */
  salt: string;
}

function isSalt(value: string): boolean {
  try {
    const length = fromBase64(value).length;
    return length >= KDF_SALT_BYTES && length <= 64;
  } catch {
    return false;
  }
}

/** Validates stored parameters: known algorithm, iterations in the readable range, a real salt. */
export const kdfParamsSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.int().min(MIN_STORED_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: z.string().max(100).refine(isSalt, 'salt must be base64 of 16 to 64 bytes'),
});

/** Thrown by {@link assertKdfStrength} when parameters are too cheap for a new vault or backup. */
export class WeakKdfError extends Error {
  override readonly name = 'WeakKdfError';
}

/**
 * Fresh parameters with a new random salt. `iterations` defaults to
 * {@link DEFAULT_PBKDF2_ITERATIONS}; anything outside the readable range throws a `RangeError`
 * (so nothing is ever written that could not be read back). The new-vault floor is a separate
 * check, {@link assertKdfStrength}, so tests can use cheap parameters without a hidden switch.
 */
export function newKdfParams(iterations: number = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  const params: KdfParams = {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(randomBytes(KDF_SALT_BYTES)),
  };
  if (!kdfParamsSchema.safeParse(params).success) {
    throw new RangeError(
      `PBKDF2 iterations must be an integer from ${MIN_STORED_PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS}; got ${iterations}`,
    );
  }
  return params;
}

/**
 * Throws {@link WeakKdfError} unless `params` meet the floor for new vaults and backups
 * ({@link MIN_NEW_PBKDF2_ITERATIONS}). No screen of the app passes `iterations`, so everything it
 * makes uses {@link DEFAULT_PBKDF2_ITERATIONS}, which the test of this function checks meets the
 * floor. Call it before passing any other value for a new vault, passphrase or backup.
 */
export function assertKdfStrength(params: Pick<KdfParams, 'iterations'>): void {
  if (!Number.isInteger(params.iterations) || params.iterations < MIN_NEW_PBKDF2_ITERATIONS) {
    throw new WeakKdfError(
      `New vaults and backups need at least ${MIN_NEW_PBKDF2_ITERATIONS} PBKDF2 iterations; got ${params.iterations}`,
    );
  }
}

/**
 * The slow step: PBKDF2-SHA256 over the NFC-normalised passphrase (so "é" typed as one or two
 * code points on different keyboards gives the same key), returned as a non-extractable HKDF key.
 */
async function deriveMasterKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const parsed = kdfParamsSchema.safeParse(params);
  if (!parsed.success) throw new RangeError('Unreadable key-derivation parameters');
  const subtle = globalThis.crypto.subtle;
  const password = utf8Encode(passphrase.normalize('NFC'));
  const base = await subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  password.fill(0);
  const pbkdf2 = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    salt: fromBase64(params.salt),
    iterations: params.iterations,
  };
  const bits = new Uint8Array(await subtle.deriveBits(pbkdf2, base, 256));
  try {
    return await subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey', 'deriveBits']);
  } finally {
    bits.fill(0); // best effort: JavaScript cannot promise the bytes are gone from memory
  }
}

function hkdf(info: string): HkdfParams {
  return { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8Encode(info) };
}

/** Keys a passphrase unlocks for the on-device vault. All are non-extractable. */
export interface VaultPassphraseKeys {
  /** AES-KW key-encryption key that wraps and unwraps the data key. */
  keyEncryptionKey: CryptoKey;
  /** HMAC-SHA256 key for the header's passphrase check value. */
  checkKey: CryptoKey;
}

/**
 * Derives the vault's AES-KW key-encryption key and passphrase-check key from one PBKDF2 run.
 * Throws a `RangeError` if `params` are unreadable (validate stored headers first).
 */
export async function deriveVaultKeys(
  passphrase: string,
  params: KdfParams,
): Promise<VaultPassphraseKeys> {
  const master = await deriveMasterKey(passphrase, params);
  const subtle = globalThis.crypto.subtle;
  const [keyEncryptionKey, checkKey] = await Promise.all([
    subtle.deriveKey(
      hkdf('escalate/vault/kek/v1'),
      master,
      { name: 'AES-KW', length: 256 },
      false,
      ['wrapKey', 'unwrapKey'],
    ),
    subtle.deriveKey(
      hkdf('escalate/vault/check/v1'),
      master,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign', 'verify'],
    ),
  ]);
  return { keyEncryptionKey, checkKey };
}

/**
 * Derives the non-extractable AES-GCM-256 key that encrypts a backup file. Throws a `RangeError`
 * if `params` are unreadable.
 */
export async function deriveBackupKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const master = await deriveMasterKey(passphrase, params);
  return globalThis.crypto.subtle.deriveKey(
    hkdf('escalate/backup/v1'),
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
