// The register imports each file on its own, recognises duplicates and newer versions, keeps text
// sealed, and audits every change to the partnership's fields.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import { testNotificationData } from '../domain/register/register-test-data';
import { entriesFromSpreadsheet, guessColumnMapping } from '../domain/register/spreadsheet-import';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { notificationDataOf } from '../domain/register/notification-data';
import { NO_FILTER } from '../domain/register/register-filter';
import { chosenFile, notificationFileBytes } from '../../test/fixtures/register/notification-file';
import { sampleNotificationModel } from '../../test/fixtures/notifications/sample-notification';
import { type EscalateDatabase } from './db';
import { InvalidRecordError } from './record-checks';
import {
  getRegisterAudit,
  getRegisterEntry,
  importNotificationFiles,
  importSpreadsheetEntries,
  listRegisterEntries,
  updatePartnershipFields,
} from './register-repository';
import { readRegisterPage } from './register-queries';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';
import { seal } from './vault-session';

let db: EscalateDatabase;
const RECEIVED = '2026-05-11' as IsoDate;
const NOW = '2026-05-11T09:00:00.000Z' as IsoDateTime;

beforeEach(async () => {
  db = await openTestVault('escalate-register');
});

afterEach(() => closeTestVault(db));

const file = (name: string, caseRef: string, generatedAt?: string) =>
  chosenFile(name, notificationFileBytes(testNotificationData(caseRef, generatedAt)));

describe('register repository', () => {
  it('imports good files and refuses bad ones without stopping or changing the others', async () => {
    const good = notificationFileBytes(testNotificationData('ESC-AAAA-0001'));
    const tampered = new TextDecoder('latin1')
      .decode(notificationFileBytes(testNotificationData('ESC-AAAA-0002')))
      .replace(
        /<escalate:data>(.)/,
        (_, first: string) => `<escalate:data>${first === 'e' ? 'f' : 'e'}`,
      );
    const results = await importNotificationFiles(
      [
        chosenFile('one.pdf', good),
        chosenFile(
          'tampered.pdf',
          Uint8Array.from(tampered, (c) => c.charCodeAt(0)),
        ),
        chosenFile('letter.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n')),
        { name: 'huge.pdf', size: 30 * 1024 * 1024, bytes: async () => new Uint8Array() },
        file('two.pdf', 'ESC-AAAA-0003'),
      ],
      RECEIVED,
      NOW,
    );
    expect(results).toEqual([
      { name: 'one.pdf', outcome: 'imported', caseRef: 'ESC-AAAA-0001' },
      { name: 'tampered.pdf', outcome: 'refused', refusal: 'altered' },
      { name: 'letter.pdf', outcome: 'refused', refusal: 'not-escalate' },
      { name: 'huge.pdf', outcome: 'refused', refusal: 'too-large' },
      { name: 'two.pdf', outcome: 'imported', caseRef: 'ESC-AAAA-0003' },
    ]);
    const summaries = await listRegisterEntries();
    expect(summaries.map((summary) => summary.caseRef).sort()).toEqual([
      'ESC-AAAA-0001',
      'ESC-AAAA-0003',
    ]);
  });

  it('makes five entries from the five sample notifications, one per pack', async () => {
    const files = builtInPacks.map((pack) => {
      const data = notificationDataOf(sampleNotificationModel(pack));
      if (!data) throw new Error(`${pack.id}: the sample carries no data`);
      return chosenFile(`${pack.id}-filled.pdf`, notificationFileBytes(data));
    });
    const results = await importNotificationFiles(files, RECEIVED, NOW);
    expect(results.map((result) => result.outcome)).toEqual(Array(5).fill('imported'));
    const summaries = await listRegisterEntries();
    expect(summaries).toHaveLength(5);
    expect(new Set(summaries.map((summary) => summary.caseRef)).size).toBe(5);
    expect(new Set(summaries.map((summary) => summary.facts.partnership)).size).toBe(5);
  });

  it('recognises a duplicate, takes a newer version and refuses an older one', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-BBBB-0001')], RECEIVED, NOW);
    const [entry] = await listRegisterEntries();
    if (!entry) throw new Error('not imported');
    await updatePartnershipFields(entry, { planOfAction: 'Audit the referral' }, NOW);
    const results = await importNotificationFiles(
      [
        file('again.pdf', 'ESC-BBBB-0001'),
        file('newer.pdf', 'ESC-BBBB-0001', '2026-06-01T10:00:00.000Z'),
        file('older.pdf', 'ESC-BBBB-0001', '2026-04-01T10:00:00.000Z'),
      ],
      '2026-06-02' as IsoDate,
      NOW,
    );
    expect(results.map((result) => result.outcome)).toEqual(['duplicate', 'updated', 'older']);
    const [updated] = await listRegisterEntries();
    expect(updated?.generatedAt).toBe('2026-06-01T10:00:00.000Z');
    expect(updated?.partnership.planOfAction).toBe('Audit the referral');
    expect(updated?.receivedOn).toBe(RECEIVED);
    expect(await db.registerEntries.count()).toBe(1);
    // The newer version replaced the entry in the kept counts too: still one, not two.
    const page = await readRegisterPage({
      filter: NO_FILTER,
      sort: { key: 'received', direction: 'descending' },
      page: 0,
      pageSize: 50,
    });
    expect([page.total, page.matching, page.entries.length]).toEqual([1, 1, 1]);
  });

  it('keeps the printed text and the partnership’s notes sealed at rest', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-CCCC-0001')], RECEIVED, NOW);
    const [entry] = await listRegisterEntries();
    if (!entry) throw new Error('not imported');
    await updatePartnershipFields(entry, { partnershipActions: 'Phoned Fictionham DSL' }, NOW);
    const raw = JSON.stringify([
      await db.registerEntries.toArray(),
      await db.registerAudit.toArray(),
    ]);
    for (const secret of ['third bruise', 'Larkspur', 'Fictionham', 'Write threshold']) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).toContain('ESC-CCCC-0001');
  });

  it('audits each change to a partnership field with what it was and became', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-DDDD-0001')], RECEIVED, NOW);
    const [entry] = await listRegisterEntries();
    if (!entry) throw new Error('not imported');
    const later = '2026-05-12T09:00:00.000Z' as IsoDateTime;
    await updatePartnershipFields(
      entry,
      { status: 'acknowledged', acknowledgedOn: '2026-05-12' as IsoDate },
      later,
    );
    const audit = await getRegisterAudit(entry.id);
    expect(audit.map((event) => event.detail)).toEqual([
      'Imported from a.pdf.',
      'Status changed from “Received” to “Acknowledged”.',
      'Acknowledged on changed from “” to “12 May 2026”.',
    ]);
    const stale = { ...entry };
    await expect(updatePartnershipFields(stale, { planOfAction: 'x' }, later)).rejects.toThrow(
      /changed in another tab/,
    );
  });

  it('adds spreadsheet rows, leaving case references already in the register alone', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-EEEE-0001')], RECEIVED, NOW);
    const header = ['Received', 'Case reference', 'Summary'];
    let next = 0;
    const rows = entriesFromSpreadsheet(
      [
        ['01/04/2026', 'SC-1', 'From the old sheet'],
        ['02/04/2026', 'ESC-EEEE-0001', 'Typed in by hand'],
      ],
      guessColumnMapping(header),
      () => `sheet-${(next += 1)}`,
    ).flatMap((result) => (result.ok ? [result.entry] : []));
    expect(await importSpreadsheetEntries(rows, NOW)).toEqual({
      added: ['SC-1'],
      alreadyInRegister: ['ESC-EEEE-0001'],
    });
    const entries = await listRegisterEntries();
    expect(entries.find((entry) => entry.caseRef === 'ESC-EEEE-0001')?.columns.summary).toBe(
      'No assessment after a third bruise.',
    );
  });
});

