import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, UTF8_BOM, writeCsv } from './csv';

describe('CSV', () => {
  it('writes a BOM, CRLF line ends, and quotes fields with commas, quotes and line breaks', () => {
    expect(
      writeCsv([
        ['Case', 'Summary'],
        ['ESC-1', 'Said "no", then\nagreed'],
      ]),
    ).toBe(`${UTF8_BOM}Case,Summary\r\nESC-1,"Said ""no"", then\nagreed"\r\n`);
  });

  it('reads what it writes, accents and all, for any text', () => {
    const field = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(writeCsv(rows));
          expect(parsed).toEqual({ ok: true, rows });
        },
      ),
    );
  });

  it('reads a spreadsheet export with LF line ends, no BOM and blank lines', () => {
    expect(parseCsv('Received,Case\n01/04/2026,ESC-1\n\n02/04/2026,"Zoë, Łukasz"\n')).toEqual({
      ok: true,
      rows: [
        ['Received', 'Case'],
        ['01/04/2026', 'ESC-1'],
        ['02/04/2026', 'Zoë, Łukasz'],
      ],
    });
  });

  it('refuses an unclosed quote instead of guessing', () => {
    expect(parseCsv('a,"b\nc,d')).toEqual({ ok: false, error: 'unclosed-quote' });
  });
});
