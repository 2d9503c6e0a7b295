// The vault's key hierarchy: a random AES-GCM data key, wrapped (AES-KW) by a key derived from the
// passphrase, described by a serialisable header. The unwrapped data key lives only in memory.
import { z } from 'zod';
import { fromBase64, isBase64OfLength, toBase64, utf8Encode } from './bytes';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveVaultKeys,
  kdfParamsSchema,
  newKdfParams,
  type KdfParams,
} from './key-derivation';

/** Stored beside the database: everything needed to unlock the vault except the passphrase. */
export interface VaultHeader {
  format: 'escalate-vault';
  version: 1;
  kdf: KdfParams;
  /** Base64 of the AES-KW-wrapped 256-bit data key (40 bytes). */
  wrappedKey: string;
  /** Base64 HMAC of a fixed label under a passphrase-derived key: tells a wrong passphrase apart. */
  check: string;
  /** When the vault was created (ISO instant); informational only. */
  createdAt?: string;
}

const WRAPPED_KEY_BYTES = 40;
const CHECK_BYTES = 32;
const CHECK_LABEL = utf8Encode('escalate-vault-check/v1');
/** The data key's algorithm and uses, as unwrapped from any wrap of it. */
export const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
export const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/** Validates a stored {@link VaultHeader}; anything that fails is a corrupt header. */
export const vaultHeaderSchema: z.ZodType<VaultHeader> = z.object({
  format: z.literal('escalate-vault'),
  version: z.literal(1),
  kdf: kdfParamsSchema,
  wrappedKey: z.string().refine((value) => isBase64OfLength(value, WRAPPED_KEY_BYTES)),
  check: z.string().refine((value) => isBase64OfLength(value, CHECK_BYTES)),
  createdAt: z.string().max(64).optional(),
});

/** Why a vault did not open. */
export type UnlockFailure = 'wrong-passphrase' | 'corrupt-header';

/** Result of {@link unlockVault}. */
export type UnlockResult = { ok: true; dataKey: CryptoKey } | { ok: false; reason: UnlockFailure };

/** Thrown by {@link changePassphrase} when the old passphrase does not open the vault. */
export class VaultUnlockError extends Error {
  override readonly name = 'VaultUnlockError';
  readonly reason: UnlockFailure;

  constructor(reason: UnlockFailure) {
    super(`Vault did not unlock: ${reason}`);
    this.reason = reason;
  }
}

/** Options for new key material. Omit `iterations` for the default; see `assertKdfStrength`. */
export interface VaultKdfOptions {
  iterations?: number;
}

async function checkValue(checkKey: CryptoKey): Promise<string> {
  return toBase64(
    new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', checkKey, CHECK_LABEL)),
  );
}

interface Wrapped {
  fields: Pick<VaultHeader, 'kdf' | 'wrappedKey' | 'check'>;
  keyEncryptionKey: CryptoKey;
}

async function wrapUnder(dataKey: CryptoKey, passphrase: string, kdf: KdfParams): Promise<Wrapped> {
  const { keyEncryptionKey, checkKey } = await deriveVaultKeys(passphrase, kdf);
  const wrapped = await globalThis.crypto.subtle.wrapKey(
    'raw',
    dataKey,
    keyEncryptionKey,
    'AES-KW',
  );
  const fields = {
    kdf,
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    check: await checkValue(checkKey),
  };
  return { fields, keyEncryptionKey };
}

function unwrapDataKey(
  wrappedKey: string,
  keyEncryptionKey: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  return globalThis.crypto.subtle.unwrapKey(
    'raw',
    fromBase64(wrappedKey),
    keyEncryptionKey,
    'AES-KW',
    DATA_KEY_ALGORITHM,
    extractable,
    DATA_KEY_USAGES,
  );
}

/**
 * Creates a vault: a random AES-GCM-256 data key, wrapped under a key derived from `passphrase`
 * with fresh salt. The key is generated extractable only so it can be wrapped; the returned
 * `dataKey` is a non-extractable copy unwrapped from the header, to hold in memory while unlocked.
 * Iterations default to 600,000; a `RangeError` is thrown outside the readable range.
 */
