// The partnership's register travels in the encrypted backup and comes back whole; a merge joins two
// devices' registers by case reference; a backup without a register leaves the device's alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import { NO_FILTER, type RegisterFilter } from '../domain/register/register-filter';
import { testNotificationData } from '../domain/register/register-test-data';
import { chosenFile, notificationFileBytes } from '../../test/fixtures/register/notification-file';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import {
  collectBackupContent,
  createBackupFile,
  inspectBackupFile,
  restoreBackupContent,
} from './backup-repository';
import type { EscalateDatabase } from './db';
import { createEscalationRecord } from './escalations-repository';
import {
  getRegisterAudit,
  importNotificationFiles,
  listRegisterEntries,
  updatePartnershipFields,
} from './register-repository';
import { readRegisterPage } from './register-queries';
import { writeBackup } from './vault/backup-file';

const FAST = { iterations: 100_000 };
const BACKUP_PASSPHRASE = 'tidal granite wren lantern';
const RECEIVED = '2026-05-11' as IsoDate;
const NOW = '2026-05-11T09:00:00.000Z' as IsoDateTime;
let db: EscalateDatabase;

async function newDevice(passphrase: string): Promise<void> {
  db = await openTestVault('escalate-register-backup', passphrase);
}

const leaveDevice = () => closeTestVault(db);

const file = (caseRef: string) =>
  chosenFile(`${caseRef}.pdf`, notificationFileBytes(testNotificationData(caseRef)));

async function entryFor(caseRef: string) {
  const entry = (await listRegisterEntries()).find((candidate) => candidate.caseRef === caseRef);
  if (!entry) throw new Error(`${caseRef} is not in the register`);
  return entry;
}

/** What the register table would say it holds, and how many pass the filter. */
async function counted(filter: RegisterFilter) {
  const sort = { key: 'received', direction: 'descending' } as const;
  const { total, matching } = await readRegisterPage({ filter, sort, page: 0, pageSize: 50 });
  return { total, matching };
}

beforeEach(() => newDevice('device passphrase one two'));
afterEach(leaveDevice);

