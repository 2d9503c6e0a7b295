// Turns rows of an existing spreadsheet (read from its CSV) into register entries, once the user
// has said which of its columns holds what. Each row is imported or refused on its own.
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { MONTH_NAMES } from '../calendar/date-words';
import { registerColumnKeys, registerColumns, type RegisterColumnKey } from './register-columns';
import {
  registerStatuses,
  registerStatusLabels,
  type RegisterEntry,
  type RegisterStatus,
} from './register-entry';
import { disagreementThemes, type DisagreementTheme } from './notification-themes';
import { agencyTypesNamed, endingOfSpreadsheetRow } from './spreadsheet-facts';

/** Which column of the spreadsheet (0-based) holds each register column; null if none. */
export type ColumnMapping = Record<RegisterColumnKey, number | null>;

/** A first guess at the mapping from the spreadsheet's header, each column used once. */
export function guessColumnMapping(header: readonly string[]): ColumnMapping {
  const used = new Set<number>();
  const mapping = {} as ColumnMapping;
  const exact = (key: RegisterColumnKey) =>
    header.findIndex(
      (cell) => cell.trim().toLowerCase() === registerColumns[key].label.toLowerCase(),
    );
  for (const key of registerColumnKeys) {
    const index = exact(key);
    mapping[key] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  for (const key of registerColumnKeys) {
    if (mapping[key] !== null) continue;
    const index = header.findIndex(
      (cell, at) => !used.has(at) && registerColumns[key].matches.test(cell),
    );
    if (index >= 0) {
      mapping[key] = index;
      used.add(index);
    }
  }
  return mapping;
}

const pad = (value: number) => String(value).padStart(2, '0');

function checked(year: number, month: number, day: number): IsoDate | null {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? (text as IsoDate) : null;
}

/** A date's numbers as written, not yet checked; `dayFirst` when written like 31/03/2026. */
interface WrittenDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly dayFirst: boolean;
}

/** The numbers of a date written in one of the forms a UK spreadsheet uses, or null. */
function writtenDate(text: string): WrittenDate | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  if (match) {
    return {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      dayFirst: false,
    };
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[3]);
    return {
      year: year < 100 ? 2000 + year : year,
      month: Number(match[2]),
      day: Number(match[1]),
      dayFirst: true,
    };
  }
  match = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(value);
  if (match) {
    const name = (match[2] ?? '').toLowerCase();
    const month = MONTH_NAMES.findIndex((candidate) =>
      candidate.toLowerCase().startsWith(name.slice(0, 3)),
    );
    if (month < 0) return null;
    return { year: Number(match[3]), month: month + 1, day: Number(match[1]), dayFirst: false };
  }
  return null;
}

/** A UK spreadsheet date: 31/03/2026, 31-03-26, 2026-03-31 or 31 March 2026 (or Mar). */
export function parseSpreadsheetDate(text: string): IsoDate | null {
  const date = writtenDate(text);
  return date ? checked(date.year, date.month, date.day) : null;
}

/**
 * Why a date written in a form the import reads is still not a date, e.g. `{ date: '29 February
 * 2026', why: '2026 is not a leap year' }`; null when it is a real date or not written as a date at
 * all. A user who typed 29/02/2026 wrote the right form: telling them to write "a date like
 * 31/03/2026" would send them looking for a mistake they did not make.
 */
