// A date in a table's date-of-birth column: a header row names the column ("| Name | DOB | NHS no.
// |", "Name | Relationship | Date of birth") and each row below it holds one person's date there,
// with no cue beside the date itself ("| Holly Frost | sister | 25/12/2019 | speech delay |").
import type { Span } from './types';

/** A header cell that names the date-of-birth column. */
const BIRTH_HEADER =
  /^\s*(?:d\.?\s?o\.?\s?b\.?|d\/o\/b|date\s+of\s+birth|birth\s*date|born)\s*:?\s*$/iu;
/** How many lines above a row its header may stand: a long table's rows each look only so far up. */
const MAX_ROWS_UP = 40;

/** The column of `at` in its line: how many bars stand before it. */
function column(line: string, at: number): number {
  let bars = 0;
  for (let i = 0; i < at; i += 1) if (line.charAt(i) === '|') bars += 1;
  return bars;
}

/**
 * True when the date lies in a table row whose column is headed as a date of birth, in the rows
 * just above it (each holding a bar), up to the header.
 */
export function inBirthDateColumn(text: string, date: Span): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!line.includes('|')) return false;
  const at = column(line, date.start - lineStart);
  let end = lineStart - 1;
  for (let up = 0; up < MAX_ROWS_UP && end > 0; up += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const row = text.slice(start, end);
    if (!row.includes('|')) return false;
    const cell = row.split('|')[at];
    if (cell !== undefined && BIRTH_HEADER.test(cell)) return true;
    end = start - 1;
  }
  return false;
}
