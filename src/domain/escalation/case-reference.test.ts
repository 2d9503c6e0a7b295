// Anonymous case references: form, alphabet, spread, and nothing about the client.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_REFERENCE_ALPHABET,
  CASE_REFERENCE_MIN_BYTES,
  isCaseReference,
  makeCaseReference,
} from './case-reference';

const bytes = fc.uint8Array({ minLength: CASE_REFERENCE_MIN_BYTES, maxLength: 32 });

describe('makeCaseReference', () => {
  it('writes ESC- and two groups of four characters', () => {
    expect(makeCaseReference(new Uint8Array(16))).toBe('ESC-2222-2222');
    expect(makeCaseReference(new Uint8Array(16).fill(255))).toMatch(
      /^ESC-[0-9A-Z]{4}-[0-9A-Z]{4}$/,
    );
  });

  it('never uses 0, O, 1, I or L, which are easily misread', () => {
    expect(CASE_REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
    fc.assert(
      fc.property(bytes, (random) => {
        expect(makeCaseReference(random).slice(4)).not.toMatch(/[01OIL]/);
      }),
    );
  });

  it('always makes a reference isCaseReference accepts', () => {
    fc.assert(
      fc.property(bytes, (random) => {
        expect(isCaseReference(makeCaseReference(random))).toBe(true);
      }),
    );
  });

  it('makes different references from different random bytes', () => {
    const seen = new Set(
      Array.from({ length: 2000 }, (_, index) => {
        const random = new Uint8Array(16);
        new DataView(random.buffer).setUint32(12, index * 2_654_435_761);
        return makeCaseReference(random);
      }),
    );
    expect(seen.size).toBe(2000);
  });

  it('uses every character of the alphabet in every position', () => {
    const positions = Array.from({ length: 8 }, () => new Set<string>());
    const samples = fc.sample(fc.uint8Array({ minLength: 16, maxLength: 16 }), {
      numRuns: 3000,
      seed: 42,
    });
    for (const random of samples) {
      const characters = makeCaseReference(random).replaceAll('-', '').slice(3);
      [...characters].forEach((character, index) => positions[index]?.add(character));
    }
    expect(positions.map((set) => set.size)).toEqual(Array(8).fill(CASE_REFERENCE_ALPHABET.length));
  });

  it('throws for too few random bytes, a programming error', () => {
    expect(() => makeCaseReference(new Uint8Array(4))).toThrow(RangeError);
  });
});

describe('isCaseReference', () => {
  it.each(['ESC-7KQ4-M2XD', 'ESC-2222-ZZZZ'])('accepts %s', (value) => {
    expect(isCaseReference(value)).toBe(true);
  });

  it.each([
    'esc-7kq4-m2xd',
    'ESC-7KQ4-M2X',
    'ESC-7KQ0-M2XD',
    'ESC-7KQ4-M2XL',
    'SMITH-2015',
    'ESC-7KQ4M2XD',
    '',
  ])('refuses %j', (value) => {
    expect(isCaseReference(value)).toBe(false);
  });
});
