import { describe, expect, it } from 'vitest';
import { findPhones } from './contact';
import { findSpokenPhones } from './spoken-phones';

const spoken = (text: string) => findSpokenPhones(text).map((f) => f.original);

describe('a phone number read out in words', () => {
  it('finds a mobile or landline spelt in digit words, with "double" and "triple"', () => {
    expect(
      spoken('Her phone is oh seven seven double oh nine double oh seven one four. Thanks'),
    ).toEqual(['oh seven seven double oh nine double oh seven one four']);
    expect(spoken('landline zero one two one, four nine six, three two one oh')).toEqual([
      'zero one two one, four nine six, three two one oh',
    ]);
    expect(spoken('ring nought seven triple seven one two three four five six')).toEqual([
      'nought seven triple seven one two three four five six',
    ]);
  });

  it('is found by the phone finder too', () => {
    const text = 'phone oh seven seven double oh nine double oh four four one, he said';
    expect(findPhones(text, { child: { firstName: 'Ava' } }).map((f) => f.type)).toEqual(['phone']);
  });

  it('leaves counting, a short run and no UK number’s prefix', () => {
    expect(spoken('oh and one more thing, two three four five six seven')).toEqual([]);
    expect(spoken('room oh four two')).toEqual([]);
    expect(spoken('one two three four five six seven eight nine ten')).toEqual([]);
    expect(spoken('oh four one two three four five six seven eight nine')).toEqual([]);
  });
});

describe('a number abroad read out with "plus" and its country code', () => {
  it('finds the code in words and the rest in digits or words', () => {
    expect(spoken('his number given as plus four eight 600 000 412. Security')).toEqual([
      'plus four eight 600 000 412',
    ]);
    expect(
      spoken('aunt on plus three five three eight seven one two three four five six seven'),
    ).toEqual(['plus three five three eight seven one two three four five six seven']);
  });

  it('leaves sums, a short tail and a count', () => {
    expect(spoken('two plus two is four')).toEqual([]);
    expect(spoken('plus four eight 600 more')).toEqual([]);
    expect(spoken('Year 9 plus one 15 16 17 group')).toEqual([]);
  });
});

describe('"hundred" in a phone number read out', () => {
  it('reads "seven hundred" as 700 and "nine hundred" as 900', () => {
    expect(spoken('text her on oh seven seven hundred nine hundred four one two. Then')).toEqual([
      'oh seven seven hundred nine hundred four one two',
    ]);
    expect(spoken('mobile oh seven seven double oh, nine hundred, five five one')).toEqual([
      'oh seven seven double oh, nine hundred, five five one',
    ]);
  });

  it('leaves a run that "hundred" makes too long', () => {
    expect(spoken('oh seven seven hundred nine hundred four one two three four five')).toEqual([]);
  });
});
