// The encrypted backup file: one line of readable JSON header, then the base64 ciphertext.
// Format documented in docs/security.md "Backup file"; every byte is authenticated.
import { z } from 'zod';
import { isIsoDateTime } from '../../domain/calendar/iso-date';
import {
  backupError,
  newerVersionError,
  tooLargeError,
  type BackupError,
  type BackupErrorKind,
} from './backup-error';
import {
  concatBytes,
  fromBase64,
  isBase64OfLength,
  randomBytes,
  toBase64,
  utf8Decode,
  utf8Encode,
} from './bytes';
import { canCompress, DecompressedTooLargeError, gunzip, gzip } from './compression';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveBackupKey,
  kdfParamsSchema,
  newKdfParams,
} from './key-derivation';

/** Value of the header's `format` field. */
export const BACKUP_FORMAT = 'escalate-backup';
/** The newest backup format version this code writes and reads. */
export const BACKUP_VERSION = 1;
/**
 * Default `maxBytes` for {@link readBackup}: the most a file may be, and the most its content may
 * inflate to; {@link writeBackup} writes nothing over it, so a file it writes always reads back.
 */
export const DEFAULT_MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_HEADER_BYTES = 2048;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const NEWLINE = 0x0a;
const MAGIC = utf8Encode(`{"format":"${BACKUP_FORMAT}",`);
const ABOUT =
  'Encrypted Escalate backup. Restore it in Escalate with the passphrase set when it was made.';

/** Validates the first line of a backup file. */
const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  about: z.string().max(200),
  createdAt: z.string().max(64),
  appVersion: z.string().max(64),
  cipher: z.literal('AES-GCM-256'),
  compression: z.literal('gzip'),
  kdf: kdfParamsSchema,
  iv: z.string().refine((value) => isBase64OfLength(value, IV_BYTES)),
  ciphertextBytes: z.int().min(TAG_BYTES),
});

/** The readable first line of a backup file, also bound to the ciphertext as AES-GCM AAD. */
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Result of {@link readBackup}: the payload is unvalidated; the caller checks it with zod. */
export type ReadBackupResult =
  { ok: true; header: BackupHeader; payload: unknown } | { ok: false; error: BackupError };

/**
 * Encrypts `payload` (anything `JSON.stringify` accepts) into a backup file: a one-line JSON
 * header, "\n", base64 of AES-GCM-256 over the gzipped JSON, "\n". The key comes from
 * `passphrase` via PBKDF2 with its own fresh salt (600,000 iterations unless `options.iterations`,
 * which must be in the readable range). The exact header bytes are the AAD. Throws a `TypeError`
 * for a payload with no JSON form or no CompressionStream, a `RangeError` for bad `meta` or a
 * file over {@link DEFAULT_MAX_BACKUP_BYTES} (one that could not be restored).
 */
export async function writeBackup(
  payload: unknown,
  passphrase: string,
  meta: { createdAt: string; appVersion: string },
  options: { iterations?: number } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const json = JSON.stringify(payload) as string | undefined;
  if (json === undefined) throw new TypeError('Backup payload has no JSON form');
  if (!canCompress()) throw new TypeError('This platform has no CompressionStream');
  if (!isIsoDateTime(meta.createdAt)) throw new RangeError('createdAt must be an ISO instant');
  if (!/^[\x20-\x7e]{1,64}$/.test(meta.appVersion)) throw new RangeError('Invalid appVersion');
  const kdf = newKdfParams(options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  const plain = utf8Encode(json);
  if (plain.length > DEFAULT_MAX_BACKUP_BYTES)
    throw new RangeError('Backup is over the size limit');
  const compressed = await gzip(plain);
  const iv = randomBytes(IV_BYTES);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    about: ABOUT,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    cipher: 'AES-GCM-256',
    compression: 'gzip',
    kdf,
    iv: toBase64(iv),
    ciphertextBytes: compressed.length + TAG_BYTES,
  };
  const headerBytes = utf8Encode(JSON.stringify(header));
  const key = await deriveBackupKey(passphrase, kdf);
  const aesGcm = { name: 'AES-GCM', iv, additionalData: headerBytes, tagLength: 128 };
  const ciphertext = await globalThis.crypto.subtle.encrypt(aesGcm, key, compressed);
  const body = utf8Encode(toBase64(new Uint8Array(ciphertext)));
  const file = concatBytes(headerBytes, Uint8Array.of(NEWLINE), body, Uint8Array.of(NEWLINE));
  if (file.length > DEFAULT_MAX_BACKUP_BYTES) throw new RangeError('Backup is over the size limit');
  return file;
}

