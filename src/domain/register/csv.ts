// CSV as RFC 4180 describes it: fields separated by commas, records by CRLF, quoted with double
// quotes when they hold a comma, quote or line break. Written with a UTF-8 byte order mark so
// Excel opens accents correctly; read with or without one.

/** The byte order mark that tells Excel a CSV file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

function quoted(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The CSV text of `rows` (the first is usually the header), with a BOM and CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n';
}

/** Why a CSV file could not be read. */
export type CsvError = 'unclosed-quote';

/**
 * The rows of a CSV text: accepts CRLF, LF or CR line ends, quoted fields with doubled quotes and
 * line breaks, and a leading BOM. Blank lines are skipped. An unclosed quote is an error, not a
 * guess.
 */
export function parseCsv(
  text: string,
): { ok: true; rows: string[][] } | { ok: false; error: CsvError } {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let index = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (index < source.length) {
    const char = source[index] as string;
    if (inQuotes) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') inQuotes = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') inQuotes = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && source[index + 1] === '\n') index += 1;
    } else field += char;
    index += 1;
  }
  if (inQuotes) return { ok: false, error: 'unclosed-quote' };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
