// What a table's column holds, read from its header row: a date in a date-of-birth column ("| Name
// | DOB | NHS no. |", "Name | Relationship | Date of birth") and a town alone in a column of
// where someone is or was found ("Date | Hrs | Found | With", "| Name | DOB | Address |"), with no
// cue beside the cell itself ("| Holly Frost | sister | 25/12/2019 |", "08/11 | 60 | Glasgow |").
import type { Span } from './types';

/** A header cell that names the date-of-birth column. */
const BIRTH_HEADER =
  /^\s*(?:d\.?\s?o\.?\s?b\.?|d\/o\/b|date\s+of\s+birth|birth\s*date|born)\s*:?\s*$/iu;
/** A header cell that names a column of where someone lives, is or was found. */
const PLACE_HEADER =
  /^\s*(?:(?:home\s+)?address|home|town|where(?:\s+(?:found|seen|located))?|(?:location\s+)?found(?:\s+(?:at|in))?|found\s+location|lives?(?:\s+in|\s+with)?)\s*:?\s*$/iu;
/** How many lines above a row its header may stand: a long table's rows each look only so far up. */
const MAX_ROWS_UP = 40;
/** The longest line read as a table's row (and the longest row looked at above it). */
const MAX_ROW = 600;

/** The column of `at` in its line: how many bars stand before it. */
function column(line: string, at: number): number {
  let bars = 0;
  for (let i = 0; i < at; i += 1) if (line.charAt(i) === '|') bars += 1;
  return bars;
}

/**
 * True when a row just above the span's (each holding a bar, up to the header) has a cell in the
 * span's column that matches `header`. With `whole`, the span must fill its own cell.
 */
function underHeader(text: string, span: Span, header: RegExp, whole: boolean): boolean {
  const lineStart = lineStartBefore(text, span.start);
  const after = text.slice(span.end, span.end + MAX_ROW);
  const lineEnd = span.end + (after.includes('\n') ? after.indexOf('\n') : after.length);
  if (lineStart === undefined || lineEnd - lineStart > MAX_ROW) return false;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|')) return false;
  const at = column(line, span.start - lineStart);
  if (whole && line.split('|')[at]?.trim() !== text.slice(span.start, span.end)) return false;
  let end = lineStart - 1;
  for (let up = 0; up < MAX_ROWS_UP && end > 0; up += 1) {
    const start = lineStartBefore(text, end);
    if (start === undefined) return false;
    const row = text.slice(start, end);
    if (!row.includes('|')) return false;
    const cell = row.split('|')[at];
    if (cell !== undefined && header.test(cell)) return true;
    end = start - 1;
  }
  return false;
}

/**
 * Where the line holding `at` starts, read back at most a row's length (so a field of one long
 * line costs no more per span); undefined when the line is longer than a table's row.
 */
function lineStartBefore(text: string, at: number): number | undefined {
  const from = Math.max(0, at - MAX_ROW);
  const newline = text.slice(from, at).lastIndexOf('\n');
  if (newline >= 0) return from + newline + 1;
  return from === 0 ? 0 : undefined;
}

/** True when the date lies in a table column headed as a date of birth. */
export function inBirthDateColumn(text: string, date: Span): boolean {
  return underHeader(text, date, BIRTH_HEADER, false);
}

/** True when the span fills a table cell in a column headed as where someone lives or was found. */
export function inPlaceColumn(text: string, span: Span): boolean {
  return underHeader(text, span, PLACE_HEADER, true);
}
