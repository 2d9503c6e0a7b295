import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../calendar/iso-date';
import type { Escalation, StageVisit } from '../escalation/escalation';
import { findBuiltInPack } from '../policy/built-in-packs';
import type { PolicyPack } from '../policy/policy-pack';
import { notificationRequest, unaskedNotice } from './notification-request';

function pack(id: string): PolicyPack {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z` as IsoDateTime;

/** A record that went through the first `count` stages of the pack and is now `status`. */
function record(
  policy: PolicyPack,
  count: number,
  status: Escalation['status'] = 'open',
): Pick<Escalation, 'status' | 'stageHistory' | 'resolution' | 'referral'> {
  const stageHistory: StageVisit[] = policy.stages.slice(0, count).map((stage, index) => ({
    kind: 'stage',
    stageId: stage.id,
    enteredAt: at(2 + index),
    dueDate: null,
    dueAt: null,
    leftAt: null,
    reason: '',
  }));
  const closedAt = at(2 + count);
  return {
    status,
    stageHistory,
    resolution:
      status === 'resolved'
        ? {
            resolvedAt: closedAt,
            agreedOutcome: 'Agreed.',
            confirmationSentTo: '',
            confirmationSentOn: null,
            outstandingIssues: '',
            howOutstandingWillBePursued: '',
            debrief: '',
            learning: '',
          }
        : null,
    referral: status === 'referred-to-partnership' ? { at: closedAt, reason: 'Unresolved.' } : null,
  };
}

describe('when Wiltshire asks for its Notification of an Escalation', () => {
  const wiltshire = pack('wiltshire-scb-2013');

  it('asks the resolving manager for it at whatever stage the disagreement is resolved', () => {
    for (let count = 1; count <= wiltshire.stages.length; count += 1) {
      const request = notificationRequest(record(wiltshire, count, 'resolved'), wiltshire);
      expect(request.asked).toBe(true);
      expect(request.source).toBe('Documenting discussions and decisions');
    }
    const atStageOne = notificationRequest(record(wiltshire, 2, 'resolved'), wiltshire);
    expect(atStageOne.because).toBe(
      'This disagreement was resolved at Stage One: Manager: Manager on 4 November 2026.',
    );
  });

  it('does not ask for it while the disagreement is open, or when it was withdrawn', () => {
    const open = notificationRequest(record(wiltshire, 3), wiltshire);
    expect(open.asked).toBe(false);
    expect(open.because).toBe(
      'It is not resolved yet: it is at Stage Two: Senior Manager: Senior Manager.',
    );
    expect(notificationRequest(record(wiltshire, 1, 'withdrawn'), wiltshire).asked).toBe(false);
  });
});

describe('when Cambridgeshire asks for the Independent Chair to be informed (§2.10)', () => {
  const cambs = pack('cambridgeshire-lscb-2013');
  const chair = cambs.stages.findIndex((stage) => stage.id === 'cambs-independent-chair');

  it('asks once the record reaches the Independent Chair, or is referred unresolved', () => {
    expect(notificationRequest(record(cambs, chair + 1), cambs).asked).toBe(true);
    const referred = notificationRequest(record(cambs, 2, 'referred-to-partnership'), cambs);
    expect(referred.asked).toBe(true);
    expect(referred.because).toBe('It was referred to the partnership on 4 November 2026.');
  });

  it('does not ask when the disagreement was resolved before there', () => {
    const resolved = notificationRequest(record(cambs, 2, 'resolved'), cambs);
    expect(resolved.asked).toBe(false);
    expect(resolved.because).toMatch(/^It was resolved at .*, without reaching Independent Chair/);
    expect(resolved.source).toBe('§2.10');
  });
});

describe('when the LSCP procedure asks for the record of the outcome (§2.5, §3.1.4)', () => {
  const lscp = pack('unnamed-lscp-resolution-procedure');

  it('asks only once an outcome is agreed', () => {
    expect(notificationRequest(record(lscp, 2, 'resolved'), lscp).asked).toBe(true);
    const open = notificationRequest(record(lscp, 2), lscp);
    expect(open.asked).toBe(false);
    expect(open.because).toMatch(/^It is not resolved yet/);
  });
});

describe('when Lincolnshire’s referral to the inter agency case review group applies (Step 4)', () => {
  const lincs = pack('lincolnshire-scb-2010');

  it('applies only at Step 4, never to a case resolved at Step 2', () => {
    expect(notificationRequest(record(lincs, 4), lincs).asked).toBe(true);
    const resolved = notificationRequest(record(lincs, 2, 'resolved'), lincs);
    expect(resolved.asked).toBe(false);
    expect(resolved.because).toBe(
      'It was resolved at Step 2: Line managers/supervisors, without reaching Step 4: Inter agency case review group.',
    );
  });
});

describe('when South Tyneside asks for the partnership to be notified (§4 Stage 2)', () => {
  const st = pack('south-tyneside-joint-2024');

  it('asks from Stage 2 on, even after the disagreement is resolved there', () => {
    expect(notificationRequest(record(st, 3), st).asked).toBe(true);
    expect(notificationRequest(record(st, 4, 'resolved'), st).asked).toBe(true);
    expect(notificationRequest(record(st, 5), st).asked).toBe(true);
  });

  it('does not ask before Stage 2', () => {
    const atStageOne = notificationRequest(record(st, 2), st);
    expect(atStageOne.asked).toBe(false);
    expect(atStageOne.because).toMatch(/^It has not reached Stage 2: .* it is at Stage 1: /);
    expect(unaskedNotice(atStageOne)).toContain('(Source: §4 Stage 2)');
  });
});
