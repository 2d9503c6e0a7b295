// The record page says, per policy, whether the partnership is to be told now, which form, why, and
// where the policy says so; and the South Tyneside record shows the protocol's overall timescale.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EscalationCommand } from '../../../domain/escalation/escalation-machine';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import {
  builtInPack,
  changeElsewhere,
  createTestRecord,
  renderRecordAt,
  setUpRecordTests,
} from './record-test-support';

// Monday 2 March 2026, 10:00 in London (GMT).
const MONDAY = '2026-03-02T10:00:00.000Z';
setUpRecordTests(MONDAY);

const RESOLVE: EscalationCommand = {
  type: 'resolve',
  resolution: {
    agreedOutcome: 'A strategy discussion was held.',
    confirmationSentTo: '',
    confirmationSentOn: null,
    outstandingIssues: '',
    howOutstandingWillBePursued: '',
    debrief: '',
    learning: '',
  },
};

/** A record under `pack`, escalated `times` times, then changed by `last` (if given). */
async function recordAt(pack: PolicyPack, times: number, last?: EscalationCommand) {
  const escalation = await createTestRecord(pack, MONDAY);
  for (let step = 0; step < times; step += 1) {
    await changeElsewhere(escalation.id, pack, { type: 'escalate', reason: 'No reply.' }, MONDAY);
  }
  if (last) await changeElsewhere(escalation.id, pack, last, MONDAY);
  renderRecordAt(`/escalations/${escalation.id}`);
  return screen.findByRole('region', { name: 'Does the policy ask for a notification now?' });
}

describe('whether the policy asks for a notification now', () => {
  it('Wiltshire: asks the manager who resolved it, at whatever stage it was resolved', async () => {
    const wiltshire = builtInPack('wiltshire-scb-2013');
    const section = await recordAt(wiltshire, 1, RESOLVE);
    expect(section.textContent).toContain(
      'Yes: the policy asks for “WSCB Escalation Policy: Notification of an escalation to the WSCB”.',
    );
    expect(section.textContent).toContain('resolved at Stage One: Manager: Manager');
    expect(section.textContent).toContain('who resolved the concern');
    expect(section.textContent).toContain('Source: Documenting discussions and decisions');
  });

  it('Wiltshire: does not ask while the disagreement is open, and says when it will', async () => {
    const section = await recordAt(builtInPack('wiltshire-scb-2013'), 0);
    expect(section.textContent).toContain('Not now: the policy does not ask for');
    expect(section.textContent).toContain('It is not resolved yet');
    expect(within(section).getByText(/You can still prepare one/)).toBeTruthy();
  });

  it('Cambridgeshire: a disagreement resolved before review is not one for the Independent Chair', async () => {
    const section = await recordAt(builtInPack('cambridgeshire-lscb-2013'), 1, RESOLVE);
    expect(section.textContent).toContain('Not now');
    expect(section.textContent).toContain('without reaching Independent Chair of the LSCB');
    expect(section.textContent).toContain('Source: §2.10');
  });

  it('Lincolnshire: no referral to the case review group for a case resolved at Step 2', async () => {
    const section = await recordAt(builtInPack('lincolnshire-scb-2010'), 1, RESOLVE);
    expect(section.textContent).toContain('Not now');
    expect(section.textContent).toContain('without reaching Step 4');
  });

  it('South Tyneside: asks from Stage 2, citing §4 Stage 2', async () => {
    const section = await recordAt(builtInPack('south-tyneside-joint-2024'), 2);
    expect(section.textContent).toContain('Yes: the policy asks for');
    expect(section.textContent).toContain('It reached Stage 2:');
    expect(section.textContent).toContain('Source: §4 Stage 2');
  });

  it('the LSCP procedure: its outcome record is asked for only once an outcome is agreed', async () => {
    const section = await recordAt(builtInPack('unnamed-lscp-resolution-procedure'), 1);
    expect(section.textContent).toContain('Not now');
  });
});

describe('South Tyneside’s overall timescale on the record', () => {
  it('shows that every issue is to be resolved within 5 working days, with the date', async () => {
    await recordAt(builtInPack('south-tyneside-joint-2024'), 0);
    const panel = screen.getByRole('region', { name: 'Current stage' });
    expect(within(panel).getByText('Whole escalation')).toBeTruthy();
    expect(panel.textContent).toContain(
      'The policy expects the disagreement to be resolved within 5 working days: by 9 March 2026 at 17:00.',
    );
    expect(panel.textContent).toContain('Source: §4');
  });
});

describe('a record on an urgent route', () => {
  it('reads “act now”, not overdue, and starts with the first minutes before the policy’s steps', async () => {
    const wiltshire = builtInPack('wiltshire-scb-2013');
    const escalation = await createTestRecord(wiltshire, MONDAY, 'imminent-risk');
    vi.setSystemTime('2026-03-04T12:00:00.000Z');
    renderRecordAt(`/escalations/${escalation.id}`);
    const panel = await screen.findByRole('region', { name: 'Current stage' });
    expect(within(panel).getByText('Act now').parentElement?.textContent).toBe(
      'Act now: the policy asks for this immediately',
    );
    expect(panel.textContent).not.toMatch(/overdue/i);
    const guidance = panel.querySelector('details.record-guidance') as HTMLDetailsElement;
    expect(guidance.open).toBe(true);
    const text = guidance.textContent ?? '';
    expect(text).toContain('call the police on 999');
    expect(text).toContain('not part of the WSCB policy');
    expect(text.indexOf('999')).toBeLessThan(text.indexOf('WSCB nominated persons'));
  });
});
