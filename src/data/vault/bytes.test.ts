import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesEqual,
  concatBytes,
  fromBase64,
  InvalidBase64Error,
  isBase64OfLength,
  isUint8Array,
  randomBytes,
  toBase64,
  utf8Decode,
  utf8Encode,
} from './bytes';

describe('base64', () => {
  it('matches the standard encoding and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('encodes inputs larger than one internal chunk', () => {
    const bytes = randomBytes(100_001);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it.each([
    ['whitespace', 'QUJD RA=='],
    ['a trailing newline', 'QUJD\n'],
    ['a missing pad', 'QUJDRA='],
    ['no padding', 'QUJDRA'],
    ['padding in the middle', 'QQ==QUJD'],
    ['three pads', 'Q==='],
    ['the URL-safe alphabet', 'a-_b'],
    ['non-zero unused bits', 'QR=='],
    ['a character beyond Latin-1', 'QUJ€'],
  ])('refuses %s', (_label, text) => {
    expect(() => fromBase64(text)).toThrow(InvalidBase64Error);
  });

  it('checks the decoded length', () => {
    expect(isBase64OfLength('QUJD', 3)).toBe(true);
    expect(isBase64OfLength('QUJD', 4)).toBe(false);
    expect(isBase64OfLength('QUJD!', 3)).toBe(false);
  });
});

describe('byte helpers', () => {
  it('round-trips UTF-8 and refuses malformed UTF-8', () => {
    expect(utf8Decode(utf8Encode('Zoë – 👩🏽‍⚕️'))).toBe('Zoë – 👩🏽‍⚕️');
    expect(() => utf8Decode(Uint8Array.of(0xc3, 0x28))).toThrow(TypeError);
  });

  it('concatenates and compares bytes', () => {
    const joined = concatBytes(Uint8Array.of(1, 2), Uint8Array.of(), Uint8Array.of(3));
    expect(bytesEqual(joined, Uint8Array.of(1, 2, 3))).toBe(true);
    expect(bytesEqual(joined, Uint8Array.of(1, 2, 4))).toBe(false);
    expect(bytesEqual(joined, Uint8Array.of(1, 2))).toBe(false);
  });

  it('gives fresh random bytes and recognises typed arrays', () => {
    expect(bytesEqual(randomBytes(16), randomBytes(16))).toBe(false);
    expect(isUint8Array(new Uint8Array(2))).toBe(true);
    expect(isUint8Array([1, 2])).toBe(false);
    expect(isUint8Array(new Uint16Array(2))).toBe(false);
  });
});
