// The XLSX export is a well-formed workbook whose cells hold the text exactly, accents included.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './xlsx-workbook';

describe('writeXlsx', () => {
  const bytes = writeXlsx([
    {
      name: 'Register',
      rows: [
        ['Case reference', 'Summary'],
        ['ESC-1', 'Zoë & Łukasz <agreed> "yes"\u0001'],
      ],
    },
    {
      name: 'Themes: April/Sept',
      rows: [
        ['Row', 'Count'],
        ['Police', '12'],
      ],
    },
  ]);
  const files = unzipSync(bytes);

  it('holds the parts Excel needs, each well-formed XML', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const [name, content] of Object.entries(files)) {
      const parsed = new DOMParser().parseFromString(strFromU8(content), 'application/xml');
      expect(parsed.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
  });

  it('keeps accents and symbols, writes whole numbers as numbers, and names sheets safely', () => {
    const sheet1 = new DOMParser().parseFromString(
      strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array()),
      'application/xml',
    );
    const texts = [...sheet1.getElementsByTagName('t')].map((node) => node.textContent);
    expect(texts).toContain('Zoë & Łukasz <agreed> "yes"');
    const sheet2 = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(sheet2).toContain('<c r="B2"><v>12</v></c>');
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toContain(
      'name="Themes  April Sept"',
    );
  });
});
