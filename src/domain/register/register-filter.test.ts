import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { entryFromNotification } from './register-entry';
import { filterAndSort, filterChoices, NO_FILTER, type RegisterListItem } from './register-filter';
import { testNotificationData } from './register-test-data';

function item(caseRef: string, receivedOn: string, overrides = {}): RegisterListItem {
  const entry = entryFromNotification(
    caseRef,
    testNotificationData(caseRef, undefined, overrides),
    caseRef,
    receivedOn as IsoDate,
  );
  return { ...entry, status: entry.partnership.status, acknowledgedOn: null };
}

const items = [
  item('A', '2026-04-02'),
  item('B', '2026-05-02', { ending: 'open', endedOn: null, workingDaysToResolution: null }),
  item('C', '2026-10-02', {
    receivingAgencyTypes: ['police'],
    categories: [{ id: 'communication', label: 'Communication', theme: 'communication' }],
    about: ['communication'],
    stageReached: { id: 's3', kind: 'stage', name: 'Stage 3: Leads', order: 3 },
  }),
];

const ids = (list: RegisterListItem[]) => list.map((entry) => entry.id);

describe('filtering and sorting the register', () => {
  it('filters by period, resolved, agency type, category theme and stage', () => {
    const newest = { key: 'received', direction: 'descending' } as const;
    expect(
      ids(filterAndSort(items, { ...NO_FILTER, from: '2026-04-01', to: '2026-09-30' }, newest)),
    ).toEqual(['B', 'A']);
    expect(ids(filterAndSort(items, { ...NO_FILTER, resolved: 'unresolved' }, newest))).toEqual([
      'B',
    ]);
    expect(ids(filterAndSort(items, { ...NO_FILTER, agencyType: 'police' }, newest))).toEqual([
      'C',
    ]);
    expect(ids(filterAndSort(items, { ...NO_FILTER, theme: 'communication' }, newest))).toEqual([
      'C',
    ]);
    expect(ids(filterAndSort(items, { ...NO_FILTER, stage: 'Stage 2: Managers' }, newest))).toEqual(
      ['B', 'A'],
    );
  });

  it('lists an entry that does not say whether it was resolved as not known, not as not resolved', () => {
    const newest = { key: 'received', direction: 'descending' } as const;
    const sheet = item('D', '2026-06-02');
    const silent = { ...sheet, facts: { ...sheet.facts, ending: null } };
    const all = [...items, silent];
    expect(ids(filterAndSort(all, { ...NO_FILTER, resolved: 'unresolved' }, newest))).toEqual([
      'B',
    ]);
    expect(ids(filterAndSort(all, { ...NO_FILTER, resolved: 'unknown' }, newest))).toEqual(['D']);
    expect(ids(filterAndSort(all, { ...NO_FILTER, resolved: 'resolved' }, newest))).toEqual([
      'C',
      'A',
    ]);
  });

  it('finds a spreadsheet row by the agency types it names', () => {
    const newest = { key: 'received', direction: 'descending' } as const;
    const sheet = item('E', '2026-06-03');
    const named = {
      ...sheet,
      facts: {
        ...sheet.facts,
        raisingAgencyType: null,
        receivingAgencyTypes: [],
        involvedAgencyTypes: ['police', 'housing'] as const,
      },
    };
    const all = [...items, named];
    expect(ids(filterAndSort(all, { ...NO_FILTER, agencyType: 'police' }, newest))).toEqual([
      'C',
      'E',
    ]);
    expect(ids(filterAndSort(all, { ...NO_FILTER, agencyType: 'housing' }, newest))).toEqual(['E']);
  });

  it('sorts by stage order, then case reference, either way', () => {
    expect(ids(filterAndSort(items, NO_FILTER, { key: 'stage', direction: 'descending' }))).toEqual(
      ['C', 'A', 'B'],
    );
    expect(ids(filterAndSort(items, NO_FILTER, { key: 'stage', direction: 'ascending' }))).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('offers the partnerships and stages the register holds', () => {
    expect(filterChoices(items)).toEqual({
      partnerships: ['Northshire Safeguarding Children Partnership'],
      stages: ['Stage 2: Managers', 'Stage 3: Leads'],
    });
  });
});