export function impossibleDate(text: string): { date: string; why: string } | null {
  const written = writtenDate(text);
  if (!written || parseSpreadsheetDate(text)) return null;
  const { year, month, day } = written;
  const quoted = `“${text.trim()}”`;
  if (month < 1 || month > 12) {
    const order = written.dayFirst ? '; dates are read day first, like 31/03/2026' : '';
    return { date: quoted, why: `there is no month ${month}${order}` };
  }
  if (day < 1) return { date: quoted, why: 'there is no day 0' };
  if (day > 31) return { date: quoted, why: 'no month has more than 31 days' };
  const monthName = MONTH_NAMES[month - 1] ?? '';
  const date = `${day} ${monthName} ${year}`;
  if (month === 2 && day === 29) return { date, why: `${year} is not a leap year` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { date, why: `${monthName}${month === 2 ? ` ${year}` : ''} has ${days} days` };
}

const THEME_WORDS: readonly [DisagreementTheme, RegExp][] = [
  ['levels-of-need', /threshold|level of need|levels of need/i],
  ['roles-and-responsibilities', /role|responsib/i],
  ['need-for-action', /need for action|action|risk/i],
  ['communication', /communicat/i],
  ['information-sharing', /information|sharing/i],
  ['assessment-or-plan', /assessment|plan/i],
];

function themesOf(labels: readonly string[]): DisagreementTheme[] {
  const themes = labels.map(
    (label) => THEME_WORDS.find(([, words]) => words.test(label))?.[0] ?? ('other' as const),
  );
  return disagreementThemes.filter((theme) => themes.includes(theme));
}

function statusOf(text: string): RegisterStatus {
  const value = text.trim().toLowerCase();
  return (
    registerStatuses.find((status) => registerStatusLabels[status].toLowerCase() === value) ??
    (/closed|complete|resolved/.test(value) ? 'closed' : 'received')
  );
}

/** What to do about a refused row: the rows imported the first time are not imported twice. */
const FIX_AND_IMPORT_AGAIN =
  'Correct it in the spreadsheet, export it as CSV again and import the new file: rows already in the register are left as they are.';

/**
 * Why the `which` date (received, acknowledged) cannot be read: not a real date, with the reason,
 * or not written as a date at all.
 */
function dateProblem(which: string, text: string): string {
  const impossible = impossibleDate(text);
  return impossible
    ? `the ${which} date, ${impossible.date}, is not a real date (${impossible.why})`
    : `the ${which} date “${text}” is not a date like 31/03/2026`;
}

/**
 * An acknowledged date the import could not read: the row is imported without it (the register
 * shows it not yet acknowledged), and the user is told, rather than the date vanishing unsaid.
 */
function unreadAcknowledgement(row: number, text: string): string {
  return `Row ${row}: ${dateProblem('acknowledged', text)}, so the row was imported without it. Record the acknowledgement on the entry’s page.`;
}

/** One spreadsheet row's outcome: an entry, or a refusal naming the row. */
export type SpreadsheetRowResult =
  | {
      readonly ok: true;
      readonly row: number;
      readonly entry: RegisterEntry;
      /** What the import left out of an imported row, said to the user (an unreadable date). */
      readonly note?: string;
    }
  | { readonly ok: false; readonly row: number; readonly reason: string };

/**
 * The entries of a spreadsheet's data rows (without its header) under `mapping`. A row needs a case
 * reference and a received date it can read; anything else may be blank. `row` numbers count the
 * header as row 1, as the spreadsheet shows them.
 */
export function entriesFromSpreadsheet(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  newId: () => string,
): SpreadsheetRowResult[] {
  return rows.map((cells, index): SpreadsheetRowResult => {
    const row = index + 2;
    const cell = (key: RegisterColumnKey) => {
      const at = mapping[key];
      return at === null ? '' : (cells[at] ?? '').trim();
    };
    const caseRef = cell('caseRef');
    if (caseRef === '')
      return { ok: false, row, reason: `Row ${row}: no case reference, so it was not imported.` };
    const receivedOn = parseSpreadsheetDate(cell('received'));
    if (!receivedOn) {
      const problem = dateProblem('received', cell('received'));
      return {
        ok: false,
        row,
        reason: `Row ${row}: ${problem}, so it was not imported. ${FIX_AND_IMPORT_AGAIN}`,
      };
    }
    const categoryLabels = cell('category')
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean);
    const stageName = cell('stageReached');
    const order = /(?:stage|level)\s*(\d+)/i.exec(stageName)?.[1];
    const status = statusOf(cell('status'));
    const ended = endingOfSpreadsheetRow(cell('outcome'), cell('status'));
    const acknowledgedOn = parseSpreadsheetDate(cell('acknowledgedOn'));
    return {
      ok: true,
      row,
      ...(acknowledgedOn === null && cell('acknowledgedOn') !== ''
        ? { note: unreadAcknowledgement(row, cell('acknowledgedOn')) }
        : {}),
      entry: {
        id: newId(),
        caseRef,
        sha256: null,
        source: 'spreadsheet',
        receivedOn,
        generatedAt: null,
        facts: {
          partnership: '',
          categoryLabels,
          categoryThemes: themesOf(categoryLabels),
          raisingAgencyType: null,
          receivingAgencyTypes: [],
          involvedAgencyTypes: agencyTypesNamed(cell('agencies')),
          stageOrder: order ? Number(order) : null,
          stageName,
          ending: ended?.ending ?? null,
          startedOn: null,
          endedOn: null,
          workingDaysToResolution: null,
          learningIdentified: cell('learning') !== '',
          resolvedHow: ended?.resolvedHow ?? null,
        },
        columns: {
          agencies: cell('agencies'),
          summary: cell('summary'),
          outcome: cell('outcome'),
          learning: cell('learning'),
        },
        partnership: {
          partnershipActions: cell('partnershipActions'),
          status,
          acknowledgedOn,
          planOfAction: cell('planOfAction'),
        },
        notification: null,
      },
    };
  });
}
