// The dashboard's kept counts always say what counting every record would say, whatever is written.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Escalation } from '../domain/escalation/escalation';
import { sampleAudit, sampleEscalation } from '../../test/fixtures/escalations/sample-escalation';
import { type EscalateDatabase } from './db';
import { readDashboard } from './escalation-queries';
import { createEscalationRecord, saveEscalationChange } from './escalations-repository';
import { addExampleEscalations, removeExampleEscalations } from './examples-repository';
import { adjustOpenCounts, recountOpenCounts } from './open-counts';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

const NOW = '2026-11-24T12:00:00.000Z';
const END_OF_TODAY = '2026-11-24T23:59:59.999Z';
let db: EscalateDatabase;

beforeEach(async () => {
  db = await openTestVault('escalate-counts-test', 'counts passphrase lantern');
});

afterEach(() => closeTestVault(db));

/** The dashboard's counts worked out the slow way, from every stored row. */
async function countedFromEveryRow() {
  const open = (await db.escalations.toArray()).filter((row) => row.status === 'open');
  const stages = new Map<string, number>();
  for (const row of open) stages.set(row.stageKey, (stages.get(row.stageKey) ?? 0) + 1);
  return {
    overdueCount: open.filter((row) => row.dueSort < NOW).length,
    dueTodayCount: open.filter((row) => row.dueSort >= NOW && row.dueSort <= END_OF_TODAY).length,
    openCount: open.length,
    openByStage: [...stages]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stageKey, count]) => ({ stageKey, count })),
  };
}

async function dashboardCounts() {
  const { overdueCount, dueTodayCount, openCount, openByStage } = await readDashboard(
    NOW,
    END_OF_TODAY,
  );
  return { overdueCount, dueTodayCount, openCount, openByStage };
}

const DUE_TIMES = [
  '2026-11-20T17:00:00.000Z',
  '2026-11-24T09:00:00.000Z',
  '2026-11-24T12:00:00.000Z',
  '2026-11-24T17:00:00.000Z',
  '2026-11-25T09:00:00.000Z',
  null,
] as const;

function escalationWith(
  id: number,
  change: { due: number; stage: number; status: number },
  revision = 1,
): Escalation {
  const base = sampleEscalation(
    { id: `esc-${id}`, caseRef: `ESC-${String(id).padStart(4, '0')}-TEST`, revision },
    DUE_TIMES[change.due] ?? undefined,
  );
  const [visit] = base.stageHistory;
  const dueAt = DUE_TIMES[change.due] ?? null;
  return {
    ...base,
    status: (['open', 'resolved', 'withdrawn'] as const)[change.status] ?? 'open',
    stageHistory: visit
      ? [
          {
            ...visit,
            stageId: `stage-${change.stage + 1}`,
            dueAt: dueAt as never,
            dueDate: (dueAt?.slice(0, 10) ?? null) as never,
          },
        ]
      : [],
  };
}

describe('kept dashboard counts', () => {
  it('follow records as they are started, change stage and due date, close and are removed', async () => {
    const change = fc.record({
      id: fc.integer({ min: 0, max: 4 }),
      due: fc.integer({ min: 0, max: DUE_TIMES.length - 1 }),
      stage: fc.integer({ min: 0, max: 2 }),
      status: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
        await Promise.all([db.escalations.clear(), db.openCounts.clear(), db.auditEvents.clear()]);
        const revisions = new Map<number, number>();
        for (const [i, step] of changes.entries()) {
          const revision = revisions.get(step.id);
          const escalation = escalationWith(step.id, step, (revision ?? 0) + 1);
          const audit = sampleAudit({ id: `audit-${i}`, escalationId: escalation.id });
          if (revision === undefined)
            await createEscalationRecord({ escalation, client: null, audit });
          else await saveEscalationChange({ escalation, expectedRevision: revision, audit });
          revisions.set(step.id, revision === undefined ? 1 : revision + 1);
        }
        expect(await dashboardCounts()).toEqual(await countedFromEveryRow());
      }),
      { numRuns: 15 },
    );
  });

  it('add and remove the example records with them', async () => {
    await createEscalationRecord({
      escalation: escalationWith(1, { due: 0, stage: 0, status: 0 }),
      client: null,
      audit: sampleAudit({ escalationId: 'esc-1' }),
    });
    const examples = [2, 3].map((id) => ({
      ...escalationWith(id, { due: id, stage: 1, status: 0 }),
      isExample: true,
    }));
    await addExampleEscalations({ escalations: examples, discussions: [], clients: {}, audit: [] });
    expect((await dashboardCounts()).openCount).toBe(3);
    expect(await dashboardCounts()).toEqual(await countedFromEveryRow());
    expect(await removeExampleEscalations()).toBe(2);
    expect(await dashboardCounts()).toEqual({
      overdueCount: 1,
      dueTodayCount: 0,
      openCount: 1,
      openByStage: [{ stageKey: 'wiltshire-scb-2013/stage-1', count: 1 }],
    });
  });

  it('count again from the records if a write ever went round them', async () => {
    await createEscalationRecord({
      escalation: escalationWith(1, { due: 1, stage: 0, status: 0 }),
      client: null,
      audit: sampleAudit({ escalationId: 'esc-1' }),
    });
    // A row deleted without the counts, then one taken away through them: a count would go below 0.
    await db.escalations.delete('esc-1');
    await db.transaction('rw', [db.escalations, db.openCounts], async () => {
      const gone = {
        status: 'open',
        stageKey: 'wiltshire-scb-2013/stage-1',
        dueSort: DUE_TIMES[1],
      };
      await adjustOpenCounts(db, [gone, gone], []);
    });
    expect(await db.openCounts.count()).toBe(0);
    expect(await dashboardCounts()).toEqual(await countedFromEveryRow());
  });

  it('are counted again from the indexes alone', async () => {
    for (const id of [1, 2, 3])
      await createEscalationRecord({
        escalation: escalationWith(id, { due: id, stage: id % 2, status: 0 }),
        client: null,
        audit: sampleAudit({ id: `audit-${id}`, escalationId: `esc-${id}` }),
      });
    const kept = await db.openCounts.toArray();
    await db.transaction('rw', [db.escalations, db.openCounts], () => recountOpenCounts(db));
    expect(await db.openCounts.toArray()).toEqual(kept);
  });
});
