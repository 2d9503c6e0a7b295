import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise';
import { countryWords } from './countries';
import { tokenise } from './text';

const child = { child: { firstName: 'Ruby', lastName: 'Hale' } };

function words(text: string): string[] {
  return countryWords(text, tokenise(text)).map((span) => text.slice(span.start, span.end));
}

describe('countries abroad (decision 0070)', () => {
  it('knows a country by one word or a listed pair, written with a capital', () => {
    expect(words('Dad left for New Zealand; Nan is in Poland; cousin in sierra leone.')).toEqual([
      'New Zealand',
      'Poland',
    ]);
  });

  it('leaves countries that are given names or words, and the UK’s nations', () => {
    expect(
      words('Jordan and Chad came; Turkey for tea; Northern Ireland, Wales, Homes for Ukraine.'),
    ).toEqual([]);
  });

  it('never proposes a country, nor guesses one as a stranger’s name', () => {
    const text = 'Ruby said her uncle Dariusz left for New Zealand and Mum is in Poland.';
    const found = anonymise(text, child).findings.map((finding) => finding.original);
    expect(found).not.toContain('Zealand');
    expect(found).not.toContain('New Zealand');
    expect(found).not.toContain('Poland');
  });

  it('keeps nationality words and languages', () => {
    const found = anonymise('Ruby is Polish and speaks Tigrinya with Nan.', child).findings;
    expect(found.map((finding) => finding.original)).not.toContain('Polish');
  });
});
