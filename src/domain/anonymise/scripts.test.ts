import { describe, expect, it } from 'vitest';
import { findNonLatinRuns } from './scripts';

const runs = (text: string) => findNonLatinRuns(text).map((f) => f.original);

describe('non-Latin script', () => {
  it('finds a run of Arabic, Cyrillic or Devanagari letters, with the spaces inside it', () => {
    const text = 'Mum wrote her name as فاطمة الزهراء, uncle Олег, cousin प्रिया. Zoë stays.';
    expect(runs(text)).toEqual(['فاطمة الزهراء', 'Олег', 'प्रिया']);
  });
});

describe('a quoted sentence the writer translates', () => {
  it('is not proposed when the translation names nobody', () => {
    const text =
      'He told me in Greek "ο μπαμπάς χτυπάει τη μαμά" (dad hits mum). She said "سأكسر رأسك" (I will break your head). Shapla said "আমাকে বাইরে যেতে দেয় না" – she is not allowed out.';
    expect(runs(text)).toEqual([]);
  });

  it('is still proposed when the translation names someone, or there is none', () => {
    const text =
      'Mother said: "أبو ليلى يضربني أمام البنت" – Layla\'s father hits me. Aunt wrote "ਇਹ ਘਰ ਦੀ ਗੱਲ ਹੈ" and left. Her name "प्रिया" (Priya).';
    expect(runs(text)).toEqual(['أبو ليلى يضربني أمام البنت', 'ਇਹ ਘਰ ਦੀ ਗੱਲ ਹੈ', 'प्रिया']);
  });
});

describe('kinship words in other scripts', () => {
  it('keeps a kinship word alone, as "nan" or "uncle" is kept', () => {
    const text =
      'Paternal gran Kokilaben (दादी) phoned. She said "ਮਾਮਾ ਜੀ" did it. Mum (امی) came.';
    expect(runs(text)).toEqual([]);
  });

  it('still proposes a name beside one', () => {
    expect(runs('Uncle ਮਾਮਾ ਸੁਖਦੇਵ came.')).toEqual(['ਮਾਮਾ ਸੁਖਦੇਵ']);
  });
});

describe('lower-case words in a script with capitals (seventeenth round)', () => {
  it('keeps lower-case Cyrillic or Greek words and a quoted sentence, and hides a capitalised name', () => {
    expect(runs('She said "Вона добра, коли спить" – she is kind.')).toEqual([]);
    expect(runs('he wrote "είναι καλά" to me')).toEqual([]);
    expect(runs('Her sister Олена Коваль (sister) rang.')).toEqual(['Олена Коваль']);
    expect(runs('Mum said "Олена" twice.')).toEqual(['Олена']);
  });
});