export async function createVault(
  passphrase: string,
  options: VaultKdfOptions & { createdAt?: string } = {},
): Promise<{ header: VaultHeader; dataKey: CryptoKey }> {
  const kdf = newKdfParams(options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  const subtle = globalThis.crypto.subtle;
  const exportable = await subtle.generateKey(DATA_KEY_ALGORITHM, true, DATA_KEY_USAGES);
  const { fields, keyEncryptionKey } = await wrapUnder(exportable, passphrase, kdf);
  const header: VaultHeader = {
    format: 'escalate-vault',
    version: 1,
    ...fields,
    createdAt: options.createdAt ?? new Date().toISOString(),
  };
  // The extractable key goes out of scope here; only the non-extractable copy is returned.
  return { header, dataKey: await unwrapDataKey(fields.wrappedKey, keyEncryptionKey, false) };
}

async function openDataKey(
  header: unknown,
  passphrase: string,
  extractable: boolean,
): Promise<UnlockResult> {
  const parsed = vaultHeaderSchema.safeParse(header);
  if (!parsed.success) return { ok: false, reason: 'corrupt-header' };
  const { kdf, wrappedKey, check } = parsed.data;
  const { keyEncryptionKey, checkKey } = await deriveVaultKeys(passphrase, kdf);
  const subtle = globalThis.crypto.subtle;
  const checkMatches = await subtle.verify('HMAC', checkKey, fromBase64(check), CHECK_LABEL);
  try {
    // AES-KW has its own integrity check, so a successful unwrap proves the key even if the
    // check value itself were damaged.
    return { ok: true, dataKey: await unwrapDataKey(wrappedKey, keyEncryptionKey, extractable) };
  } catch {
    return { ok: false, reason: checkMatches ? 'corrupt-header' : 'wrong-passphrase' };
  }
}

/**
 * Opens the vault with `passphrase`, returning the non-extractable data key. A passphrase that
 * does not match the check value is `wrong-passphrase`; a header that is malformed, or whose
 * wrapped key fails although the passphrase matched, is `corrupt-header`. Never throws for a bad
 * header or passphrase. Pair with {@link wrongPassphraseDelayMs} in the unlock screen.
 */
export function unlockVault(header: VaultHeader, passphrase: string): Promise<UnlockResult> {
  return openDataKey(header, passphrase, false);
}

/**
 * Opens the vault with `passphrase` and returns an **extractable** data key, only so the caller
 * can wrap it again (a new passphrase, a recovery key). Never hold on to the key it returns.
 */
export function openDataKeyForRewrap(
  header: VaultHeader,
  passphrase: string,
): Promise<UnlockResult> {
  return openDataKey(header, passphrase, true);
}

/**
 * Wraps an extractable data key under `newPassphrase` with fresh salt, keeping the rest of
 * `header`. Iterations default to the larger of the default and the header's, so they only rise.
 * Returns the new header and a non-extractable copy of the key, unwrapped from the new header
 * (which proves the new wrap opens).
 */
export async function rewrapUnderPassphrase(
  header: VaultHeader,
  extractableKey: CryptoKey,
  newPassphrase: string,
  options: VaultKdfOptions = {},
): Promise<{ header: VaultHeader; dataKey: CryptoKey }> {
  const iterations =
    options.iterations ?? Math.max(DEFAULT_PBKDF2_ITERATIONS, header.kdf.iterations);
  const kdf = newKdfParams(iterations);
  const { fields, keyEncryptionKey } = await wrapUnder(extractableKey, newPassphrase, kdf);
  const dataKey = await unwrapDataKey(fields.wrappedKey, keyEncryptionKey, false);
  return { header: { ...header, ...fields }, dataKey };
}

/**
 * Re-wraps the same data key under `newPassphrase` with a fresh salt, so existing ciphertext stays
 * valid (nothing is re-encrypted). Iterations default to the larger of the default and the current
 * header's, so parameters only rise. Throws {@link VaultUnlockError} if `oldPassphrase` does not
 * open `header`. The data key is unwrapped extractable only inside this function, to re-wrap it.
 */
export async function changePassphrase(
  header: VaultHeader,
  oldPassphrase: string,
  newPassphrase: string,
  options: VaultKdfOptions = {},
): Promise<VaultHeader> {
  const opened = await openDataKeyForRewrap(header, oldPassphrase);
  if (!opened.ok) throw new VaultUnlockError(opened.reason);
  return (await rewrapUnderPassphrase(header, opened.dataKey, newPassphrase, options)).header;
}

/** Longest pause after wrong passphrases. */
export const MAX_WRONG_PASSPHRASE_DELAY_MS = 30_000;

/**
 * How long the unlock screen waits before accepting another try after `failedAttempts` wrong
 * passphrases in a row: 0, 0, then 1 s, 2 s, 4 s … capped at 30 s. It slows someone guessing at
 * the screen; it cannot slow an attacker who has copied the data (the KDF cost does that).
 */
export function wrongPassphraseDelayMs(failedAttempts: number): number {
  if (!(failedAttempts >= 2)) return 0;
  const exponent = Math.floor(failedAttempts) - 2;
  return Math.min(MAX_WRONG_PASSPHRASE_DELAY_MS, 1000 * 2 ** exponent);
}
