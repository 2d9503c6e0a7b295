import { describe, expect, it } from 'vitest';
import {
  entriesFromSpreadsheet,
  guessColumnMapping,
  impossibleDate,
  parseSpreadsheetDate,
  type ColumnMapping,
} from './spreadsheet-import';

const header = [
  'Date received',
  'Case Ref',
  'Agencies involved',
  'Level reached',
  'Category',
  'Summary of issue',
  'Outcome',
  'Subsequent actions',
  'Status',
  'Acknowledged',
  'Plan of action',
  'Lessons learned',
];

describe('importing an existing spreadsheet', () => {
  it('guesses which column is which from another spreadsheet’s headings', () => {
    expect(guessColumnMapping(header)).toEqual({
      received: 0,
      caseRef: 1,
      agencies: 2,
      stageReached: 3,
      category: 4,
      summary: 5,
      outcome: 6,
      partnershipActions: 7,
      status: 8,
      acknowledgedOn: 9,
      planOfAction: 10,
      learning: 11,
    });
  });

  it('reads UK dates in the forms spreadsheets use', () => {
    expect(parseSpreadsheetDate('31/03/2026')).toBe('2026-03-31');
    expect(parseSpreadsheetDate('1-4-26')).toBe('2026-04-01');
    expect(parseSpreadsheetDate('2026-04-01')).toBe('2026-04-01');
    expect(parseSpreadsheetDate('3 Sept 2026')).toBe('2026-09-03');
    expect(parseSpreadsheetDate('31/02/2026')).toBeNull();
    expect(parseSpreadsheetDate('soon')).toBeNull();
  });

  it('imports each good row and refuses each bad one with its row number', () => {
    let next = 0;
    const results = entriesFromSpreadsheet(
      [
        [
          '01/04/2026',
          'SC-001',
          'School; CSC',
          'Level 3',
          'Thresholds',
          'Zoë’s referral',
          'Agreed',
          'Chased',
          'Closed',
          '03/04/2026',
          'Audit',
          'Use the threshold doc',
        ],
        ['', 'SC-002', '', '', '', '', '', '', '', '', '', ''],
        ['02/04/2026', '', '', '', '', '', '', '', '', '', '', ''],
      ],
      guessColumnMapping(header),
      () => `id-${(next += 1)}`,
    );
    expect(results.map((result) => result.ok)).toEqual([true, false, false]);
    const [first, second, third] = results;
    if (!first?.ok) throw new Error('first row refused');
    expect(first.entry).toMatchObject({
      id: 'id-1',
      caseRef: 'SC-001',
      source: 'spreadsheet',
      receivedOn: '2026-04-01',
      columns: { summary: 'Zoë’s referral', learning: 'Use the threshold doc' },
      partnership: { status: 'closed', acknowledgedOn: '2026-04-03', planOfAction: 'Audit' },
    });
    expect(first.entry.facts).toMatchObject({ stageOrder: 3, categoryThemes: ['levels-of-need'] });
    expect(second).toMatchObject({ ok: false, row: 3 });
    expect(second?.ok === false && second.reason).toContain('received date');
    expect(third?.ok === false && third.reason).toContain('Row 4: no case reference');
  });

  it('imports a row whose acknowledged date it cannot read, and says the date was left out', () => {
    const mapping: ColumnMapping = { ...guessColumnMapping(header) };
    const at = mapping.acknowledgedOn;
    expect(at).not.toBeNull();
    const cells = Array<string>(header.length).fill('');
    cells[0] = '02/03/2026';
    cells[1] = 'SC-010';
    cells[at ?? 0] = '31/02/2026';
    const [result] = entriesFromSpreadsheet([cells], mapping, () => 'id');
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.entry.partnership.acknowledgedOn).toBeNull();
    expect(result.note).toBe(
      'Row 2: the acknowledged date, 31 February 2026, is not a real date (February 2026 has 28 days), so the row was imported without it. Record the acknowledgement on the entry’s page.',
    );
  });

  it('says why a date written the right way is still refused, and what to do', () => {
    const mapping: ColumnMapping = { ...guessColumnMapping(header) };
    const row = (received: string) => {
      const cells = Array<string>(header.length).fill('');
      cells[0] = received;
      cells[1] = 'SC-009';
      return cells;
    };
    const [leap, sloppy] = entriesFromSpreadsheet(
      [row('29/02/2026'), row('soon')],
      mapping,
      () => 'id',
    );
    expect(leap?.ok === false && leap.reason).toBe(
      'Row 2: the received date, 29 February 2026, is not a real date (2026 is not a leap year), so it was not imported. Correct it in the spreadsheet, export it as CSV again and import the new file: rows already in the register are left as they are.',
    );
    expect(sloppy?.ok === false && sloppy.reason).toMatch(
      /^Row 3: the received date “soon” is not a date like 31\/03\/2026, so it was not imported\. Correct it/,
    );
    expect(impossibleDate('29/02/2028')).toBeNull();
    expect(impossibleDate('31/04/2026')).toEqual({
      date: '31 April 2026',
      why: 'April has 30 days',
    });
    expect(impossibleDate('30 Feb 2026')).toEqual({
      date: '30 February 2026',
      why: 'February 2026 has 28 days',
    });
    expect(impossibleDate('03/31/2026')).toEqual({
      date: '“03/31/2026”',
      why: 'there is no month 31; dates are read day first, like 31/03/2026',
    });
    expect(impossibleDate('soon')).toBeNull();
  });

  it('reads whether each row was resolved from its outcome and status, when they plainly say', () => {
    const row = (outcome: string, status: string) => {
      const cells = Array<string>(header.length).fill('');
      cells[0] = '01/04/2026';
      cells[1] = `SC-${outcome}-${status}`;
      cells[6] = outcome;
      cells[8] = status;
      return cells;
    };
    const results = entriesFromSpreadsheet(
      [
        row('Resolved at stage 1', 'Closed'),
        row('Not resolved', 'In progress'),
        row('', 'Closed'),
        row('Partly resolved', 'Closed'),
      ],
      guessColumnMapping(header),
      () => 'id',
    );
    expect(
      results.map((result) =>
        result.ok ? [result.entry.facts.ending, result.entry.facts.resolvedHow] : 'refused',
      ),
    ).toEqual([
      ['resolved', null],
      ['open', null],
      [null, null],
      ['resolved', 'partly'],
    ]);
  });

  it('reads the agency types its agencies column plainly names, keeping its words as they are', () => {
    const cells = Array<string>(header.length).fill('');
    cells[0] = '01/04/2026';
    cells[1] = 'SC-010';
    cells[2] = 'Police; Larkspur Primary; Housing';
    const [result] = entriesFromSpreadsheet([cells], guessColumnMapping(header), () => 'id');
    if (!result?.ok) throw new Error('refused');
    expect(result.entry.facts.involvedAgencyTypes).toEqual(['police', 'housing']);
    expect(result.entry.facts.raisingAgencyType).toBeNull();
    expect(result.entry.facts.receivingAgencyTypes).toEqual([]);
    expect(result.entry.columns.agencies).toBe('Police; Larkspur Primary; Housing');
  });
});
