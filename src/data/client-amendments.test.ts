// Client details changed after the start: the original kept, other keys in the sealed payload kept,
// a stale copy refused; and names shown and searched only while unlocked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import { anonymise } from '../domain/anonymise/anonymise';
import { buildCalendar } from '../domain/calendar/ics-calendar';
import type { IsoDateTime } from '../domain/calendar/iso-date';
import { dueReminders } from '../domain/escalation/due-reminders';
import { amendClientDetails } from '../domain/escalation/client-amendment';
import type { ClientIdentity } from '../domain/escalation/escalation';
import { freeTextFieldsForReview } from '../domain/notification/notification-model';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { collectBackupContent } from './backup-repository';
import { type EscalateDatabase } from './db';
import { readClientLabels, readOpenDueRecords, searchEscalations } from './escalation-queries';
import { countOverdue } from './overdue-count';
import {
  createEscalationRecord,
  getClientAmendments,
  getClientIdentity,
  getEscalation,
  RecordChangedElsewhereError,
  saveClientAmendment,
} from './escalations-repository';
import { lock, seal, unlock, unseal } from './vault-session';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

let db: EscalateDatabase;
const PASSPHRASE = 'correct horse battery staple';
const NOW = '2026-11-23T10:00:00.000Z' as IsoDateTime;

beforeEach(async () => {
  db = await openTestVault('escalate-test', PASSPHRASE);
  await createEscalationRecord({
    escalation: sampleEscalation(),
    client: SAMPLE_CLIENT,
    audit: sampleAudit(),
  });
});

afterEach(() => closeTestVault(db));

const WITH_SIBLING: ClientIdentity = {
  ...SAMPLE_CLIENT,
  siblings: [{ firstName: 'Perrin', lastName: 'Quillfeather' }],
};

async function amend(after: ClientIdentity, expectedRevision = 1) {
  const escalation = await getEscalation('esc-0001');
  const before = await getClientIdentity('esc-0001');
  if (!escalation || !before) throw new Error('no record');
  const amended = amendClientDetails({
    escalation,
    before,
    after,
    now: NOW,
    by: 'Jo Test, DSL, Wexbury Primary',
    id: 'amendment-1',
  });
  if (!amended.ok) throw new Error(amended.error.message);
  await saveClientAmendment({
    escalation: amended.value.escalation,
    expectedRevision,
    client: after,
    amendment: amended.value.amendment,
    audit: { id: 'audit-amend', escalationId: 'esc-0001', ...amended.value.audit },
  });
}

describe('client amendments', () => {
  it('adds a sibling, keeps the details as they were, and audits who and when', async () => {
    await amend(WITH_SIBLING);
    expect(await getClientIdentity('esc-0001')).toEqual(WITH_SIBLING);
    const [amendment] = await getClientAmendments('esc-0001');
    expect(amendment?.previous).toEqual(SAMPLE_CLIENT);
    expect(amendment?.changes).toEqual(['Sibling added: Perrin Quillfeather']);
    expect(amendment?.by).toBe('Jo Test, DSL, Wexbury Primary');
    expect((await getEscalation('esc-0001'))?.revision).toBe(2);
    const audit = await db.auditEvents.get('audit-amend');
    expect(audit?.action).toBe('client-details-amended');
    expect(audit?.at).toBe(NOW);
  });

  it('keeps every other key another feature stored in the client payload', async () => {
    const row = await db.clients.get('esc-0001');
    if (!row) throw new Error('no client row');
    const payload = await unseal<Record<string, unknown>>('clients', 'esc-0001', row.sealed);
    const caseTerms = [{ text: 'Lanternfield', kind: 'place' }];
    await db.clients.put({
      escalationId: 'esc-0001',
      sealed: await seal('clients', 'esc-0001', { ...payload, caseTerms }),
    });
    await amend(WITH_SIBLING);
    const after = await db.clients.get('esc-0001');
    if (!after) throw new Error('client row gone');
    const stored = await unseal<Record<string, unknown>>('clients', 'esc-0001', after.sealed);
    expect(stored.caseTerms).toEqual(caseTerms);
    expect(stored.siblings).toEqual(WITH_SIBLING.siblings);
  });

  it('refuses to save over a change made in another tab', async () => {
    await amend(WITH_SIBLING);
    await expect(amend({ ...WITH_SIBLING, school: 'Wexbury Primary' }, 1)).rejects.toBeInstanceOf(
      RecordChangedElsewhereError,
    );
  });

  it('carries the amendments through a backup', async () => {
    await amend(WITH_SIBLING);
    const content = await collectBackupContent(NOW);
    expect(content.clients[0]?.client).toEqual(WITH_SIBLING);
    expect(content.clients[0]?.amendments?.[0]?.previous).toEqual(SAMPLE_CLIENT);
  });
});

