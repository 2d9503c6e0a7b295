import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import type { AgencyType } from '../policy/agency-type';
import { entryFromNotification } from './register-entry';
import type { RegisterListItem } from './register-filter';
import { testNotificationData } from './register-test-data';
import {
  buildThemesReport,
  lastCompleteHalfYear,
  median,
  periodLabel,
  previousPeriod,
  themesTable,
} from './themes';

const d = (value: string) => value as IsoDate;

function item(caseRef: string, receivedOn: string, overrides = {}): RegisterListItem {
  const entry = entryFromNotification(
    caseRef,
    testNotificationData(caseRef, undefined, overrides),
    caseRef,
    d(receivedOn),
  );
  return { ...entry, status: 'received', acknowledgedOn: null };
}

describe('periods', () => {
  it('defaults to the last complete half-year: April–September or October–March', () => {
    expect(lastCompleteHalfYear(d('2026-12-04'))).toEqual({ from: '2026-04-01', to: '2026-09-30' });
    expect(lastCompleteHalfYear(d('2026-04-01'))).toEqual({ from: '2025-10-01', to: '2026-03-31' });
    expect(lastCompleteHalfYear(d('2026-02-10'))).toEqual({ from: '2025-04-01', to: '2025-09-30' });
  });

  it('names periods and finds the one before', () => {
    expect(periodLabel({ from: d('2026-04-01'), to: d('2026-09-30') })).toBe(
      'April to September 2026',
    );
    expect(periodLabel({ from: d('2025-10-01'), to: d('2026-03-31') })).toBe(
      'October 2025 to March 2026',
    );
    expect(previousPeriod({ from: d('2026-04-01'), to: d('2026-09-30') })).toEqual({
      from: '2025-10-01',
      to: '2026-03-31',
    });
    expect(previousPeriod({ from: d('2026-05-11'), to: d('2026-05-20') })).toEqual({
      from: '2026-05-01',
      to: '2026-05-10',
    });
  });
});

