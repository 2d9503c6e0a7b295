import { describe, expect, it } from 'vitest';
import { findTerm, termKey } from './term-search';

function found(text: string, term: string): string[] {
  return findTerm(text, term).map(({ start, end }) => text.slice(start, end));
}

describe('finding a term in a text', () => {
  it('finds a name in any case, leaving a possessive outside', () => {
    expect(found("Lulu's mum said LULU and lulu were fine; Lulubelle is not", 'Lulu')).toEqual([
      'Lulu',
      'LULU',
      'lulu',
    ]);
  });

  it('finds a possessive typed without its apostrophe, but no longer word', () => {
    expect(found("Lulus mum, lulus' toys, DEAN HOLLISS car; Lulubelle, Luluss", 'Lulu')).toEqual([
      'Lulus',
      'lulus',
    ]);
    expect(found('dean walshs car; the Walshes', 'Dean Walsh')).toEqual(['dean walshs']);
    expect(found('Jess and Jesss', 'Jess')).toEqual(['Jess']);
  });

  it('treats curly, straight and missing apostrophes alike', () => {
    expect(found("O’Brien, O'Brien and OBrien", "O'Brien")).toEqual([
      'O’Brien',
      "O'Brien",
      'OBrien',
    ]);
  });

  it('finds a name with or without its diacritics, including letters NFD cannot split', () => {
    expect(found('Østergaard met Ostergaard and Zoë', 'ostergaard')).toEqual([
      'Østergaard',
      'Ostergaard',
    ]);
    expect(found('Zoe\u0308 and Zoë', 'Zoe')).toEqual(['Zoe\u0308', 'Zoë']);
  });

  it('finds a two-word term across a line break or a hyphen', () => {
    expect(found('seen with dean\nhollis and Dean-Hollis', 'Dean Hollis')).toEqual([
      'dean\nhollis',
      'Dean-Hollis',
    ]);
  });

  it('treats brackets and dots in a term as plain text, and a blank term as nothing', () => {
    expect(found('call (01225) 7.7 now', '(01225) 7.7')).toEqual(['(01225) 7.7']);
    expect(found('anything', '  ')).toEqual([]);
  });

  it('keys terms the same whatever their case, accents, apostrophes and spacing', () => {
    expect(termKey('  O’Brien  Østergaard ')).toBe(termKey("o'brien ostergaard"));
  });
});