describe('the register in a backup', () => {
  it('round-trips entries, the partnership’s notes and every audit event to a new device', async () => {
    await importNotificationFiles([file('ESC-AAAA-0001'), file('ESC-AAAA-0002')], RECEIVED, NOW);
    await updatePartnershipFields(
      await entryFor('ESC-AAAA-0001'),
      { planOfAction: 'Ask Children’s Services for the threshold reasons', status: 'in-progress' },
      '2026-05-12T09:00:00.000Z' as IsoDateTime,
    );
    const entries = await listRegisterEntries();
    const audit = await getRegisterAudit((await entryFor('ESC-AAAA-0001')).id);
    const bytes = await createBackupFile(
      BACKUP_PASSPHRASE,
      new Date('2026-05-13T10:00:00Z'),
      '0.1.0',
      FAST,
    );
    await leaveDevice();
    await newDevice('another device passphrase');

    const inspected = await inspectBackupFile(bytes, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.summary.registerEntries).toBe(2);
    await restoreBackupContent(inspected.content, 'replace');
    expect(await listRegisterEntries()).toEqual(entries);
    expect(await getRegisterAudit((await entryFor('ESC-AAAA-0001')).id)).toEqual(audit);
    expect(audit.map((event) => event.detail)).toContain(
      'Plan of action changed from “” to “Ask Children’s Services for the threshold reasons”.',
    );
    // The kept counts are counted again: the table and its filters see the restored entries.
    expect(await counted({ ...NO_FILTER, status: 'in-progress' })).toEqual({
      total: 2,
      matching: 1,
    });
    // Sealed again under the new device's key: nothing the partnership typed is in clear.
    expect(JSON.stringify(await db.registerEntries.toArray())).not.toContain('threshold reasons');
  });

  it('restores an older backup without a register, leaving the device’s register alone', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: SAMPLE_CLIENT,
      audit: sampleAudit(),
      discussions: [],
    });
    const old = await collectBackupContent('2026-05-13T10:00:00.000Z');
    expect(old).not.toHaveProperty('register');
    const bytes = await writeBackup(
      old,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-05-13T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    await importNotificationFiles([file('ESC-KEEP-0001')], RECEIVED, NOW);
    const inspected = await inspectBackupFile(bytes, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.summary.registerEntries).toBe(0);
    await restoreBackupContent(inspected.content, 'replace');
    expect((await listRegisterEntries()).map((entry) => entry.caseRef)).toEqual(['ESC-KEEP-0001']);
    expect(await counted(NO_FILTER)).toEqual({ total: 1, matching: 1 });
    expect(await db.escalations.count()).toBe(1);
  });

  it('merges by case reference: new entries added, the copy changed last kept, both histories joined', async () => {
    await importNotificationFiles([file('ESC-BOTH-0001'), file('ESC-BACK-0001')], RECEIVED, NOW);
    await updatePartnershipFields(
      await entryFor('ESC-BOTH-0001'),
      { partnershipActions: 'Phoned the DSL' },
      '2026-05-12T09:00:00.000Z' as IsoDateTime,
    );
    const content = await collectBackupContent('2026-05-13T10:00:00.000Z');
    await leaveDevice();

    // Another device imported the same notification on its own (another id), and a new one.
    await newDevice('second device passphrase');
    await importNotificationFiles([file('ESC-BOTH-0001'), file('ESC-HERE-0001')], RECEIVED, NOW);
    const deviceId = (await entryFor('ESC-BOTH-0001')).id;
    await restoreBackupContent(content, 'merge');

    const entries = await listRegisterEntries();
    expect(entries.map((entry) => entry.caseRef).sort()).toEqual([
      'ESC-BACK-0001',
      'ESC-BOTH-0001',
      'ESC-HERE-0001',
    ]);
    const both = await entryFor('ESC-BOTH-0001');
    expect(both.id).toBe(deviceId);
    expect(both.partnership.partnershipActions).toBe('Phoned the DSL');
    const history = (await getRegisterAudit(deviceId)).map((event) => event.detail);
    expect(history).toEqual([
      'Imported from ESC-BOTH-0001.pdf.',
      'Imported from ESC-BOTH-0001.pdf.',
      'Partnership actions changed from “” to “Phoned the DSL”.',
    ]);

    // Merging the same backup again adds nothing.
    const count = await db.registerAudit.count();
    await restoreBackupContent(content, 'merge');
    expect(await db.registerAudit.count()).toBe(count);
    expect(await db.registerEntries.count()).toBe(3);
    expect(await counted(NO_FILTER)).toEqual({ total: 3, matching: 3 });
  });

  it('keeps the device’s copy in a merge when it was changed after the backup’s', async () => {
    await importNotificationFiles([file('ESC-MINE-0001')], RECEIVED, NOW);
    const content = await collectBackupContent('2026-05-13T10:00:00.000Z');
    await updatePartnershipFields(
      await entryFor('ESC-MINE-0001'),
      { planOfAction: 'Newer on this device' },
      '2026-05-14T09:00:00.000Z' as IsoDateTime,
    );
    await restoreBackupContent(content, 'merge');
    expect((await entryFor('ESC-MINE-0001')).partnership.planOfAction).toBe('Newer on this device');
  });

  it('refuses a backup whose register history belongs to no entry, changing nothing', async () => {
    await importNotificationFiles([file('ESC-ORPH-0001')], RECEIVED, NOW);
    const content = await collectBackupContent('2026-05-13T10:00:00.000Z');
    const altered = {
      ...content,
      register: {
        entries: [],
        audit: content.register?.audit ?? [],
      },
    };
    const bytes = await writeBackup(
      altered,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-05-13T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const result = await inspectBackupFile(bytes, BACKUP_PASSPHRASE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/register history events belong to entries/);
  });

  it('keeps how each was resolved, and restores entries saved before it was kept', async () => {
    await importNotificationFiles([file('ESC-HOWR-0001')], RECEIVED, NOW);
    expect((await entryFor('ESC-HOWR-0001')).facts.resolvedHow).toBe('agreement');
    const content = await collectBackupContent('2026-05-13T10:00:00.000Z');
    const older = {
      ...content,
      register: {
        entries: (content.register?.entries ?? []).map((entry) => ({
          ...entry,
          facts: Object.fromEntries(
            Object.entries(entry.facts).filter(([key]) => key !== 'resolvedHow'),
          ) as typeof entry.facts,
        })),
        audit: content.register?.audit ?? [],
      },
    };
    const bytes = await writeBackup(
      older,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-05-13T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const inspected = await inspectBackupFile(bytes, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    await restoreBackupContent(inspected.content, 'replace');
    expect((await entryFor('ESC-HOWR-0001')).facts).not.toHaveProperty('resolvedHow');
  });
});
