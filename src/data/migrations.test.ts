// Every shipped schema version opens under the current code with its data intact.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1_ROWS, SCHEMA_V1_STORES } from '../../test/fixtures/db/schema-v1';
import { SCHEMA_V2_STORES } from '../../test/fixtures/db/schema-v2';
import {
  SCHEMA_V2_ESCALATION_ROW,
  SCHEMA_V2_PASSPHRASE,
  SCHEMA_V2_SEALED,
  SCHEMA_V2_VAULT_HEADER,
} from '../../test/fixtures/db/schema-v2-encrypted';
import { SCHEMA_V3_STORES } from '../../test/fixtures/db/schema-v3';
import { SCHEMA_V4_STORES } from '../../test/fixtures/db/schema-v4';
import { SCHEMA_V5_STORES } from '../../test/fixtures/db/schema-v5';
import { SCHEMA_V6_STORES } from '../../test/fixtures/db/schema-v6';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleDiscussion,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import type { IsoDate } from '../domain/calendar/iso-date';
import { entryFromNotification } from '../domain/register/register-entry';
import { NO_FILTER } from '../domain/register/register-filter';
import { testNotificationData, testSha256 } from '../domain/register/register-test-data';
import { buildThemesReport } from '../domain/register/themes';
import { entriesFromSpreadsheet, guessColumnMapping } from '../domain/register/spreadsheet-import';
import { setDatabaseForTests } from './database';
import {
  createDatabase,
  declareSchema,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  CURRENT_SCHEMA_VERSION,
  type EscalateDatabase,
} from './db';
import { readDashboard } from './escalation-queries';
import { loadDraft, sealPlainDrafts } from './drafts-repository';
import {
  getClientIdentity,
  getDiscussions,
  getEscalation,
  toAuditRow,
  toClientRow,
  toDiscussionRow,
  toEscalationRow,
} from './escalations-repository';
import { listRegisterEntries, toRegisterRow } from './register-repository';
import type { RegisterEntryRow } from './db';
import { indexRegisterIfNeeded } from './register-counts';
import { readRegisterPage, readThemes } from './register-queries';
import { fromBase64 } from './vault/bytes';
import { lock, resetVaultSessionForTests, setUpVault, unlock } from './vault-session';

const NAME = 'escalate-migration-test';

/** Writes a database exactly as an older version of the app would have left it. */
async function seedVersion1(): Promise<void> {
  const old = new Dexie(NAME);
  old.version(1).stores(SCHEMA_V1_STORES);
  await old.open();
  await old.table('settings').bulkPut([...SCHEMA_V1_ROWS.settings]);
  await old.table('drafts').bulkPut([...SCHEMA_V1_ROWS.drafts]);
  old.close();
}

const sealedBlob = (part: { iv: string; ct: string }) => ({
  v: 1 as const,
  iv: fromBase64(part.iv),
  ct: fromBase64(part.ct),
});

/** Writes a version 2 database holding a vault and encrypted rows, as 0.2.0 left it. */
async function seedEncryptedVersion2(): Promise<void> {
  const old = new Dexie(NAME);
  old.version(2).stores(SCHEMA_V2_STORES);
  await old.open();
  await old.table('settings').put({ key: 'vault.header', value: SCHEMA_V2_VAULT_HEADER });
  await old
    .table('escalations')
    .put({ ...SCHEMA_V2_ESCALATION_ROW, sealed: sealedBlob(SCHEMA_V2_SEALED.escalation) });
  await old
    .table('clients')
    .put({ escalationId: 'esc-0001', sealed: sealedBlob(SCHEMA_V2_SEALED.client) });
  old.close();
}

afterEach(async () => {
  await lock();
  setDatabaseForTests(undefined);
  resetVaultSessionForTests();
  await Dexie.delete(NAME);
});