describe('themes report', () => {
  const items = [
    item('A', '2026-04-10', { workingDaysToResolution: 4 }),
    item('B', '2026-04-20', { workingDaysToResolution: 12 }),
    item('C', '2026-06-02', {
      ending: 'open',
      endedOn: null,
      workingDaysToResolution: null,
      receivingAgencyTypes: ['police', 'health'],
    }),
    item('D', '2026-01-15', { workingDaysToResolution: 30 }),
    item('E', '2025-08-01'),
  ];
  const report = buildThemesReport(items, { from: d('2026-04-01'), to: d('2026-09-30') });
  const table = (id: string) => report.tables.find((candidate) => candidate.id === id);

  it('counts this period against the previous one, by category and agency', () => {
    expect(report.total).toBe(3);
    expect(report.previousTotal).toBe(1);
    expect(table('categories')?.rows).toEqual([
      { label: 'Levels of need or thresholds', count: 3, previous: 1 },
    ]);
    expect(table('receiving')?.rows).toEqual([
      { label: 'Children’s social care', count: 2, previous: 1 },
      { label: expect.stringMatching(/^Health/) as unknown as string, count: 1, previous: 0 },
      { label: 'Police', count: 1, previous: 0 },
    ]);
    expect(table('categories')?.summary).toBe(
      'Levels of need or thresholds was the most common category: 3 notifications, up from 1 in the previous period.',
    );
  });

  it('gives resolved against unresolved, and the median working days with its distribution', () => {
    expect(table('resolved')?.rows).toEqual([
      { label: 'Resolved', count: 2, previous: 1 },
      { label: 'Not resolved', count: 1, previous: 0 },
    ]);
    expect(report.medianWorkingDays).toBe(8);
    expect(table('working-days')?.rows.map((row) => row.count)).toEqual([1, 0, 1, 0, 0]);
    expect(table('working-days')?.summary).toContain('8 working days or fewer');
  });

  it('shows every month of the period, including empty ones', () => {
    expect(table('months')?.rows.map((row) => [row.label, row.count])).toEqual([
      ['April 2026', 2],
      ['May 2026', 0],
      ['June 2026', 1],
      ['July 2026', 0],
      ['August 2026', 0],
      ['September 2026', 0],
    ]);
  });

  it('exports every table as rows', () => {
    const rows = themesTable(report);
    expect(rows[0]).toEqual([
      'Table',
      'Row',
      'April to September 2026',
      'October 2025 to March 2026',
    ]);
    expect(rows).toContainEqual(['Resolved or not', 'Resolved', '2', '1']);
  });

  it('names a half-year still running as such in the exported tables', () => {
    const [header] = themesTable(report, 'April to September 2026 (so far)');
    expect(header?.[2]).toBe('April to September 2026 (so far)');
  });

  it('counts how the resolved disagreements were resolved, against the previous period', () => {
    const how = buildThemesReport(
      [
        item('F', '2026-04-10', { resolvedHow: 'agreement' }),
        item('G', '2026-05-10', { resolvedHow: 'agreement' }),
        item('H', '2026-06-10', { resolvedHow: 'senior-decision' }),
        item('I', '2026-07-10', { resolvedHow: null }),
        // Not resolved: not counted here, whatever it carries.
        item('J', '2026-07-11', { ending: 'withdrawn', workingDaysToResolution: null }),
        item('K', '2026-02-10', { resolvedHow: 'agreement' }),
        item('L', '2026-03-10', { resolvedHow: 'partly' }),
      ],
      { from: d('2026-04-01'), to: d('2026-09-30') },
    );
    const resolvedHow = how.tables.find((candidate) => candidate.id === 'resolved-how');
    expect(resolvedHow?.title).toBe('How the resolved disagreements were resolved');
    expect(resolvedHow?.rows).toEqual([
      { label: 'Resolved by agreement between the agencies', count: 2, previous: 1 },
      { label: 'Resolved by a senior manager’s decision', count: 1, previous: 0 },
      { label: 'Partly resolved: some issues are outstanding', count: 0, previous: 1 },
      { label: 'Not said', count: 1, previous: 0 },
    ]);
    expect(resolvedHow?.summary).toBe(
      'Of the 4 resolved, 2 were resolved by agreement between the agencies, up from 1 in the previous period; 1 by a senior manager’s decision, 0 only partly, and 1 did not say how.',
    );
    expect(themesTable(how)).toContainEqual([
      'How the resolved disagreements were resolved',
      'Resolved by a senior manager’s decision',
      '1',
      '0',
    ]);
  });

  it('says so when nothing in the period was resolved', () => {
    const none = buildThemesReport([item('M', '2026-04-10', { ending: 'open' })], {
      from: d('2026-04-01'),
      to: d('2026-09-30'),
    });
    const resolvedHow = none.tables.find((candidate) => candidate.id === 'resolved-how');
    expect(resolvedHow?.rows).toEqual([]);
    expect(resolvedHow?.summary).toBe(
      'No notification in this period was resolved, so none says how.',
    );
  });

  it('names every category, stage and month that shares the top count, and each one’s change', () => {
    const stage = (order: number) => ({
      id: `stage-${order}`,
      kind: 'stage' as const,
      name: `Stage ${order}`,
      order,
    });
    const tied = buildThemesReport(
      [
        item('N', '2026-04-10', { about: ['levels-of-need'], stageReached: stage(1) }),
        item('O', '2026-05-10', { about: ['roles-and-responsibilities'], stageReached: stage(2) }),
        item('P', '2026-06-10', { about: ['communication'], stageReached: stage(3) }),
        item('Q', '2026-01-15', { about: ['communication'], stageReached: stage(1) }),
      ],
      { from: d('2026-04-01'), to: d('2026-09-30') },
    );
    const summary = (id: string) => tied.tables.find((candidate) => candidate.id === id)?.summary;
    // Every category recorded has one: none is "the most common", and each is compared with its
    // own count before. Names with an "and" of their own are parted by semicolons.
    expect(summary('categories')).toBe(
      'All the categories in this period’s notifications were equally common: Levels of need or thresholds; Roles and responsibilities; and Communication, with 1 notification each; in the previous period, Levels of need or thresholds had 0; Roles and responsibilities had 0; and Communication had 1.',
    );
    expect(summary('stages')).toBe(
      'All the stages reached in this period’s notifications were equally common: Stage 1, Stage 2 and Stage 3, with 1 notification each; in the previous period, Stage 1 had 1, Stage 2 had 0 and Stage 3 had 0.',
    );
    expect(summary('months')).toBe(
      'April 2026, May 2026 and June 2026 had the most notifications (1 each); 3 notifications in all, up from 1 in the previous period.',
    );
  });

  it('names the agency types that share the top count, some but not all, and says when every month ties', () => {
    const raising = (caseRef: string, receivedOn: string, raisingAgencyType: string) =>
      item(caseRef, receivedOn, { raisingAgencyType });
    const tied = buildThemesReport(
      [
        raising('R', '2026-04-10', 'education'),
        raising('S', '2026-05-11', 'education'),
        raising('T', '2026-06-10', 'police'),
        raising('U', '2026-07-11', 'police'),
        raising('V', '2026-08-12', 'health'),
        raising('W', '2026-03-10', 'education'),
        raising('X', '2026-03-11', 'police'),
      ],
      { from: d('2026-04-01'), to: d('2026-08-31') },
    );
    const summary = (id: string) => tied.tables.find((candidate) => candidate.id === id)?.summary;
    expect(summary('raising')).toBe(
      'Schools, colleges and early years settings; and Police were the most common agency types raising a concern, with 2 notifications each, up from 1 each in the previous period.',
    );
    expect(summary('months')).toBe(
      'Every month had 1 notification; 5 notifications in all, up from 2 in the previous period.',
    );
    // One clear top is named as before.
    expect(summary('receiving')).toBe(
      'Children’s social care was the most common agency type a concern was raised with: 5 notifications, up from 2 in the previous period.',
    );
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([1, 9, 3, 5])).toBe(4);
    expect(median([])).toBeNull();
  });
});

