import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import type { KnownClient } from './types';

const child: KnownClient = { child: { firstName: 'Ruby', lastName: 'Hale' } };

/** The type the anonymiser gives `word` in `text`, or undefined when it is not proposed. */
function typeOf(text: string, word: string, client: KnownClient = child): string | undefined {
  return anonymise(text, client).findings.find((finding) => finding.original === word)?.type;
}

describe('places typed by the slot they stand in', () => {
  it('a place a person is "of", with or without an age', () => {
    expect(
      typeOf('Ruby is seeing Kane Duckett (19) of Brackmoor. Mum is worried.', 'Brackmoor'),
    ).toBe('place');
  });

  it('a place after a person’s job in brackets', () => {
    expect(typeOf('Seen by Alec Munro (shepherd, Tarbock) on the hill road.', 'Tarbock')).toBe(
      'place',
    );
  });

  it('a person after a relationship word in brackets stays a name', () => {
    expect(typeOf('Ruby went out with a lad (friend, Kenzo) last night.', 'Kenzo')).not.toBe(
      'place',
    );
  });

  it('a district after a town already found, and a town before its country', () => {
    expect(typeOf('Ruby’s dad, Lee Hale, of Hill Top, Muker, Swaledale.', 'Swaledale')).toBe(
      'place',
    );
    expect(typeOf('Ruby went to school in Paderlohe, Germany, for two years.', 'Paderlohe')).toBe(
      'place',
    );
  });

  it('the short form of the child’s school in the town slot after an address is the town', () => {
    const client: KnownClient = {
      child: { firstName: 'Ruby', lastName: 'Hale' },
      address: { line1: '3 Ladywell Close', town: 'Nottingham', postcode: 'NG6 8GZ' },
      school: 'Bulwell Academy',
    };
    const text = 'Nan lives at the family home, 3 Ladywell Close, Bulwell. Ruby stays there.';
    expect(typeOf(text, 'Bulwell', client)).toBe('place');
    expect(typeOf('Ruby goes to Bulwell Academy.', 'Bulwell Academy', client)).toBe('school');
  });

  it('a place guess followed by a phone number, ", who" or a giving verb is a person', () => {
    expect(typeOf('Texts from Jas (07700 900 674) to Ruby last night.', 'Jas')).toBe('name');
    expect(typeOf('Ruby says Pemberton gave her his number.', 'Pemberton')).toBe('name');
  });

  it('a place after "in" or "from" stays a place before a phone number or ", who"', () => {
    expect(typeOf('Ruby can go to Aunt Shilan in Longsight (07700 900 391).', 'Longsight')).toBe(
      'place',
    );
    expect(typeOf('She sees Aaron Skipper (24) from Cromer, who sells to her.', 'Cromer')).toBe(
      'place',
    );
  });
});
