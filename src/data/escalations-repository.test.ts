// Records are sealed at rest, saved atomically, and never silently overwritten from a stale copy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleDiscussion,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import { type EscalateDatabase } from './db';
import {
  createEscalationRecord,
  getClientIdentity,
  getDiscussions,
  getEscalation,
  RecordChangedElsewhereError,
  saveEscalationChange,
} from './escalations-repository';
import { readDashboard, searchEscalations } from './escalation-queries';
import { InvalidRecordError } from './record-checks';
import { lock, seal, unlock } from './vault-session';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

let db: EscalateDatabase;
const PASSPHRASE = 'correct horse battery staple';

beforeEach(async () => {
  db = await openTestVault('escalate-test', PASSPHRASE);
});

afterEach(() => closeTestVault(db));

async function rawContents(): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(value) : value,
  );
}

describe('escalations repository', () => {
  it('stores no client name, free text or professional’s name in clear', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: SAMPLE_CLIENT,
      audit: sampleAudit(),
      discussions: [sampleDiscussion()],
    });
    const raw = await rawContents();
    for (const secret of [
      'Tamsin',
      'Quillfeather',
      'Lanternfield',
      'WX4 2QJ',
      'Devika',
      'Marchbanks',
      'hungry',
      'home visit',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).toContain('ESC-7KQ4-M2XD');
  });

  it('reads back exactly what was stored once unlocked again', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: SAMPLE_CLIENT,
      audit: sampleAudit(),
      discussions: [sampleDiscussion()],
    });
    await lock();
    await expect(getEscalation('esc-0001')).rejects.toThrow(/locked/);
    expect(await unlock(PASSPHRASE)).toBe(true);
    expect(await getEscalation('esc-0001')).toEqual(sampleEscalation());
    expect(await getClientIdentity('esc-0001')).toEqual(SAMPLE_CLIENT);
    expect(await getDiscussions('esc-0001')).toEqual([sampleDiscussion()]);
  });

  it('refuses a change made from an out-of-date copy and keeps the newer one', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: null,
      audit: sampleAudit(),
    });
    const fromTabA = sampleEscalation({ revision: 2, categoryIds: ['threshold', 'plan'] });
    await saveEscalationChange({
      escalation: fromTabA,
      expectedRevision: 1,
      audit: sampleAudit({ id: 'a2', action: 'edited' }),
    });
    const fromTabB = sampleEscalation({ revision: 2, categoryIds: ['other'] });
    await expect(
      saveEscalationChange({
        escalation: fromTabB,
        expectedRevision: 1,
        audit: sampleAudit({ id: 'a3', action: 'edited' }),
      }),
    ).rejects.toBeInstanceOf(RecordChangedElsewhereError);
    expect((await getEscalation('esc-0001'))?.categoryIds).toEqual(['threshold', 'plan']);
    expect(await db.auditEvents.count()).toBe(2);
  });

  it('writes nothing when part of a new record fails', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: null,
      audit: sampleAudit(),
    });
    await expect(
      createEscalationRecord({
        escalation: sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-AAAA-BBBB' }),
        client: SAMPLE_CLIENT,
        audit: sampleAudit(), // same audit id as the first record: the add fails
      }),
    ).rejects.toThrow();
    expect(await db.escalations.count()).toBe(1);
    expect(await db.clients.count()).toBe(0);
  });
});

describe('dashboard and search', () => {
  it('puts overdue first, then due today, then the rest by due date', async () => {
    const records = [
      sampleEscalation({ id: 'later', caseRef: 'ESC-LATE-RRRR' }, '2026-12-10T17:00:00.000Z'),
      sampleEscalation({ id: 'overdue', caseRef: 'ESC-OVER-DUEE' }, '2026-11-23T17:00:00.000Z'),
      sampleEscalation({ id: 'today', caseRef: 'ESC-TODA-YYYY' }, '2026-11-24T17:00:00.000Z'),
      sampleEscalation({ id: 'soon', caseRef: 'ESC-SOON-SSSS' }, '2026-11-26T17:00:00.000Z'),
      sampleEscalation(
        { id: 'closed', caseRef: 'ESC-CLOS-EDDD', status: 'resolved' },
        '2026-11-01T17:00:00.000Z',
      ),
    ];
    for (const [i, escalation] of records.entries()) {
      await createEscalationRecord({
        escalation,
        client: null,
        audit: sampleAudit({ id: `audit-${i}`, escalationId: escalation.id }),
      });
    }
    const dashboard = await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:59.999Z');
    expect(dashboard.overdue.map((row) => row.id)).toEqual(['overdue']);
    expect(dashboard.dueToday.map((row) => row.id)).toEqual(['today']);
    expect(dashboard.upcoming.map((row) => row.id)).toEqual(['soon', 'later']);
    expect(dashboard.openCount).toBe(4);
    expect(dashboard.openByStage).toEqual([{ stageKey: 'wiltshire-scb-2013/stage-1', count: 4 }]);
  });

  it('finds records by status, category and case reference, a page at a time', async () => {
    for (let i = 0; i < 5; i++) {
      const escalation = sampleEscalation({
        id: `esc-${i}`,
        caseRef: `ESC-TEST-000${i}`,
        createdAt: `2026-11-2${i}T09:00:00.000Z` as never,
        status: i % 2 ? 'resolved' : 'open',
      });
      await createEscalationRecord({
        escalation,
        client: null,
        audit: sampleAudit({ id: `a-${i}`, escalationId: escalation.id }),
      });
    }
    const open = await searchEscalations({ status: 'open' }, { offset: 0, limit: 2 });
    expect(open.rows.map((row) => row.id)).toEqual(['esc-4', 'esc-2']);
    expect(open.hasMore).toBe(true);
    const byRef = await searchEscalations({ caseRef: ' esc-test-0003 ' }, { offset: 0, limit: 10 });
    expect(byRef.rows.map((row) => row.id)).toEqual(['esc-3']);
    const none = await searchEscalations(
      { categoryId: 'no-such-category' },
      { offset: 0, limit: 10 },
    );
    expect(none.rows).toEqual([]);
  });
});

describe('decrypted records pass their schema', () => {
  it('refuses a decrypted record of the wrong shape with a plain message', async () => {
    await createEscalationRecord({
      escalation: sampleEscalation(),
      client: SAMPLE_CLIENT,
      audit: sampleAudit(),
    });
    const row = await db.escalations.get('esc-0001');
    if (!row) throw new Error('missing row');
    const wrong = { ...sampleEscalation(), stageHistory: 'not a list' };
    await db.escalations.put({ ...row, sealed: await seal('escalations', row.id, wrong) });
    await db.clients.put({
      escalationId: 'esc-0001',
      sealed: await seal('clients', 'esc-0001', { child: { firstName: 7 } }),
    });
    await expect(getEscalation('esc-0001')).rejects.toThrow(InvalidRecordError);
    await expect(getEscalation('esc-0001')).rejects.toThrow(/stageHistory/);
    await expect(getClientIdentity('esc-0001')).rejects.toThrow(/child › firstName/);
  });
});