describe('themes of notifications that do not say whether they were resolved', () => {
  const period = { from: d('2026-04-01'), to: d('2026-09-30') };
  const silent = (caseRef: string, receivedOn: string): RegisterListItem => {
    const listed = item(caseRef, receivedOn);
    return { ...listed, facts: { ...listed.facts, ending: null, resolvedHow: null } };
  };

  it('counts them as not known, not as not resolved, and says so', () => {
    const report = buildThemesReport(
      [item('A', '2026-04-10'), silent('S1', '2026-05-10'), silent('S2', '2026-06-10')],
      period,
    );
    const resolved = report.tables.find((table) => table.id === 'resolved');
    expect(resolved?.rows).toEqual([
      { label: 'Resolved', count: 1, previous: 0 },
      { label: 'Not known', count: 2, previous: 0 },
    ]);
    expect(resolved?.summary).toBe(
      '1 of 3 notifications were resolved, up from 0 in the previous period; 2 do not say whether they were.',
    );
  });

  it('does not say none was resolved when none says', () => {
    const report = buildThemesReport([silent('S3', '2026-05-10')], period);
    const table = (id: string) => report.tables.find((candidate) => candidate.id === id);
    expect(table('resolved')?.summary).toBe(
      '0 of 1 notification were resolved, the same as the previous period (0); 1 does not say whether it was.',
    );
    expect(table('resolved-how')?.summary).toBe(
      'No notification in this period is known to have been resolved, so none says how.',
    );
  });
});

describe('themes of the agencies spreadsheet rows name', () => {
  const period = { from: d('2026-04-01'), to: d('2026-09-30') };
  const sheet = (caseRef: string, receivedOn: string, involved: AgencyType[]): RegisterListItem => {
    const listed = item(caseRef, receivedOn);
    return {
      ...listed,
      facts: {
        ...listed.facts,
        raisingAgencyType: null,
        receivingAgencyTypes: [],
        involvedAgencyTypes: involved,
      },
    };
  };
  const report = buildThemesReport(
    [
      sheet('S1', '2026-04-10', ['police', 'childrens-social-care']),
      sheet('S2', '2026-05-10', ['police']),
      sheet('S3', '2026-06-10', ['housing']),
    ],
    period,
  );
  const table = (id: string) => report.tables.find((candidate) => candidate.id === id);

  it('counts them as involved, under neither raising nor raised with', () => {
    expect(table('involved')?.title).toBe('Agencies named in spreadsheet rows');
    expect(table('involved')?.rows).toEqual([
      { label: 'Children’s social care', count: 1, previous: 0 },
      { label: 'Police', count: 2, previous: 0 },
      { label: 'Housing and housing support', count: 1, previous: 0 },
    ]);
    expect(table('involved')?.summary).toBe(
      'Police was the most common agency type named in spreadsheet rows: 2 notifications, up from 0 in the previous period. Spreadsheet rows do not say which agency raised the concern, so their agencies are counted here, not in the two tables above.',
    );
    expect(table('raising')?.rows).toEqual([]);
    expect(table('receiving')?.rows).toEqual([]);
  });

  it('says in plain words when no notification gives the agencies’ roles', () => {
    expect(table('raising')?.summary).toBe(
      'No notification in this period says which type of agency raised the concern.',
    );
    expect(table('receiving')?.summary).toBe(
      'No notification in this period says which type of agency the concern was raised with.',
    );
  });

  it('leaves the table out of a register whose rows name no agency', () => {
    const none = buildThemesReport([item('A', '2026-04-10')], period);
    expect(none.tables.map((candidate) => candidate.id)).not.toContain('involved');
  });
});
