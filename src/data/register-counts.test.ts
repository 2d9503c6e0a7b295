// The register's kept counts and indexed pages always say what reading every entry would say,
// whatever is written: the table's page and counts for any filter and sort, and the themes for any
// period, against the same worked out from every entry.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import { agencyTypes } from '../domain/policy/agency-type';
import { disagreementThemes } from '../domain/register/notification-themes';
import { entryFromNotification, type RegisterStatus } from '../domain/register/register-entry';
import {
  filterAndSort,
  NO_FILTER,
  SORT_VALUE,
  type RegisterFilter,
  type RegisterSortKey,
} from '../domain/register/register-filter';
import { testNotificationData, testSha256 } from '../domain/register/register-test-data';
import { buildThemesReport, type Period } from '../domain/register/themes';
import { type EscalateDatabase } from './db';
import { adjustRegisterCounts, recountRegisterCounts } from './register-counts';
import { listMatchingEntries, readRegisterPage, readThemes } from './register-queries';
import {
  importSpreadsheetEntries,
  listRegisterEntries,
  registerTables,
  updatePartnershipFields,
} from './register-repository';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

const NOW = '2026-11-24T12:00:00.000Z' as IsoDateTime;
const DAYS = ['2026-03-30', '2026-04-01', '2026-04-15', '2026-06-30', '2026-09-30', '2026-10-02'];
const STAGES = [
  { id: 'stage-1', kind: 'stage', name: 'Stage 1: Practitioners', order: 1 },
  { id: 'stage-3', kind: 'stage', name: 'Stage 3: Senior managers', order: 3 },
] as const;
let db: EscalateDatabase;

beforeEach(async () => {
  db = await openTestVault('escalate-register-counts', 'register counts passphrase');
});

afterEach(() => closeTestVault(db));

const facts = fc.record({
  day: fc.integer({ min: 0, max: DAYS.length - 1 }),
  theme: fc.integer({ min: 0, max: 2 }),
  agency: fc.integer({ min: 0, max: 2 }),
  stage: fc.integer({ min: 0, max: 1 }),
  ending: fc.constantFrom('resolved', 'open', 'withdrawn', 'not given'),
  days: fc.integer({ min: 0, max: 45 }),
});

function entryOf(index: number, f: typeof facts extends fc.Arbitrary<infer T> ? T : never) {
  const caseRef = `ESC-${String(index).padStart(4, '0')}-TEST`;
  const resolved = f.ending === 'resolved';
  const theme = disagreementThemes[f.theme] ?? 'communication';
  const data = testNotificationData(caseRef, undefined, {
    categories: [{ id: theme, label: theme, theme }],
    about: [theme],
    receivingAgencyTypes: [agencyTypes[f.agency] ?? 'other'],
    stageReached: STAGES[f.stage] ?? STAGES[0],
    ending: f.ending === 'not given' ? 'open' : (f.ending as 'resolved' | 'open' | 'withdrawn'),
    endedOn: resolved ? ('2026-05-08' as IsoDate) : null,
    workingDaysToResolution: resolved ? f.days : null,
    resolvedHow: resolved && f.days % 2 === 0 ? 'agreement' : null,
  });
  const entry = entryFromNotification(
    `entry-${index}`,
    data,
    testSha256(caseRef),
    DAYS[f.day] as IsoDate,
  );
  // As from a spreadsheet that did not say how it ended.
  return f.ending === 'not given' ? { ...entry, facts: { ...entry.facts, ending: null } } : entry;
}

const filters: RegisterFilter[] = [
  NO_FILTER,
  { ...NO_FILTER, resolved: 'unresolved', theme: disagreementThemes[1] ?? null },
  { ...NO_FILTER, agencyType: agencyTypes[0] },
  { ...NO_FILTER, status: 'in-progress' },
  { ...NO_FILTER, from: '2026-04-10', to: '2026-09-30', resolved: 'resolved' },
  { ...NO_FILTER, from: '2026-04-01', stage: STAGES[1].name },
];
const SORTS: RegisterSortKey[] = ['received', 'caseRef', 'stage', 'category', 'status'];
const PERIODS: Period[] = [
  { from: '2026-04-01' as IsoDate, to: '2026-09-30' as IsoDate },
  { from: '2026-04-10' as IsoDate, to: '2026-10-05' as IsoDate },
];

