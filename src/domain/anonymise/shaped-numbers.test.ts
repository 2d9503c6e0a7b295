import { describe, expect, it } from 'vitest';
import { findShapedNumbers } from './shaped-numbers';

const found = (text: string) => findShapedNumbers(text).map((f) => f.original);

describe('bank details', () => {
  it('finds a sort code with its account number, however they are joined', () => {
    expect(found('Wages go to her account (Halifax, 11-48-92 60317725) now.')).toEqual([
      '11-48-92 60317725',
    ]);
    expect(found('paid into 23-05-61 / 44180937, his mum says')).toEqual(['23-05-61 / 44180937']);
    expect(found('sort code 60-12-03, account 71 90 44 28. Police')).toContain(
      '60-12-03, account 71 90 44 28',
    );
  });

  it('finds a sort code in spaced pairs when a slash or "acc" joins its account number', () => {
    expect(found('number on the letter is 20 14 53 / 71992046 if needed')).toEqual([
      '20 14 53 / 71992046',
    ]);
    expect(found('Nationwide 07 10 36 acc 51448820.')).toEqual(['07 10 36 acc 51448820']);
    expect(found('ring 0161 40 50 40 12345678 or text')).toEqual([]);
  });

  it('finds a sort code after "sort" alone and an account number written in pairs', () => {
    expect(found('acc 55120384 sort 09-01-29. then')).toEqual(['09-01-29']);
    expect(found('account 40 17 22 86 closed')).toEqual(['40 17 22 86']);
  });

  it('leaves a date, a score and an amount', () => {
    expect(found('On 12-03-26 she paid £40. Score 12-10-08 at half time.')).toEqual([]);
  });
});

describe('travel references', () => {
  it('finds a booking reference and a PNR, with the airline’s letters', () => {
    expect(found('booking reference Q7TR2M, printed out')).toEqual(['Q7TR2M']);
    expect(found('Flight LS 1122, PNR 4KDW9X. Passport held by uncle.')).toEqual(['4KDW9X']);
    expect(found('booking ref BAW 8LQ4ZT for the return')).toEqual(['BAW 8LQ4ZT']);
    expect(found('Booking in his name, reference ZP38QD.')).toEqual(['ZP38QD']);
    expect(found('booking reference on his ticket J4WQ7R, cash')).toEqual(['J4WQ7R']);
  });

  it('finds a booking or ticket number of six digits or more', () => {
    expect(found('booking JET 771 2044 made last week')).toEqual(['JET 771 2044']);
    expect(found('Ticket number NXC 4410 2281 7, coach 3.')).toEqual(['NXC 4410 2281 7']);
  });

  it('leaves a flight number, a short booking ref, a police ref and a phone line', () => {
    expect(
      found(
        'flight EZY 8812 to Alicante. Interpreter booking ref KLT-2203. Police ref 4471029. Booking line 0300 123 4567.',
      ),
    ).toEqual([]);
    expect(found('The reference number is in the file; ref AB12 is old.')).toEqual([]);
  });
});

describe('numbers in a list of one person’s passports or hospital numbers', () => {
  it('finds every number in the sentence after the plural cue', () => {
    expect(found('Both passports, Polish EK 4471902 and Irish 88 312 0457. Mum')).toEqual([
      'EK 4471902',
      '88 312 0457',
    ]);
    expect(found('Hospital numbers: Royal Free RFH 220 4417, UCLH U-3310284\nNext')).toEqual([
      'RFH 220 4417',
      'U-3310284',
    ]);
  });

  it('stops at the sentence’s end and leaves a date and a phone number', () => {
    expect(
      found('Passports are with dad, seen 12 03 2024, rang 07700 900123. Case 5512048 open.'),
    ).toEqual([]);
  });
});

describe('a number read out digit by digit', () => {
  it('finds seven or more single digits and a letter spelt "as in"', () => {
    expect(found('his number is 4 4 0 9 1 7 2 2 on the card')).toEqual(['4 4 0 9 1 7 2 2']);
    expect(found('MRN K as in kilo 2 2 0 4 8 1 7. Seen')).toEqual(['K as in kilo 2 2 0 4 8 1 7']);
  });

  it('leaves a short run and a phone number read out', () => {
    expect(found('scores 3 4 5 and 6')).toEqual([]);
    expect(found('call 0 7 7 0 0 9 0 0 1 2 3')).toEqual([]);
  });
});
