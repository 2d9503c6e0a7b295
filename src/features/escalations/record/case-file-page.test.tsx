// The case-file export warns that it is not anonymised, shows the whole record, and audits printing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getAuditEvents } from '../../../data/escalations-repository';
import {
  builtInPack,
  createTestRecord,
  renderRecordAt,
  setUpRecordTests,
} from './record-test-support';

const MONDAY = '2026-03-02T10:00:00.000Z';
const southTyneside = builtInPack('south-tyneside-joint-2024');

setUpRecordTests(MONDAY);

describe('export for the case file', () => {
  it('says it is not anonymised, shows the client and stages, and audits each print', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    renderRecordAt(`/escalations/${escalation.id}/case-file`);
    await screen.findByRole('heading', { level: 1, name: 'Export the record for your case file' });
    expect(screen.getByRole('note').textContent).toMatch(/Not anonymised/);
    const view = screen.getByRole('article', { name: `Escalation record ${escalation.caseRef}` });
    expect(within(view).getByText('Tamsin Quillfeather')).toBeTruthy();
    expect(within(view).getByRole('heading', { name: 'Stages and due dates' })).toBeTruthy();
    expect(within(view).getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Print/ }));
    // Printing waits for the export to be written to the audit trail first.
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const audit = await getAuditEvents(escalation.id);
    const exported = audit.filter((event) => event.action === 'case-file-exported');
    expect(exported).toHaveLength(1);
    expect(exported[0]?.detail).toMatch(/not anonymised\), print view printed/);
  });
});