/** Every filter, sort and period, through the indexes and kept counts and from every entry. */
async function expectSameAsEveryEntry(): Promise<void> {
  const entries = (await listRegisterEntries()).map((entry) => ({
    ...entry,
    status: entry.partnership.status,
    acknowledgedOn: entry.partnership.acknowledgedOn,
  }));
  for (const filter of filters) {
    for (const key of SORTS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const sort = { key, direction };
        const expected = filterAndSort(entries, filter, sort);
        const page = await readRegisterPage({ filter, sort, page: 1, pageSize: 3 });
        expect(page.total).toBe(entries.length);
        expect(page.matching).toBe(expected.length);
        // Ties (the same sort value) may come in either case-reference order: compare the values.
        const shown = page.entries.map((entry) => entry.caseRef);
        const all = (await listMatchingEntries(filter, sort)).map((entry) => entry.caseRef);
        expect(new Set(all)).toEqual(new Set(expected.map((entry) => entry.caseRef)));
        expect(shown).toEqual(all.slice(3, 6));
        const value = (ref: string) => {
          const entry = entries.find((candidate) => candidate.caseRef === ref);
          return entry ? SORT_VALUE[key](entry) : undefined;
        };
        expect(all.map(value)).toEqual(expected.map((entry) => SORT_VALUE[key](entry)));
      }
    }
  }
  for (const period of PERIODS) {
    expect((await readThemes(period)).report).toEqual(buildThemesReport(entries, period));
  }
}

describe('kept register counts', () => {
  it('follow entries as they are imported and their status changes', async () => {
    const step = fc.record({ add: fc.boolean(), facts, status: fc.integer({ min: 0, max: 2 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        await Promise.all([...registerTables(db), db.registerAudit].map((table) => table.clear()));
        let added = 0;
        for (const { add, facts: chosen, status } of steps) {
          const entries = await listRegisterEntries();
          const target = entries[status % Math.max(entries.length, 1)];
          if (add || !target) {
            await importSpreadsheetEntries([entryOf(added, chosen)], NOW);
            added += 1;
          } else {
            const next = (['in-progress', 'closed', 'received'] as RegisterStatus[])[status];
            await updatePartnershipFields(target, { status: next ?? 'received' }, NOW);
          }
        }
        await expectSameAsEveryEntry();
      }),
      { numRuns: 6 },
    );
  });

  it('count again from the entries if a write ever went round them', async () => {
    const entries = [0, 1, 2].map((index) =>
      entryOf(index, {
        day: index,
        theme: index,
        agency: 0,
        stage: 0,
        ending: 'resolved',
        days: 3,
      }),
    );
    await importSpreadsheetEntries(entries, NOW);
    const [row] = await db.registerEntries.toArray();
    if (!row) throw new Error('nothing imported');
    // A row deleted without the counts, then taken away through them twice: a count would go below 0.
    await db.registerEntries.delete(row.id);
    await db.transaction('rw', registerTables(db), () => adjustRegisterCounts(db, [row, row], []));
    await expectSameAsEveryEntry();
    expect(
      (
        await readRegisterPage({
          filter: NO_FILTER,
          sort: { key: 'received', direction: 'descending' },
          page: 0,
          pageSize: 50,
        })
      ).total,
    ).toBe(2);
  });

  it('are counted again from the entries alone, the same as kept', async () => {
    const entries = [0, 1, 2, 3].map((index) =>
      entryOf(index, {
        day: index,
        theme: index % 2,
        agency: 1,
        stage: index % 2,
        ending: 'not given',
        days: 0,
      }),
    );
    await importSpreadsheetEntries(entries, NOW);
    const kept = [await db.registerCells.toArray(), await db.registerMonths.toArray()];
    await db.transaction('rw', registerTables(db), () => recountRegisterCounts(db));
    expect([await db.registerCells.toArray(), await db.registerMonths.toArray()]).toEqual(kept);
  });
});
