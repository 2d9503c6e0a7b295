// The synthetic training records: clearly examples, valid, and spread across the statuses.
import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../calendar/london-time';
import { builtInPacks } from '../policy/built-in-packs';
import { makeCaseReference } from './case-reference';
import type { Escalation } from './escalation';
import { EXAMPLE_MARK, testNhsNumber } from './example-content';
import { makeExampleEscalations } from './example-escalations';
import { discussionLog, dueState } from './escalation-queries';
import { at, fakePack, idMaker } from './escalation.fixture';

const now = at('2026-03-04T10:00:00.000Z');

function caseRefMaker(): () => string {
  let seed = 0;
  return () => makeCaseReference(new Uint8Array(16).fill((seed += 1)));
}

const context = { now, ids: idMaker('example'), caseRefs: caseRefMaker() };

describe('makeExampleEscalations', () => {
  const set = makeExampleEscalations([fakePack, { ...fakePack, id: 'second-pack' }], context);

  it('makes two records per pack, each kind once across two packs', () => {
    expect(set.escalations).toHaveLength(4);
    expect(set.escalations.map((record) => record.status)).toEqual([
      'open',
      'open',
      'resolved',
      'referred-to-partnership',
    ]);
  });

  it('marks every record as an example, and every statement as EXAMPLE', () => {
    for (const record of set.escalations) {
      expect(record.isExample).toBe(true);
      expect(record.statement.whatIsEscalated.startsWith(EXAMPLE_MARK)).toBe(true);
      expect(record.statement.outcomeSought.startsWith(EXAMPLE_MARK)).toBe(true);
    }
    for (const entry of set.discussions) expect(entry.summary).toContain(EXAMPLE_MARK);
  });

  it('has one open record at the first stage and one overdue at the second', () => {
    const [first, overdue] = set.escalations as [Escalation, Escalation];
    expect(first.stageHistory.map((visit) => visit.stageId)).toEqual(['practitioners']);
    expect(overdue.stageHistory.at(-1)?.stageId).toBe('line-managers');
    expect(dueState(overdue, londonDateOf(now), now).kind).toBe('overdue');
  });

  it('ends the referred record after the last stage, and the resolved one with an outcome', () => {
    const resolved = set.escalations[2];
    const referred = set.escalations[3];
    expect(resolved?.resolution?.agreedOutcome).toContain(EXAMPLE_MARK);
    expect(referred?.stageHistory.at(-1)?.stageId).toBe('senior-managers');
    expect(referred?.referral?.reason).toContain(EXAMPLE_MARK);
  });

  it('gives every record an invented client, and never a real NHS number', () => {
    expect(Object.keys(set.clients).sort()).toEqual(
      set.escalations.map((record) => record.id).sort(),
    );
    for (const client of Object.values(set.clients)) {
      expect(client.child.nhsNumber).toMatch(/^999\d{7}$/);
      expect(client.address?.postcode).toBe('ZZ1 1ZZ');
    }
  });

  it('makes every example record and discussion with its own id, and no time after now', () => {
    const ids = [
      ...set.escalations.map((record) => record.id),
      ...set.discussions.map((entry) => entry.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of set.escalations) expect(record.updatedAt <= now).toBe(true);
    for (const entry of set.discussions) expect(entry.recordedAt <= now).toBe(true);
  });

  it('logs discussions that belong to the records', () => {
    const recordIds = new Set(set.escalations.map((record) => record.id));
    expect(set.discussions.length).toBeGreaterThanOrEqual(4);
    expect(set.discussions.every((entry) => recordIds.has(entry.escalationId))).toBe(true);
    expect(discussionLog(set.discussions)).toHaveLength(set.discussions.length);
  });

  it('builds examples for every built-in pack through the state machine', () => {
    const built = makeExampleEscalations(builtInPacks, { ...context, ids: idMaker('b') });
    expect(built.escalations).toHaveLength(builtInPacks.length * 2);
    expect(new Set(built.escalations.map((record) => record.packId))).toEqual(
      new Set(builtInPacks.map((pack) => pack.id)),
    );
    expect(new Set(built.escalations.map((record) => record.status)).size).toBe(3);
  });
});

describe('testNhsNumber', () => {
  it('gives ten digits in the 999 test range that pass the modulus 11 check', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const digits = testNhsNumber(seed).split('').map(Number);
      expect(digits).toHaveLength(10);
      const sum = digits
        .slice(0, 9)
        .reduce((total, digit, index) => total + digit * (10 - index), 0);
      expect((11 - (sum % 11)) % 11).toBe(digits[9]);
      expect(testNhsNumber(seed).startsWith('999')).toBe(true);
    }
  });
});
