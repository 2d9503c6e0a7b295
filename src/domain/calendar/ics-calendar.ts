// iCalendar (RFC 5545) files of due dates, so reminders live in the user's own calendar. Each
// event is all-day on its UK due date. Built only from what the caller passes: the callers pass a
// case reference, a partnership and a stage, never a client detail.
import type { IsoDate, IsoDateTime } from './iso-date';
import { fromDayNumber, toDayNumber } from './day-number';

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable for the same reminder, so re-importing updates, not duplicates. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF then one space, never splitting a
 * UTF-8 character. Continuation lines hold 74 octets after their leading space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basicDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function nextDay(date: IsoDate): string {
  return basicDate(fromDayNumber(toDayNumber(date) + 1));
}

function basicInstant(instant: IsoDateTime): string {
  return `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * A whole VCALENDAR of all-day events, lines folded and ended with CRLF. `stamp` is the moment
 * the file is made (DTSTAMP, in UTC); the clock is the caller's.
 */
export function buildCalendar(events: readonly CalendarEvent[], stamp: IsoDateTime): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Escalate//Escalation due dates//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${basicInstant(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'CLASS:PRIVATE',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
