import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from './iso-date';
import { buildCalendar, escapeText, foldLine } from './ics-calendar';

const STAMP = '2026-11-24T09:30:05.123Z' as IsoDateTime;
const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar files', () => {
  it('ends every line with CRLF and has no bare line feeds', () => {
    const ics = buildCalendar(
      [{ uid: 'a@x', date: '2026-12-31' as IsoDate, summary: 'S', description: 'D' }],
      STAMP,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes all-day events with DATE values, the next day as the end, and a UTC DTSTAMP', () => {
    const ics = buildCalendar(
      [{ uid: 'a@x', date: '2026-12-31' as IsoDate, summary: 'S', description: 'D' }],
      STAMP,
    );
    expect(ics).toContain('\r\nUID:a@x\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261124T093005Z\r\n');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
