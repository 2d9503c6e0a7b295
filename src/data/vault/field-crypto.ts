// Encrypts one record's sensitive fields as JSON under the vault's data key (AES-GCM-256), bound to
// the record it belongs to so a ciphertext copied onto another record or table will not decrypt.
import { isUint8Array, randomBytes, utf8Decode, utf8Encode } from './bytes';

/** What a ciphertext belongs to; bound as AES-GCM additional data, so it must match on decrypt. */
export interface FieldAad {
  recordId: string;
  table: string;
  schemaVersion: number;
}

/**
 * An encrypted value as stored in IndexedDB.
 *
 * Bytes are kept as `Uint8Array`, not base64: IndexedDB stores typed arrays natively by structured
 * clone, which saves the 33% size and the encode/decode time of base64. Anything that leaves
 * IndexedDB as JSON (a backup) must convert them itself, e.g. with `toBase64` from `./bytes`.
 */
export interface EncryptedBlob {
  /** Format version of this blob. */
  v: 1;
  /** The 96-bit IV, fresh from the CSPRNG for every encryption. */
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 128-bit GCM tag. */
  ct: Uint8Array<ArrayBuffer>;
}

/** Why {@link decryptJson} refused a blob. */
export type DecryptionFailure = 'malformed-blob' | 'authentication-failed' | 'not-json';

/**
 * Thrown by {@link decryptJson}. `authentication-failed` covers a changed ciphertext, IV or tag, the
 * wrong record, table or schema version, and the wrong key: AES-GCM cannot tell these apart.
 */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
  readonly reason: DecryptionFailure;

  constructor(reason: DecryptionFailure, options?: { cause?: unknown }) {
    super(`Could not decrypt field data: ${reason}`, options);
    this.reason = reason;
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintext is padded with JSON whitespace to a multiple of this, to blur exact lengths. */
const PAD_BLOCK = 32;
const SPACE = 0x20;

/**
 * The stable byte form of an AAD: a versioned label and a JSON array in fixed order, so no two
 * different AADs can serialise alike. Throws a `TypeError` for a blank id or table or a
 * schema version that is not a non-negative integer (a programming error, not bad data).
 */
export function serialiseAad(aad: FieldAad): Uint8Array<ArrayBuffer> {
  const { recordId, table, schemaVersion } = aad;
  if (typeof recordId !== 'string' || recordId.length === 0) {
    throw new TypeError('AAD recordId must be a non-empty string');
  }
  if (typeof table !== 'string' || table.length === 0) {
    throw new TypeError('AAD table must be a non-empty string');
  }
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 0) {
    throw new TypeError('AAD schemaVersion must be a non-negative integer');
  }
  return utf8Encode(`escalate-field/v1\n${JSON.stringify([table, recordId, schemaVersion])}`);
}

function padJson(json: string): Uint8Array<ArrayBuffer> {
  const bytes = utf8Encode(json);
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / PAD_BLOCK) * PAD_BLOCK);
  padded.set(bytes);
  padded.fill(SPACE, bytes.length);
  return padded;
}

/**
 * Encrypts `value` (anything `JSON.stringify` accepts; a `Date` becomes its ISO string) with
 * AES-GCM-256 under `dataKey`, a fresh random 96-bit IV and `aad` as additional data.
 * Throws a `TypeError` if `value` has no JSON form (`undefined`, a function).
 */
export async function encryptJson(
  dataKey: CryptoKey,
  value: unknown,
  aad: FieldAad,
): Promise<EncryptedBlob> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('Value has no JSON form');
  const additionalData = serialiseAad(aad);
  const iv = randomBytes(IV_BYTES);
  const plaintext = padJson(json);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData, tagLength: 128 },
    dataKey,
    plaintext,
  );
  plaintext.fill(0);
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** True when `value` has the shape of an {@link EncryptedBlob} (says nothing about its integrity). */
export function isEncryptedBlob(value: unknown): value is EncryptedBlob {
  if (typeof value !== 'object' || value === null) return false;
  const blob = value as Record<string, unknown>;
  return (
    blob.v === 1 &&
    isUint8Array(blob.iv) &&
    blob.iv.length === IV_BYTES &&
    isUint8Array(blob.ct) &&
    blob.ct.length >= TAG_BYTES
  );
}

/**
 * Decrypts a blob made by {@link encryptJson} with the same key and AAD. `T` is not checked here:
 * callers validate the result with the table's zod schema. Throws {@link DecryptionError} for a
 * malformed blob, any tampering, a different record/table/schema version or key, or non-JSON
 * plaintext; a `TypeError` for an invalid `aad`.
 */
export async function decryptJson<T = unknown>(
  dataKey: CryptoKey,
  blob: EncryptedBlob,
  aad: FieldAad,
): Promise<T> {
  const additionalData = serialiseAad(aad);
  if (!isEncryptedBlob(blob)) throw new DecryptionError('malformed-blob');
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: blob.iv, additionalData, tagLength: 128 },
      dataKey,
      blob.ct,
    );
  } catch (cause) {
    throw new DecryptionError('authentication-failed', { cause });
  }
  try {
    return JSON.parse(utf8Decode(new Uint8Array(plaintext))) as T;
  } catch (cause) {
    throw new DecryptionError('not-json', { cause });
  }
}
