import { describe, expect, it } from 'vitest';
import { findNonLatinRuns } from './scripts';

describe('non-Latin script', () => {
  it('finds a run of Arabic, Cyrillic or Devanagari letters, with the spaces inside it', () => {
    const text = 'Mum wrote her name as فاطمة الزهراء, uncle Олег, cousin प्रिया. Zoë stays.';
    expect(findNonLatinRuns(text).map((f) => f.original)).toEqual([
      'فاطمة الزهراء',
      'Олег',
      'प्रिया',
    ]);
  });
});
