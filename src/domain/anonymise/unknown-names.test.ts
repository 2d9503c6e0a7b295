import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string, professionals: string[] = []): [string, string][] {
  const keys = new Set(professionals.map((name) => name.toLowerCase()));
  return findUnknownNames(text, tokenise(text), [], keys).map((f) => [f.original, f.confidence]);
}

describe('findUnknownNames', () => {
  it('finds names after and before relationship words', () => {
    expect(
      unknown(
        "Mum's new partner Dean Walsh visited. Her boyfriend, Kyle, left. Tracey (maternal aunt) rang.",
      ),
    ).toEqual([
      ['Dean', 'medium'],
      ['Walsh', 'medium'],
      ['Kyle', 'medium'],
      ['Tracey', 'medium'],
    ]);
  });

  it('finds names after titles and "known as", but not a known professional', () => {
    expect(
      unknown("Mr Patel helped; a man known as 'Jonno' and Mrs Hartley came.", ['hartley']),
    ).toEqual([
      ['Patel', 'medium'],
      ['Jonno', 'medium'],
    ]);
  });

  it('proposes other capitalised words mid-sentence with low confidence, and their repeats', () => {
    expect(unknown('She was with Connor at the park. Connor said he was 19.')).toEqual([
      ['Connor', 'low'],
      ['Connor', 'low'],
    ]);
  });

  it('keeps agencies, policy terms, places, organisations and names after professional titles', () => {
    const text =
      'I spoke to the MASH and Early Help about the Section 47 and the ICPC. She was found in Birmingham. ' +
      'Riverside Surgery and Dr Wilson agreed, as did Helen (HV) and PC 4521 Tranter on Monday.';
    expect(unknown(text)).toEqual([]);
  });

  it('leaves sentence-initial words alone unless a reporting verb follows', () => {
    expect(unknown('Attendance is poor. Kieran said he would help.')).toEqual([['Kieran', 'low']]);
  });
});