describe('a register entry read back from the device', () => {
  it('refuses a damaged row with a plain message, not a broken page', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-FFFF-0001')], RECEIVED, NOW);
    const [row] = await db.registerEntries.toArray();
    if (!row) throw new Error('not imported');
    // It decrypts, but its text is not what the app seals: no columns at all.
    const damaged = { partnershipActions: '', planOfAction: '', notification: null };
    await db.registerEntries.put({
      ...row,
      sealed: await seal('registerEntries', row.id, damaged),
    });
    const reading = getRegisterEntry(row.id);
    await expect(reading).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(reading).rejects.toThrow(
      /^A stored register entry ESC-FFFF-0001 is not in the form Escalate expects \(columns: .+\), so Escalate cannot open it\./,
    );
    await expect(listRegisterEntries()).rejects.toThrow(InvalidRecordError);
  });

  it('refuses a clear fact that is not one the app writes', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-FFFF-0002')], RECEIVED, NOW);
    const [row] = await db.registerEntries.toArray();
    if (!row) throw new Error('not imported');
    await db.registerEntries.put({ ...row, status: 'lost in the post' });
    await expect(getRegisterEntry(row.id)).rejects.toThrow(/partnership › status/);
  });

  it('never saves an entry it could not open again, and says which field is too long', async () => {
    await importNotificationFiles([file('a.pdf', 'ESC-FFFF-0003')], RECEIVED, NOW);
    const [entry] = await listRegisterEntries();
    if (!entry) throw new Error('not imported');
    const saving = updatePartnershipFields(entry, { planOfAction: 'x'.repeat(200_001) }, NOW);
    await expect(saving).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(saving).rejects.toThrow(/planOfAction is too long \(it can be up to 200,000/);
    expect(await getRegisterEntry(entry.id)).toEqual(entry);
  });
});
