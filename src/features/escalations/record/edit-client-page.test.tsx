// Amending the client's details: a sibling learned later is saved as an amendment, shown on the
// record with who and when, and the details as they were are kept.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  getAuditEvents,
  getClientAmendments,
  getClientIdentity,
  saveClientAmendment,
} from '../../../data/escalations-repository';
import type { IsoDate, IsoDateTime } from '../../../domain/calendar/iso-date';
import {
  builtInPack,
  createTestRecord,
  renderRecordAt,
  setUpRecordTests,
  TEST_CLIENT,
} from './record-test-support';

const MONDAY = '2026-03-02T10:00:00.000Z';
const southTyneside = builtInPack('south-tyneside-joint-2024');

setUpRecordTests(MONDAY);

describe('amend the client’s details', () => {
  it('adds a sibling as an amendment and keeps the details as they were', async () => {
    vi.setSystemTime('2026-03-02T11:00:00.000Z');
    const escalation = await createTestRecord(southTyneside, MONDAY);
    renderRecordAt(`/escalations/${escalation.id}/client`);
    await screen.findByRole('heading', { level: 1, name: 'Amend the client’s details' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Add a sibling/i }));
    await user.type(
      screen.getByLabelText('First name', { selector: '#siblings-0-firstName' }),
      'Perrin',
    );
    await user.click(screen.getByRole('button', { name: 'Save the amendment' }));

    expect(await screen.findByRole('status', { name: /Client details amended/ })).toBeTruthy();
    expect((await getClientIdentity(escalation.id))?.siblings).toEqual([{ firstName: 'Perrin' }]);
    const [amendment] = await getClientAmendments(escalation.id);
    expect(amendment?.previous).toEqual(TEST_CLIENT);
    expect(amendment?.changes).toEqual(['Sibling added: Perrin']);
    const audit = await getAuditEvents(escalation.id);
    expect(audit.map((event) => event.action)).toContain('client-details-amended');
    const details = screen.getByText('Client details (sensitive)').closest('details');
    if (!details) throw new Error('no client details');
    expect(within(details).getByText('Sibling added: Perrin')).toBeTruthy();
  });

  it('shows the dates of an amendment kept before dates were in words as "5 May 2021"', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    const at = '2026-03-02T11:00:00.000Z' as IsoDateTime;
    await saveClientAmendment({
      escalation: { ...escalation, revision: escalation.revision + 1, updatedAt: at },
      expectedRevision: escalation.revision,
      client: { ...TEST_CLIENT, siblings: [{ firstName: 'Tilly', dob: '2021-05-05' as IsoDate }] },
      amendment: {
        id: 'amendment-1',
        at,
        by: 'Designated safeguarding lead, Wexbury Primary',
        changes: ['Sibling added: Tilly, born 2021-05-05'],
        previous: TEST_CLIENT,
      },
      audit: {
        id: 'audit-amended',
        escalationId: escalation.id,
        at,
        action: 'client-details-amended',
        detail: 'Client details amended: sibling (1 change).',
      },
    });
    renderRecordAt(`/escalations/${escalation.id}`);
    const summary = await screen.findByText('Client details (sensitive)');
    const details = summary.closest('details');
    if (!details) throw new Error('no client details');
    expect(within(details).getByText('Sibling added: Tilly, born 5 May 2021')).toBeTruthy();
  });

  it('refuses a save that changes nothing and says so', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    renderRecordAt(`/escalations/${escalation.id}/client`);
    await screen.findByRole('heading', { level: 1, name: 'Amend the client’s details' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save the amendment' }));
    expect((await screen.findAllByText(/Nothing was changed/)).length).toBeGreaterThan(0);
    expect(await getClientAmendments(escalation.id)).toEqual([]);
  });
});
