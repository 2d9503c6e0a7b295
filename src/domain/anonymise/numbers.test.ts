import { describe, expect, it } from 'vitest';
import {
  findNhsNumbers,
  findNinos,
  findUpns,
  isValidNhsNumber,
  findLooseNhsNumbers,
  isValidNino,
  isValidUpn,
  upnCheckLetter,
} from './numbers';

const client = { child: { firstName: 'Test' } };

describe('isValidNhsNumber', () => {
  it('accepts a number whose last digit is the modulus 11 check digit, spaced or not', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('401-100-0000')).toBe(true);
  });

  it('rejects a wrong check digit, a check value of 10 and the wrong length', () => {
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('000 000 0060')).toBe(false);
    expect(isValidNhsNumber('000 000 0061')).toBe(false);
    expect(isValidNhsNumber('943 476 591')).toBe(false);
  });
});

describe('UPN check letter', () => {
  it('computes the DfE check letter over characters 2 to 13', () => {
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
  });

  it('reads a temporary UPN whose last character is a letter', () => {
    expect(isValidUpn('R88520051903A')).toBe(true);
    expect(isValidUpn('Q88520051903A')).toBe(false);
  });
});

describe('isValidNino', () => {
  it('accepts valid prefixes with a suffix A to D, spaced or not, in any case', () => {
    expect(isValidNino('JT 48 29 10 B')).toBe(true);
    expect(isValidNino('nx123456d')).toBe(true);
  });

  it('rejects barred letters and prefixes, bad suffixes and a missing suffix unless allowed', () => {
    expect(isValidNino('DA123456A')).toBe(false);
    expect(isValidNino('AO123456A')).toBe(false);
    expect(isValidNino('GB123456A')).toBe(false);
    expect(isValidNino('QQ123456C')).toBe(false);
    expect(isValidNino('AB123456E')).toBe(false);
    expect(isValidNino('AB123456')).toBe(false);
    expect(isValidNino('AB123456', true)).toBe(true);
  });
});

describe('findNhsNumbers', () => {
  it('finds a valid NHS number with high confidence', () => {
    const [finding] = findNhsNumbers('NHS no 943 476 5919.', client);
    expect(finding).toMatchObject({
      type: 'nhs-number',
      original: '943 476 5919',
      replacement: '[NHS number]',
      confidence: 'high',
    });
  });

  it('keeps ten digits that fail the modulus 11 check when no NHS cue stands before them', () => {
    expect(findNhsNumbers('Reference 1234567890 was quoted.', client)).toEqual([]);
    expect(findNhsNumbers('Mosaic case 9434765918. NHS team aware.', client)).toEqual([]);
    expect(findLooseNhsNumbers('Case ref 94 34 76 59 18 on the letter')).toEqual([]);
  });

  it('proposes a failing number straight after an NHS cue, medium: perhaps mistyped', () => {
    const [finding] = findNhsNumbers('His NHS number was given as 943 476 5918.', client);
    expect(finding).toMatchObject({ type: 'nhs-number', confidence: 'medium' });
  });

  it("still proposes the client's own NHS number even if it fails the check", () => {
    const own = { child: { firstName: 'Ava', nhsNumber: '943 476 5918' } };
    const [finding] = findNhsNumbers('NHS 9434765918 on the letter', own);
    expect(finding).toMatchObject({ type: 'nhs-number', confidence: 'high' });
  });

  it('leaves ten digits starting with 0 to the phone finder', () => {
    expect(findNhsNumbers('Call 0161 496 0000 now', client)).toEqual([]);
  });
});

describe('findUpns and findNinos', () => {
  it('finds a UPN with a valid check letter and ignores one that fails without a cue', () => {
    expect(findUpns('Pupil B801200005001 moved.', client)).toHaveLength(1);
    expect(findUpns('Code A801200005001 moved.', client)).toHaveLength(0);
    expect(findUpns('UPN A801200005001 moved.', client)[0]?.confidence).toBe('medium');
  });

  it('finds National Insurance numbers written with spaces', () => {
    const [finding] = findNinos('NI number AB 12 34 56 C recorded', client);
    expect(finding).toMatchObject({ original: 'AB 12 34 56 C', replacement: '[NI number]' });
  });
});

describe('NHS numbers grouped unusually or split over a line', () => {
  it('finds a valid number broken over a line or grouped in twos', () => {
    const text = 'NHS no 943 476\n5919, also 94 34 76 59 19.';
    expect(findLooseNhsNumbers(text).map((f) => f.original)).toEqual([
      '943 476\n5919',
      '94 34 76 59 19',
    ]);
  });

  it('leaves ten loose digits that fail the check with no NHS cue', () => {
    expect(findLooseNhsNumbers('scores 1 2 3 4 5 6 7 8 9 0 today')).toEqual([]);
  });

  it('proposes a failing number split over a line after "NHS no.", the full stop of "no." ending no sentence', () => {
    expect(
      findLooseNhsNumbers('Baby NHS no. 438 221\n7706 DOB 15/7/25').map((f) => f.original),
    ).toEqual(['438 221\n7706']);
    expect(findLooseNhsNumbers('Seen by NHS. 438 221\n7706 was the room')).toEqual([]);
    expect(findLooseNhsNumbers('Seen on no. 438 221\n7706 today.')).toEqual([]);
  });

  it('leaves ten digits after a CHI, H&C or hospital cue to the other-number finder', () => {
    expect(findNhsNumbers('His CHI is 0203104471. Hosp no: 943 476 5919.', client)).toEqual([]);
    expect(findNhsNumbers('NHS 943 476 5919', client)).toHaveLength(1);
    expect(isValidNhsNumber('0203104471')).toBe(true);
    expect(findNhsNumbers('H&C no. 020 310 4471.', client)).toEqual([]);
  });

  it('leaves ten digits after a ULN, passport or account cue to the other-number finder', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(
      findNhsNumbers(
        'Unique Learner Number: 9434765919. ULN 943 476 5919. Passport no. 9434765919.',
        client,
      ),
    ).toEqual([]);
  });
});

describe('a log’s own number', () => {
  it('is no NHS number, even when its check digit holds', () => {
    expect(findLooseNhsNumbers('INCIDENT LOG 0457-0412-26 CALLER')).toEqual([]);
    expect(findLooseNhsNumbers('CAD 0457 0412 26 refers')).toEqual([]);
    expect(findLooseNhsNumbers('NHS 0457 0412 26 given').map((f) => f.original)).toEqual([
      '0457 0412 26',
    ]);
  });
});

describe("a call's case ID is no NHS number", () => {
  it('keeps an NHS 111 case ID and still proposes the NHS number after it', () => {
    const text = 'NHS 111 CALL RECORD Case ID: 111-2290417 Caller: mum. NHS no 943 476 5919.';
    expect(findLooseNhsNumbers(text).map((f) => f.original)).toEqual([]);
    expect(findNhsNumbers(text, client).map((f) => f.original)).toEqual(['943 476 5919']);
  });
});

describe('a police log reference whose check digit holds', () => {
  it('is the log’s number, not an NHS number, unless "NHS" stands at it', () => {
    expect(findNhsNumbers('Police log ref 9434765919. Then', client)).toEqual([]);
    expect(findNhsNumbers('crime ref 943 476 5919 given', client)).toEqual([]);
    expect(findNhsNumbers('NHS ref 943 476 5919 given', client).map((f) => f.original)).toEqual([
      '943 476 5919',
    ]);
    expect(findNhsNumbers('baby 943 476 5919 seen', client).map((f) => f.original)).toEqual([
      '943 476 5919',
    ]);
  });
});