describe('a sibling learned later', () => {
  it('is proposed for hiding in the next notification made from the amended record', async () => {
    const pack = builtInPacks.find((candidate) => candidate.id === 'wiltshire-scb-2013');
    if (!pack) throw new Error('no pack');
    const escalation = sampleEscalation({
      statement: {
        whatIsEscalated: 'Tamsin and Perrin were left alone overnight; the referral was closed.',
        outcomeSought: 'A home visit.',
        outcomeSoughtBy: null,
      },
    });
    await db.escalations.clear();
    await db.clients.clear();
    await db.auditEvents.clear();
    await createEscalationRecord({ escalation, client: SAMPLE_CLIENT, audit: sampleAudit() });
    const hidden = async () => {
      const stored = await getEscalation('esc-0001');
      const client = await getClientIdentity('esc-0001');
      if (!stored || !client) throw new Error('no record');
      const fields = freeTextFieldsForReview({ escalation: stored, discussions: [], pack });
      const findings = fields.flatMap((field) => anonymise(field.text, client).findings);
      return (name: string) => findings.find((finding) => finding.original === name);
    };
    const before = await hidden();
    expect(before('Tamsin')?.confidence).toBe('high');
    // Before: at most a guess that a capitalised word may be a name, not a known sibling.
    expect(before('Perrin')?.reason ?? '').not.toMatch(/sibling/i);
    await amend(WITH_SIBLING);
    const after = await hidden();
    expect(after('Tamsin')?.confidence).toBe('high');
    expect(after('Perrin')).toMatchObject({ type: 'name', confidence: 'high' });
    expect(after('Perrin')?.reason).toMatch(/sibling/i);
  });
});

describe('client names in lists', () => {
  it('gives the name and initials of the rows asked for while unlocked, and nothing when locked', async () => {
    const labels = await readClientLabels(['esc-0001']);
    expect(labels.get('esc-0001')).toEqual({ name: 'Tamsin Quillfeather', initials: 'T.Q.' });
    await lock();
    expect((await readClientLabels(['esc-0001'])).size).toBe(0);
    await unlock(PASSPHRASE);
  });

  it('finds a record by any part of the client’s or a family member’s name while unlocked', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-AAAA-BBBB' }),
      client: { child: { firstName: 'Bramwell', lastName: 'Ostrander' } },
      audit: sampleAudit({ id: 'audit-0002', escalationId: 'esc-0002' }),
    });
    const page = { offset: 0, limit: 25 };
    const byName = await searchEscalations({ clientName: 'tamsin quill' }, page);
    expect(byName.rows.map((row) => row.id)).toEqual(['esc-0001']);
    const byMother = await searchEscalations({ clientName: 'orla' }, page);
    expect(byMother.rows.map((row) => row.id)).toEqual(['esc-0001']);
    const other = await searchEscalations({ clientName: 'Bramwell' }, page);
    expect(other.rows.map((row) => row.caseRef)).toEqual(['ESC-AAAA-BBBB']);
    await lock();
    expect((await searchEscalations({ clientName: 'tamsin' }, page)).rows).toEqual([]);
  });
});

describe('due dates for the calendar', () => {
  it('gives open records from clear fields only, so the calendar file holds no client detail', async () => {
    const records = await readOpenDueRecords();
    expect(records).toEqual([
      {
        id: 'esc-0001',
        caseRef: 'ESC-7KQ4-M2XD',
        packId: 'wiltshire-scb-2013',
        stageId: expect.any(String) as string,
        dueAt: '2026-11-27T17:00:00.000Z',
      },
    ]);
    const packs = builtInPacks.map((pack) => pack);
    const ics = buildCalendar(dueReminders(records, packs), NOW);
    expect(ics).toContain('ESC-7KQ4-M2XD');
    for (const secret of ['Tamsin', 'Quillfeather', 'Orla', 'Lanternfield', 'WX4', 'home visit'])
      expect(ics).not.toContain(secret);
    expect(await countOverdue('2026-11-28T00:00:00.000Z')).toBe(1);
    expect(await countOverdue('2026-11-27T00:00:00.000Z')).toBe(0);
  });
});
