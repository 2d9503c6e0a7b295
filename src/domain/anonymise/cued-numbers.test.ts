import { describe, expect, it } from 'vitest';
import { findCuedNumbers } from './cued-numbers';

const found = (text: string) => findCuedNumbers(text).map((f) => f.original);

describe('numbers after their cue words', () => {
  it('finds passport, driving-licence, ULN, hospital, CHI and H&C numbers', () => {
    expect(
      found(
        'Passport no. 123456789; driving licence MORGA753116SM9IJ; ULN 1234567890; hospital number RX1234567; CHI: 0101125678; H&C 123 456 7890.',
      ),
    ).toEqual([
      '123456789',
      'MORGA753116SM9IJ',
      '1234567890',
      'RX1234567',
      '0101125678',
      '123 456 7890',
    ]);
  });

  it('needs at least four digits, so words and short numbers after a cue stay', () => {
    expect(found('Passport is with dad; hospital ward 12; licence expired')).toEqual([]);
  });
});