describe('schema migrations', () => {
  it('keeps the shipped declarations unchanged', () => {
    expect(SCHEMA_V1).toEqual(SCHEMA_V1_STORES);
    expect(SCHEMA_V2).toEqual(SCHEMA_V2_STORES);
    expect(SCHEMA_V3).toEqual(SCHEMA_V3_STORES);
    expect(SCHEMA_V4).toEqual(SCHEMA_V4_STORES);
    expect(SCHEMA_V5).toEqual(SCHEMA_V5_STORES);
    expect(SCHEMA_V6).toEqual(SCHEMA_V6_STORES);
  });

  it('upgrades version 2 to the current version with its sealed records still opening under the same vault', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SCHEMA_V1_STORES);
    old.version(2).stores(SCHEMA_V2_STORES);
    setDatabaseForTests(old as EscalateDatabase);
    await setUpVault('a long enough passphrase', { iterations: 100_000 });
    const escalation = sampleEscalation();
    // The rows as version 2 stored them (sealed the same way; its tables only).
    await old.table('escalations').add(await toEscalationRow(escalation));
    await old.table('clients').put(await toClientRow(escalation.id, SAMPLE_CLIENT));
    await old.table('discussions').add(await toDiscussionRow(sampleDiscussion()));
    await old.table('auditEvents').add(await toAuditRow(sampleAudit()));
    await lock();
    old.close();

    const db = createDatabase(NAME);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await unlock('a long enough passphrase')).toBe(true);
    expect(await getEscalation(escalation.id)).toEqual(escalation);
    expect(await getClientIdentity(escalation.id)).toEqual(SAMPLE_CLIENT);
    expect(await getDiscussions(escalation.id)).toHaveLength(1);
    expect(await db.registerEntries.count()).toBe(0);
    db.close();
  });

  it('upgrades version 1 to 2, keeping drafts, and seals the plain drafts once at unlock', async () => {
    await seedVersion1();
    const db = createDatabase(NAME);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.escalations.count()).toBe(0);
    await setUpVault('a long enough passphrase', { iterations: 100_000 });
    expect(await sealPlainDrafts()).toBe(1);
    const row = await db.drafts.get('draft-5b0f6d1e');
    expect(row?.values).toBeUndefined();
    expect(JSON.stringify(row)).not.toContain('strategy discussion');
    expect(await loadDraft('draft-5b0f6d1e')).toEqual({
      outcomeSought: 'A strategy discussion this week',
    });
    expect(await sealPlainDrafts()).toBe(0);
    db.close();
  });

  it('opens a version 1 database with its settings and drafts intact', async () => {
    await seedVersion1();
    const db = createDatabase(NAME);
    await db.open();
    expect(await db.settings.get('guide.lastPackId')).toEqual({
      key: 'guide.lastPackId',
      value: 'wiltshire-scb-2013',
    });
    expect(await db.drafts.get('draft-5b0f6d1e')).toMatchObject({ formId: 'start-escalation' });
    db.close();
  });

  it('creates an empty database at the current version', async () => {
    const db = createDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('opens rows encrypted under schema version 2 after a later Dexie version is added', async () => {
    await seedEncryptedVersion2();
    // The next schema version (any new table or index) must not change what ciphertexts are bound to.
    const db = new Dexie(NAME, { chromeTransactionDurability: 'strict' });
    declareSchema(db);
    db.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V4, futureTable: '&id' });
    setDatabaseForTests(db as EscalateDatabase);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(await unlock(SCHEMA_V2_PASSPHRASE)).toBe(true);
    expect(await getEscalation('esc-0001')).toEqual(sampleEscalation());
    expect(await getClientIdentity('esc-0001')).toEqual(SAMPLE_CLIENT);
    db.close();
  });

  const undated = () => {
    const escalation = sampleEscalation({ id: 'undated', caseRef: 'ESC-UNDA-TEDD' });
    const [visit] = escalation.stageHistory;
    return { ...escalation, stageHistory: visit ? [{ ...visit, dueAt: null, dueDate: null }] : [] };
  };

  it('upgrades version 3 to 4, counting the open records the dashboard shows', async () => {
    const old = new Dexie(NAME);
    old.version(3).stores(SCHEMA_V3_STORES);
    setDatabaseForTests(old as EscalateDatabase);
    await setUpVault('a long enough passphrase', { iterations: 100_000 });
    const rows = await Promise.all(
      [
        sampleEscalation({ id: 'overdue', caseRef: 'ESC-OVER-DUEE' }, '2026-11-20T17:00:00.000Z'),
        sampleEscalation({ id: 'early', caseRef: 'ESC-EARL-YYYY' }, '2026-11-24T09:00:00.000Z'),
        sampleEscalation({ id: 'today', caseRef: 'ESC-TODA-YYYY' }, '2026-11-24T17:00:00.000Z'),
        sampleEscalation({ id: 'later', caseRef: 'ESC-LATE-RRRR' }, '2026-12-10T17:00:00.000Z'),
        undated(),
        sampleEscalation(
          { id: 'closed', caseRef: 'ESC-CLOS-EDDD', status: 'resolved' },
          '2026-11-01T17:00:00.000Z',
        ),
      ].map(toEscalationRow),
    );
    await old.table('escalations').bulkAdd(rows);
    await lock();
    old.close();

    const db = createDatabase(NAME);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.openCounts.toArray()).toEqual([
      { key: 'due 2026-11-20', count: 1 },
      { key: 'due 2026-11-24', count: 2 },
      { key: 'due 2026-12-10', count: 1 },
      { key: `stage ${rows[0]?.stageKey}`, count: 5 },
    ]);
    const dashboard = await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:59.999Z');
    expect(dashboard.overdueCount).toBe(2);
    expect(dashboard.dueTodayCount).toBe(1);
    expect(dashboard.openCount).toBe(5);
    expect(await db.escalations.count()).toBe(6);
    db.close();
  });

  it('upgrades version 4 to 5, keeping every register entry, indexing it and counting it', async () => {
    const old = new Dexie(NAME);
    old.version(4).stores(SCHEMA_V4_STORES);
    setDatabaseForTests(old as EscalateDatabase);
    await setUpVault('a long enough passphrase', { iterations: 100_000 });
    const entries = ['2026-04-02', '2026-05-20', '2026-05-20', '2026-09-30', '2026-10-01'].map(
      (receivedOn, index) => {
        const caseRef = `ESC-OLD${index}-ROWS`;
        const data = testNotificationData(caseRef, undefined, {
          ending: index % 2 === 0 ? 'resolved' : 'open',
          about: index < 2 ? ['communication'] : ['levels-of-need'],
        });
        return entryFromNotification(
          `old-${index}`,
          data,
          testSha256(caseRef),
          receivedOn as IsoDate,
        );
      },
    );
    // The rows as version 4 stored them: no index fields.
    const rows = await Promise.all(
      entries.map(async (entry) => {
        const { cell, sortStage, sortCategory, sortAcknowledged, ...v4 } =
          await toRegisterRow(entry);
        expect([cell, sortStage, sortCategory, sortAcknowledged]).not.toContain(undefined);
        return v4;
      }),
    );
    await old.table('registerEntries').bulkAdd(rows);
    await lock();
    old.close();

    const db = createDatabase(NAME);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Marked at the upgrade; indexed and counted by the register's own code, once.
    expect(await db.settings.get('registerNeedsIndexing')).toBeDefined();
    expect(await indexRegisterIfNeeded()).toBe(true);
    expect(await indexRegisterIfNeeded()).toBe(false);
    expect(await unlock('a long enough passphrase')).toBe(true);
    const opened = await listRegisterEntries();
    expect(opened).toHaveLength(5);
    for (const entry of entries) expect(opened).toContainEqual(entry);
    const newestFirst = { key: 'received', direction: 'descending' } as const;
    const page = await readRegisterPage({
      filter: { ...NO_FILTER, theme: 'communication' },
      sort: newestFirst,
      page: 0,
      pageSize: 50,
    });
    expect(page.total).toBe(5);
    expect(page.matching).toBe(2);
    expect(page.entries.map((entry) => entry.caseRef)).toEqual(['ESC-OLD1-ROWS', 'ESC-OLD0-ROWS']);
    const period = { from: '2026-04-01' as IsoDate, to: '2026-09-30' as IsoDate };
    const listed = entries.map((entry) => ({ ...entry, ...entry.partnership }));
    expect((await readThemes(period)).report).toEqual(buildThemesReport(listed, period));
    expect((await readThemes(period)).report.total).toBe(4);
    db.close();
  });

  it('upgrades version 5 to 6, listing a spreadsheet row that does not say whether it was resolved as not known', async () => {
    const old = new Dexie(NAME);
    old.version(5).stores(SCHEMA_V5_STORES);
    setDatabaseForTests(old as EscalateDatabase);
    await setUpVault('a long enough passphrase', { iterations: 100_000 });
    const open = entryFromNotification(
      'pdf-open',
      testNotificationData('ESC-OPEN-0001', undefined, { ending: 'open' }),
      testSha256('ESC-OPEN-0001'),
      '2026-05-02' as IsoDate,
    );
    const fromPdf = await toRegisterRow(open);
    const sheet = entriesFromSpreadsheet(
      [['03/05/2026', 'OLD-0005']],
      guessColumnMapping(['Received', 'Case reference']),
      () => 'sheet-1',
    )[0];
    if (!sheet?.ok) throw new Error('the row was refused');
    const fromSheet = await toRegisterRow(sheet.entry);
    // Version 5 filed an entry that did not say with those not resolved: the same cell.
    const v5Cell = (row: RegisterEntryRow) =>
      JSON.stringify([row.facts.partnership, row.status, row.facts.stageName, false, [], []]);
    const rows = [fromPdf, { ...fromSheet, cell: v5Cell(fromSheet) }];
    await old.table('registerEntries').bulkAdd(rows);
    await lock();
    old.close();

    const db = createDatabase(NAME);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.settings.get('registerNeedsIndexing')).toBeDefined();
    expect(await indexRegisterIfNeeded()).toBe(true);
    expect(await unlock('a long enough passphrase')).toBe(true);
    const listed = async (resolved: 'unresolved' | 'unknown') =>
      (
        await readRegisterPage({
          filter: { ...NO_FILTER, resolved },
          sort: { key: 'received', direction: 'descending' },
          page: 0,
          pageSize: 50,
        })
      ).entries.map((entry) => entry.caseRef);
    expect(await listed('unresolved')).toEqual(['ESC-OPEN-0001']);
    expect(await listed('unknown')).toEqual(['OLD-0005']);
    db.close();
  });
});
