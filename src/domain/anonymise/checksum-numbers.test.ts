import { describe, expect, it } from 'vitest';
import { findChecksumNumbers, isValidIban, passesLuhn } from './checksum-numbers';

const found = (text: string) => findChecksumNumbers(text).map((f) => f.original);

describe('the Luhn check', () => {
  it('accepts the check digit of an IMEI and a test card number, and rejects one digit changed', () => {
    expect(passesLuhn('358942116032286')).toBe(true);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('358942116032285')).toBe(false);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('41x1')).toBe(false);
  });
});

describe('IMEIs and card numbers by their shape', () => {
  it('finds an IMEI however it is grouped, with or without its cue', () => {
    expect(
      found('iPhone IMEI 35 894211 603228 6; a Samsung 358942116032286 and 358-942-116-032-286.'),
    ).toEqual(['35 894211 603228 6', '358942116032286', '358-942-116-032-286']);
  });

  it('finds fifteen or sixteen digits after "IMEI" even when the check digit fails (a typo)', () => {
    expect(found('Samsung IMEI 356938119047715; Alcatel IMEI: 862 410 058 337 214.')).toEqual([
      '356938119047715',
      '862 410 058 337 214',
    ]);
  });

  it('leaves fifteen digits that fail the check with no IMEI cue', () => {
    expect(found('Log 356938119047715 closed.')).toEqual([]);
  });

  it('finds a card number grouped in fours or not', () => {
    expect(found('Paid with 4111 1111 1111 1111, then 5500005555555559.')).toEqual([
      '4111 1111 1111 1111',
      '5500005555555559',
    ]);
  });

  it('leaves long numbers whose check digit fails, phones and runs that start with 0', () => {
    expect(
      found(
        'Crime ref 4111 1111 1111 1112; call 0044 7700 900 190 or +44 7700 900123; ref 0358942116032284.',
      ),
    ).toEqual([]);
  });

  it('never joins two numbers side by side into one that passes by chance', () => {
    // Twenty-three digits in one run: too long for a card, so nothing, not a part of it.
    expect(found('Refs 4111 1111 1111 1111 2345 678.')).toEqual([]);
  });

  it("finds a card's last four digits after 'card ending' or 'last four'", () => {
    expect(
      found(
        'Paid on a card ending 4471; Monzo ending 5522; Visa ending in 0836; her debit card, last four 4821.',
      ),
    ).toEqual(['4471', '5522', '0836', '4821']);
  });

  it('leaves four digits after "ending" without a card word, and a year', () => {
    expect(found('The tenancy ending 2025; the case ending 4471 was closed.')).toEqual([]);
  });
});

describe('IBANs by their check digits', () => {
  it('validates the mod-97 check and rejects one character changed', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB29NWBK60161331926819')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });

  it('finds an IBAN grouped or not, and leaves one whose check fails', () => {
    expect(
      found(
        'Paid into GB82 WEST 1234 5698 7654 32 and GB29NWBK60161331926819; not GB82 WEST 1234 5698 7654 33.',
      ),
    ).toEqual(['GB82 WEST 1234 5698 7654 32', 'GB29NWBK60161331926819']);
  });
});
