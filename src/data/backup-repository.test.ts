// Backups carry everything, restore only whole and valid files, and merge without duplicates.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleDiscussion,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';
import { readDashboard } from './escalation-queries';
import type { EscalateDatabase } from './db';
import {
  collectBackupContent,
  createBackupFile,
  inspectBackupFile,
  readBackupStatus,
  restoreBackupContent,
} from './backup-repository';
import {
  createEscalationRecord,
  getClientIdentity,
  getDiscussions,
  getEscalation,
  saveEscalationChange,
} from './escalations-repository';
import { writeBackup } from './vault/backup-file';
import { readCaseTerms, updateCaseTerms } from './case-identifiers-repository';
import { hideEverywhere } from '../domain/redaction/case-terms';
import { findPack, keepPackSnapshot } from './packs-repository';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { seal } from './vault-session';
import { InvalidRecordError } from './record-checks';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../domain/limits';

const FAST = { iterations: 100_000 };
const BACKUP_PASSPHRASE = 'tidal granite wren lantern';
let db: EscalateDatabase;

beforeEach(async () => {
  db = await openTestVault('escalate-backup-test', 'device passphrase one two');
  await createEscalationRecord({
    escalation: sampleEscalation(),
    client: SAMPLE_CLIENT,
    audit: sampleAudit(),
    discussions: [sampleDiscussion()],
  });
});

afterEach(() => closeTestVault(db));

async function snapshot(): Promise<string> {
  return JSON.stringify(await collectBackupContent('2026-11-24T00:00:00.000Z'));
}

