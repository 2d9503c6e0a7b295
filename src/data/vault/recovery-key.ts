// The recovery key: a second wrap of the vault's data key, under a key derived from a random
// recovery code, so a forgotten passphrase can be replaced without losing records
// (docs/decisions/0030, docs/security.md "Recovery key").
import { z } from 'zod';
import { fromBase64, isBase64OfLength, randomBytes, toBase64, utf8Encode } from './bytes';
import {
  DATA_KEY_ALGORITHM,
  DATA_KEY_USAGES,
  openDataKeyForRewrap,
  rewrapUnderPassphrase,
  VaultUnlockError,
  type VaultHeader,
} from './vault-keys';

/** Stored beside the vault header: the data key wrapped under the recovery code's key. */
export interface RecoveryWrap {
  format: 'escalate-recovery';
  version: 1;
  kdf: { algorithm: 'HKDF-SHA256'; salt: string };
  /** Base64 of the AES-KW-wrapped 256-bit data key (40 bytes). */
  wrappedKey: string;
  /** When the recovery key was made (ISO instant), printed on the sheet and shown in Settings. */
  createdAt: string;
}

const SALT_BYTES = 16;
const WRAPPED_KEY_BYTES = 40;
const INFO = utf8Encode('escalate/vault/recovery/v1');

/** Validates a stored {@link RecoveryWrap}; anything that fails is treated as no recovery key. */
export const recoveryWrapSchema: z.ZodType<RecoveryWrap> = z.strictObject({
  format: z.literal('escalate-recovery'),
  version: z.literal(1),
  kdf: z.strictObject({
    algorithm: z.literal('HKDF-SHA256'),
    salt: z.string().refine((value) => isBase64OfLength(value, SALT_BYTES)),
  }),
  wrappedKey: z.string().refine((value) => isBase64OfLength(value, WRAPPED_KEY_BYTES)),
  createdAt: z.iso.datetime(),
});

/**
 * The AES-KW key for a recovery code. The code carries 135 random bits, so one HKDF step is
 * enough: there is nothing for a slow KDF to stretch (decision 0030).
 */
async function recoveryKeyEncryptionKey(characters: string, salt: string): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = utf8Encode(characters);
  const base = await subtle.importKey('raw', material, 'HKDF', false, ['deriveKey']);
  material.fill(0);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: fromBase64(salt), info: INFO },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * Makes a recovery wrap for the vault `header` opens with `passphrase`, under the recovery code
 * `characters` (canonical, from parseRecoveryCode). Throws {@link VaultUnlockError} when the
 * passphrase does not open the vault.
 */
export async function makeRecoveryWrap(
  header: VaultHeader,
  passphrase: string,
  characters: string,
  createdAt: string,
): Promise<RecoveryWrap> {
  const opened = await openDataKeyForRewrap(header, passphrase);
  if (!opened.ok) throw new VaultUnlockError(opened.reason);
  const salt = toBase64(randomBytes(SALT_BYTES));
  const kek = await recoveryKeyEncryptionKey(characters, salt);
  const wrapped = await globalThis.crypto.subtle.wrapKey('raw', opened.dataKey, kek, 'AES-KW');
  const wrap: RecoveryWrap = {
    format: 'escalate-recovery',
    version: 1,
    kdf: { algorithm: 'HKDF-SHA256', salt },
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    createdAt,
  };
  await unwrapWithCode(wrap, characters, false); // proves the new wrap opens
  return wrap;
}

async function unwrapWithCode(
  wrap: RecoveryWrap,
  characters: string,
  extractable: boolean,
): Promise<CryptoKey> {
  const kek = await recoveryKeyEncryptionKey(characters, wrap.kdf.salt);
  return globalThis.crypto.subtle.unwrapKey(
    'raw',
    fromBase64(wrap.wrappedKey),
    kek,
    'AES-KW',
    DATA_KEY_ALGORITHM,
    extractable,
    DATA_KEY_USAGES,
  );
}

/** Result of {@link resetPassphraseWithRecovery}. */
export type RecoveryResult =
  | { ok: true; header: VaultHeader; dataKey: CryptoKey }
  | { ok: false; reason: 'wrong-code' | 'no-recovery-key' };

/**
 * Opens the data key with the recovery code and wraps it under `newPassphrase` (fresh salt), so
 * every record stays readable and the old passphrase stops working. A code that does not unwrap
 * the key (AES-KW's integrity check) is `wrong-code`; a missing or malformed wrap is
 * `no-recovery-key`. Returns the new header to store and a non-extractable data key.
 */
export async function resetPassphraseWithRecovery(
  header: VaultHeader,
  storedWrap: unknown,
  characters: string,
  newPassphrase: string,
  options: { iterations?: number } = {},
): Promise<RecoveryResult> {
  const parsed = recoveryWrapSchema.safeParse(storedWrap);
  if (!parsed.success) return { ok: false, reason: 'no-recovery-key' };
  let extractable: CryptoKey;
  try {
    extractable = await unwrapWithCode(parsed.data, characters, true);
  } catch {
    return { ok: false, reason: 'wrong-code' };
  }
  const rewrapped = await rewrapUnderPassphrase(header, extractable, newPassphrase, options);
  return { ok: true, ...rewrapped };
}
