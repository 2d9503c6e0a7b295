// Byte helpers for the vault: strict base64, UTF-8 and random bytes, using only web-platform globals
// so the same code runs in browsers and in Node tests.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INVALID = 0xff;

/** Lookup table from a character code to its 6-bit value, or INVALID. */
const DECODE_TABLE = (() => {
  const table = new Uint8Array(256).fill(INVALID);
  for (let i = 0; i < ALPHABET.length; i += 1) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Thrown by {@link fromBase64} for anything that is not canonical padded base64. */
export class InvalidBase64Error extends Error {
  override readonly name = 'InvalidBase64Error';
}

/** Standard padded base64 (RFC 4648 §4) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  // Chunks are a multiple of 3 bytes so the encoded pieces join without padding in the middle.
  const chunkSize = 3 * 8192;
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const chunk = bytes.subarray(start, start + chunkSize);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

/**
 * Decodes canonical padded base64. Strict on purpose: whitespace, a missing or extra `=`, a
 * character outside the alphabet, or non-zero unused bits all throw {@link InvalidBase64Error},
 * so every change to an encoded value is noticed rather than silently ignored.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) throw new InvalidBase64Error('Length is not a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const dataChars = text.length - padding;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < dataChars; i += 1) {
    const value = DECODE_TABLE[text.charCodeAt(i)] ?? INVALID;
    if (value === INVALID) throw new InvalidBase64Error(`Invalid character at ${i}`);
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o] = (acc >> bits) & 0xff;
      o += 1;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new InvalidBase64Error('Non-zero unused bits');
  return out;
}

/** True when `text` is canonical padded base64 that decodes to exactly `length` bytes. */
export function isBase64OfLength(text: string, length: number): boolean {
  try {
    return fromBase64(text).length === length;
  } catch {
    return false;
  }
}

/** `n` bytes from the platform's cryptographically secure generator (any length). */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  const maxPerCall = 65_536; // getRandomValues refuses more in one call
  for (let start = 0; start < n; start += maxPerCall) {
    globalThis.crypto.getRandomValues(out.subarray(start, start + maxPerCall));
  }
  return out;
}

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Decodes UTF-8, throwing a `TypeError` on malformed input instead of inserting U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** The bytes of all `parts`, one after another. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** True when both arrays hold the same bytes; compares every byte whatever it finds. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** True when `value` is a Uint8Array, including one from another realm (an iframe, a test env). */
export function isUint8Array(value: unknown): value is Uint8Array<ArrayBuffer> {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}