describe('backup and restore', () => {
  it('round-trips everything to a new device with a different passphrase', async () => {
    const pack = builtInPacks.find((p) => p.id === 'wiltshire-scb-2013');
    if (pack) await keepPackSnapshot(pack, '2026-11-20T09:00:00.000Z');
    const file = await createBackupFile(
      BACKUP_PASSPHRASE,
      new Date('2026-11-24T10:00:00Z'),
      '0.1.0',
      FAST,
    );
    expect(new TextDecoder().decode(file.slice(0, 40))).toContain('"format":"escalate-backup"');

    // A new device: a fresh database and vault.
    await closeTestVault(db);
    db = await openTestVault('escalate-new-device', 'another device passphrase');

    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.summary).toMatchObject({
      escalations: 1,
      openEscalations: 1,
      discussions: 1,
      packIds: ['wiltshire-scb-2013'],
    });
    await restoreBackupContent(inspected.content, 'replace');
    expect(await getEscalation('esc-0001')).toEqual(sampleEscalation());
    expect(await getClientIdentity('esc-0001')).toEqual(SAMPLE_CLIENT);
    expect(await getDiscussions('esc-0001')).toEqual([sampleDiscussion()]);
    expect(await db.customPacks.get(['wiltshire-scb-2013', 1])).toMatchObject({
      origin: 'snapshot',
    });
    // The dashboard's kept counts are not in the file: the restore counts the records again.
    const dashboard = await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:59.999Z');
    expect(dashboard.openCount).toBe(1);
    expect(dashboard.openByStage).toEqual([{ stageKey: 'wiltshire-scb-2013/stage-1', count: 1 }]);
  });

  it('carries the case’s hidden words through a backup, so a restored record stays redacted', async () => {
    await updateCaseTerms('esc-0001', (terms) => hideEverywhere(terms, 'Lulu'));
    const before = await readCaseTerms('esc-0001');
    expect(before.hidden.map((term) => term.text)).toEqual(['Lulu']);
    const content = await collectBackupContent('2026-11-24T00:00:00.000Z');
    await db.clients.clear();
    await restoreBackupContent(content, 'replace');
    expect(await readCaseTerms('esc-0001')).toEqual(before);
    expect(await getClientIdentity('esc-0001')).toEqual(SAMPLE_CLIENT);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const file = await createBackupFile(
      BACKUP_PASSPHRASE,
      new Date('2026-11-24T10:00:00Z'),
      '0.1.0',
      FAST,
    );
    const result = await inspectBackupFile(file, 'not the passphrase');
    expect(result).toMatchObject({ ok: false, kind: 'wrong-passphrase-or-tampered' });
  });

  it('refuses content that does not match the schemas, naming where', async () => {
    const content = JSON.parse(await snapshot());
    content.escalations[0].status = 'lost';
    const file = await writeBackup(
      content,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const result = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/escalations\.0\.status/);
  });

  it('carries the theme choices made at the start, and refuses one that is not a theme', async () => {
    const themes = { about: ['communication' as const], agencyTypes: ['police' as const] };
    const chosen = sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-7KQ4-M2XE', themes });
    await createEscalationRecord({
      escalation: chosen,
      client: SAMPLE_CLIENT,
      audit: sampleAudit({ id: 'audit-2', escalationId: 'esc-0002' }),
    });
    const file = await createBackupFile(
      BACKUP_PASSPHRASE,
      new Date('2026-11-24T10:00:00Z'),
      '0.1.0',
      FAST,
    );
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    await restoreBackupContent(inspected.content, 'replace');
    expect(await getEscalation('esc-0002')).toEqual(chosen);

    const content = JSON.parse(await snapshot());
    const index = content.escalations.findIndex((e: { id: string }) => e.id === 'esc-0002');
    content.escalations[index].themes.about = ['gossip'];
    const altered = await writeBackup(
      content,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const refused = await inspectBackupFile(altered, BACKUP_PASSPHRASE);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/themes\.about/);
  });

  it('merges: keeps the newer version of each record and never duplicates entries', async () => {
    const backup = JSON.parse(await snapshot());
    const newer = sampleEscalation({
      revision: 2,
      categoryIds: ['plan'],
      updatedAt: '2026-11-22T09:00:00.000Z' as never,
    });
    await saveEscalationChange({
      escalation: newer,
      expectedRevision: 1,
      audit: sampleAudit({ id: 'audit-2', action: 'edited' }),
    });
    const other = sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-OTHE-RRRR' });
    backup.escalations.push(other);
    backup.auditEvents.push(sampleAudit({ id: 'audit-9', escalationId: 'esc-0002' }));
    const file = await writeBackup(
      backup,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    await restoreBackupContent(inspected.content, 'merge');
    expect((await getEscalation('esc-0001'))?.categoryIds).toEqual(['plan']);
    expect(await getEscalation('esc-0002')).toEqual(other);
    expect(await db.discussions.count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(3);
    const dashboard = await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:59.999Z');
    expect(dashboard.openCount).toBe(2);
  });

  it('never partially applies a damaged file (property)', async () => {
    const file = await createBackupFile(
      BACKUP_PASSPHRASE,
      new Date('2026-11-24T10:00:00Z'),
      '0.1.0',
      FAST,
    );
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: file.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          const damaged = file.slice();
          damaged[at] = (damaged[at] ?? 0) ^ mask;
          const result = await inspectBackupFile(damaged, BACKUP_PASSPHRASE);
          if (result.ok) await restoreBackupContent(result.content, 'replace');
          expect(result.ok).toBe(false);
          expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('rolls back a restore that fails half-way, in replace mode too', async () => {
    const content = JSON.parse(await snapshot());
    content.escalations.push(sampleEscalation({ id: 'esc-0003', caseRef: 'ESC-THRE-EEEE' }));
    const before = await snapshot();
    vi.spyOn(db.auditEvents, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(restoreBackupContent(content, 'replace')).rejects.toThrow('disk full');
    expect(await snapshot()).toBe(before);
  });

  it('remembers the last backup and notices changes made since', async () => {
    expect(await readBackupStatus()).toEqual({ lastAt: null, changedSince: true });
    await createBackupFile(BACKUP_PASSPHRASE, new Date('2026-11-24T10:00:00Z'), '0.1.0', FAST);
    expect(await readBackupStatus()).toEqual({
      lastAt: '2026-11-24T10:00:00.000Z',
      changedSince: false,
    });
  });
});

describe('one set of length limits', () => {
  const LONG = 'x'.repeat(120_000);

  it('refuses a 120,000-character client detail when the record is saved, saying why', async () => {
    const client = { ...SAMPLE_CLIENT, address: { line1: LONG } };
    const saving = createEscalationRecord({
      escalation: sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-TWOO-TTTT' }),
      client,
      audit: sampleAudit({ id: 'audit-2', escalationId: 'esc-0002' }),
    });
    await expect(saving).rejects.toThrow(/address › line1 is too long \(it can be up to 1,000/);
    expect(await getEscalation('esc-0002')).toBeUndefined();
  });

  it('restores every backup it saves, with text at each limit', async () => {
    const atLimit = sampleEscalation({
      id: 'esc-0002',
      caseRef: 'ESC-TWOO-TTTT',
      statement: {
        whatIsEscalated: 'w'.repeat(LONG_TEXT_MAX),
        outcomeSought: 'o',
        outcomeSoughtBy: null,
      },
    });
    const client = { ...SAMPLE_CLIENT, address: { line1: 'a'.repeat(SHORT_TEXT_MAX) } };
    await createEscalationRecord({
      escalation: atLimit,
      client,
      audit: sampleAudit({ id: 'audit-2', escalationId: 'esc-0002' }),
    });
    const file = await createBackupFile(BACKUP_PASSPHRASE, new Date(), '0.1.0', FAST);
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    expect(inspected.ok).toBe(true);
  });

  it('does not say a backup was saved when a stored record is over a limit', async () => {
    // As an older version of the app could have stored it, before the limits were checked on save.
    await db.clients.put({
      escalationId: 'esc-0001',
      sealed: await seal('clients', 'esc-0001', { ...SAMPLE_CLIENT, school: LONG }),
    });
    const making = createBackupFile(BACKUP_PASSPHRASE, new Date(), '0.1.0', FAST);
    await expect(making).rejects.toThrow(InvalidRecordError);
    await expect(making).rejects.toThrow(/school is too long/);
    expect((await readBackupStatus()).lastAt).toBeNull();
  });
});

describe('restore checks settings and packs', () => {
  it('leaves out bad settings and packs, says so, and never replaces a built-in guide', async () => {
    const content = JSON.parse(await snapshot());
    const builtIn = builtInPacks[0];
    if (!builtIn) throw new Error('no built-in pack');
    const hijack = {
      ...JSON.parse(JSON.stringify(builtIn)),
      version: builtIn.version + 1,
    };
    content.settings = [
      { key: 'calendar.settings', value: { region: 'england-and-wales', closedDays: 'none' } },
      { key: 'vault.autoLockMinutes', value: 1e9 },
      { key: 'notify.subjectPrefix', value: '[encrypt]' },
    ];
    content.customPacks = [
      { id: 'broken', version: 1, importedAt: content.exportedAt, pack: { id: 'broken' } },
      {
        id: builtIn.id,
        version: hijack.version,
        importedAt: content.exportedAt,
        pack: hijack,
        origin: 'imported',
      },
    ];
    const file = await writeBackup(
      content,
      BACKUP_PASSPHRASE,
      { createdAt: '2026-11-24T10:00:00.000Z', appVersion: '0.1.0' },
      FAST,
    );
    const inspected = await inspectBackupFile(file, BACKUP_PASSPHRASE);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.notes).toEqual([
      '2 settings were not in the form Escalate expects, so they are left out and this device keeps its own.',
      '1 policy pack is not a valid policy pack (broken), so left out.',
      `1 imported policy pack uses the id of a built-in policy (${builtIn.id}), so left out: the built-in guide is kept.`,
    ]);
    await restoreBackupContent(inspected.content, 'replace');
    expect(await db.settings.get('calendar.settings')).toBeUndefined();
    expect(await db.settings.get('vault.autoLockMinutes')).toBeUndefined();
    expect((await db.settings.get('notify.subjectPrefix'))?.value).toBe('[encrypt]');
    expect(await db.customPacks.count()).toBe(0);
    expect((await findPack(builtIn.id))?.version).toBe(builtIn.version);
  });
});