/** Thrown inside this module only, and turned into a result by {@link readBackup}. */
class BackupRefusal extends Error {
  constructor(readonly error: BackupError) {
    super(error.message);
  }
}

function refuse(kind: Exclude<BackupErrorKind, 'too-large' | 'newer-version'>): never {
  throw new BackupRefusal(backupError(kind));
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Size and identity checks that need no parsing; returns the header line's length. */
function findHeaderLine(bytes: Uint8Array, maxBytes: number): number {
  if (bytes.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d))) refuse('empty');
  if (bytes.length > maxBytes) throw new BackupRefusal(tooLargeError(bytes.length, maxBytes));
  if (!startsWith(bytes, MAGIC)) {
    if (bytes.length < MAGIC.length && startsWith(MAGIC, bytes)) refuse('truncated');
    const start = new TextDecoder('latin1').decode(bytes.subarray(0, MAX_HEADER_BYTES));
    refuse(start.includes(BACKUP_FORMAT) ? 'corrupt-header' : 'not-a-backup');
  }
  const end = bytes.subarray(0, MAX_HEADER_BYTES + 1).indexOf(NEWLINE);
  if (end === -1) refuse(bytes.length <= MAX_HEADER_BYTES ? 'truncated' : 'corrupt-header');
  return end;
}

function parseHeader(headerBytes: Uint8Array, supportedVersion: number): BackupHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(headerBytes));
  } catch {
    refuse('corrupt-header');
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > supportedVersion) {
    throw new BackupRefusal(newerVersionError(version, supportedVersion));
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) refuse('corrupt-header');
  return parsed.data;
}

/** The ciphertext, after checking the body is exactly the base64 the header promises. */
function decodeBody(body: Uint8Array, header: BackupHeader): Uint8Array<ArrayBuffer> {
  const base64Chars = 4 * Math.ceil(header.ciphertextBytes / 3);
  if (body.length < base64Chars + 1) refuse('truncated');
  if (body.length > base64Chars + 1 || body[base64Chars] !== NEWLINE) refuse('damaged');
  try {
    return fromBase64(utf8Decode(body.subarray(0, base64Chars)));
  } catch {
    return refuse('damaged');
  }
}

async function decryptPayload(
  ciphertext: Uint8Array<ArrayBuffer>,
  header: BackupHeader,
  headerBytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await deriveBackupKey(passphrase, header.kdf);
  const iv = fromBase64(header.iv);
  const aesGcm = { name: 'AES-GCM', iv, additionalData: headerBytes, tagLength: 128 };
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(aesGcm, key, ciphertext));
  } catch {
    return refuse('wrong-passphrase-or-tampered');
  }
}

async function inflateJson(
  compressed: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<unknown> {
  // Inflation stops as soon as the output passes the bound: a small crafted file cannot make
  // hundreds of megabytes before it is refused.
  const limit = maxBytes;
  try {
    return JSON.parse(utf8Decode(await gunzip(compressed, limit))) as unknown;
  } catch (cause) {
    if (cause instanceof DecompressedTooLargeError) {
      throw new BackupRefusal(tooLargeError(limit + 1, limit));
    }
    // Authenticated but unreadable: written by something other than writeBackup.
    return refuse('damaged');
  }
}

/**
 * Reads a backup file made by {@link writeBackup}. Never throws for bad input: an empty, foreign,
 * oversized (default limit 50 MB), newer, truncated, damaged or altered file, or a wrong
 * passphrase, gives `{ ok: false, error }` with a message for the user. Any changed byte, in the
 * header or the body, is refused. `supportedVersion` defaults to {@link BACKUP_VERSION}. The
 * payload is returned unvalidated. Throws a `TypeError` only if the platform lacks
 * DecompressionStream.
 */
export async function readBackup(
  bytes: Uint8Array,
  passphrase: string,
  options: { maxBytes?: number; supportedVersion?: number } = {},
): Promise<ReadBackupResult> {
  if (!canCompress()) throw new TypeError('This platform has no DecompressionStream');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  try {
    if (!ArrayBuffer.isView(bytes)) refuse('not-a-backup');
    const file = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerEnd = findHeaderLine(file, maxBytes);
    const headerBytes = file.slice(0, headerEnd);
    const header = parseHeader(headerBytes, options.supportedVersion ?? BACKUP_VERSION);
    const ciphertext = decodeBody(file.subarray(headerEnd + 1), header);
    const compressed = await decryptPayload(ciphertext, header, headerBytes, passphrase);
    return { ok: true, header, payload: await inflateJson(compressed, maxBytes) };
  } catch (cause) {
    if (cause instanceof BackupRefusal) return { ok: false, error: cause.error };
    return { ok: false, error: backupError('damaged') };
  }
}
