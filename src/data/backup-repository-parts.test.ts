// Restore keeps what the app itself wrote — prepared notifications, register mode and the saved
// spreadsheet mapping — and leaves out, with a plain note, a part that is not in the form Escalate
// writes, so a hand-made or damaged backup cannot break the record and notify pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import { sampleNotificationModel } from '../../test/fixtures/notifications/sample-notification';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import { findBuiltInPack } from '../domain/policy/built-in-packs';
import { guessColumnMapping } from '../domain/register/spreadsheet-import';
import {
  REGISTER_MODE_SETTING,
  SPREADSHEET_MAPPING_SETTING,
} from '../domain/settings/setting-schemas';
import {
  collectBackupContent,
  createBackupFile,
  inspectBackupFile,
  restoreBackupContent,
} from './backup-repository';
import { REGISTER_NEEDS_INDEXING, type EscalateDatabase } from './db';
import { createEscalationRecord } from './escalations-repository';
import {
  appendNotificationEvent,
  getNotificationsFor,
  recordPreparedNotification,
} from './notifications-repository';
import { readSetting, writeSetting } from './settings-repository';
import { writeBackup } from './vault/backup-file';

const FAST = { iterations: 100_000 };
const BACKUP_PASSPHRASE = 'tidal granite wren lantern';
const AT = '2026-11-24T10:00:00.000Z' as IsoDateTime;
let db: EscalateDatabase;

beforeEach(async () => {
  db = await openTestVault('escalate-backup-parts-test', 'device passphrase one two');
  await createEscalationRecord({
    escalation: sampleEscalation(),
    client: SAMPLE_CLIENT,
    audit: sampleAudit(),
  });
});

afterEach(() => closeTestVault(db));

async function fileOf(content: unknown): Promise<Uint8Array> {
  return writeBackup(content, BACKUP_PASSPHRASE, { createdAt: AT, appVersion: '0.1.0' }, FAST);
}

async function prepareNotification(): Promise<string> {
  const pack = findBuiltInPack('wiltshire-scb-2013');
  if (!pack) throw new Error('no Wiltshire pack');
  const id = await recordPreparedNotification({
    escalation: sampleEscalation(),
    fileName: 'notification-ESC-7KQ4-M2XD-2026-11-24.pdf',
    reviewedAt: AT,
    review: {},
    model: sampleNotificationModel(pack),
    preparedAt: AT,
  });
  await appendNotificationEvent(id, {
    type: 'sent',
    at: '2026-11-24T10:30:00.000Z' as IsoDateTime,
    channel: 'secure-portal',
    recipient: 'Partnership business unit',
    sentOn: '2026-11-24' as IsoDate,
  });
  return id;
}

describe('prepared notifications in a backup', () => {
  it('restores the ones the app prepared, with no note', async () => {
    await prepareNotification();
    const before = await getNotificationsFor('esc-0001');
    const file = await fileOf(await collectBackupContent(AT));
    await db.notifications.clear();
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.notes).toEqual([]);
    await restoreBackupContent(inspected.content, 'replace');
    expect(await getNotificationsFor('esc-0001')).toEqual(before);
  });

  it('leaves out a damaged one with a note, and restores the record without it', async () => {
    await prepareNotification();
    const content = await collectBackupContent(AT);
    const [notification] = content.notifications;
    if (!notification) throw new Error('no notification in the backup');
    content.notifications.push({
      ...notification,
      id: 'made-by-hand',
      content: { caseRef: 'ESC-7KQ4-M2XD', model: 'not a form', events: [] },
    });
    await db.notifications.clear();
    const inspected = await inspectBackupFile(await fileOf(content), BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.summary.notifications).toBe(1);
    expect(inspected.notes).toEqual([
      '1 prepared notification is not in the form Escalate expects (ESC-7KQ4-M2XD), so left out: the record is restored without it. Prepare the notification again from the record if it is still needed.',
    ]);
    await restoreBackupContent(inspected.content, 'replace');
    const restored = await getNotificationsFor('esc-0001');
    expect(restored.map((n) => n.id)).toEqual([notification.id]);
    expect(await db.notifications.get('made-by-hand')).toBeUndefined();
  });

  it('never writes a damaged one, even when handed content that skipped the inspection', async () => {
    const content = await collectBackupContent(AT);
    content.notifications.push({
      id: 'made-by-hand',
      escalationId: 'esc-0001',
      status: 'prepared',
      preparedAt: AT,
      content: { events: 'none' },
    });
    await restoreBackupContent(content, 'merge');
    expect(await db.notifications.count()).toBe(0);
    expect(await getNotificationsFor('esc-0001')).toEqual([]);
  });
});

describe('register settings in a backup', () => {
  const header = ['Date received', 'Case reference', 'Agencies involved', 'Summary', 'Status'];
  const saved = { header, mapping: guessColumnMapping(header) };

  it('restores register mode and the saved spreadsheet mapping, with no note', async () => {
    await writeSetting(REGISTER_MODE_SETTING, true);
    await writeSetting(SPREADSHEET_MAPPING_SETTING, saved);
    const file = await createBackupFile(BACKUP_PASSPHRASE, new Date(AT), '0.1.0', FAST);

    await closeTestVault(db);
    db = await openTestVault('escalate-backup-parts-new-device', 'another device passphrase');
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.notes).toEqual([]);
    await restoreBackupContent(inspected.content, 'replace');
    expect(await readSetting(REGISTER_MODE_SETTING, false)).toBe(true);
    expect(await readSetting(SPREADSHEET_MAPPING_SETTING, null)).toEqual(saved);
  });

  it('keeps whether the register needs indexing on the device, and ignores it in a backup', async () => {
    await db.settings.put({ key: REGISTER_NEEDS_INDEXING, value: true });
    const content = await collectBackupContent(AT);
    expect(content.settings.map((s) => s.key)).not.toContain(REGISTER_NEEDS_INDEXING);

    // A backup made by a version that carried it: no note, and it is not restored.
    content.settings.push({ key: REGISTER_NEEDS_INDEXING, value: true });
    await db.settings.delete(REGISTER_NEEDS_INDEXING);
    const inspected = await inspectBackupFile(await fileOf(content), BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.notes).toEqual([]);
    await restoreBackupContent(content, 'replace');
    expect(await db.settings.get(REGISTER_NEEDS_INDEXING)).toBeUndefined();
  });
});
