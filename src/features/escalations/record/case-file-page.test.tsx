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
    // Each column names its kind, which sizes it on paper (case-file-print.test.ts).
    const stages = within(view).getByRole('heading', { name: 'Stages and due dates' });
    const table = within(stages.closest('section') as HTMLElement).getByRole('table');
    expect([...table.querySelectorAll('col')].map((col) => col.className)).toEqual([
      'case-file__column--brief',
      'case-file__column--date',
      'case-file__column--date',
      'case-file__column--date',
      'case-file__column--text',
    ]);

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Print/ }));
    // Printing waits for the export to be written to the audit trail first.
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const audit = await getAuditEvents(escalation.id);
    const exported = audit.filter((event) => event.action === 'case-file-exported');
    expect(exported).toHaveLength(1);
    expect(exported[0]?.detail).toMatch(/not anonymised\), print view printed/);
  });

  it('audits the browser’s own Print command too, and a button print only once', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    renderRecordAt(`/escalations/${escalation.id}/case-file`);
    await screen.findByRole('heading', { level: 1, name: 'Export the record for your case file' });
    const exports = async () =>
      (await getAuditEvents(escalation.id)).filter(
        (event) => event.action === 'case-file-exported',
      );

    // Ctrl+P or the browser's menu: only the browser's beforeprint event says so.
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(async () => expect(await exports()).toHaveLength(1));

    // The page's button: browsers fire beforeprint inside window.print().
    const print = vi
      .spyOn(window, 'print')
      .mockImplementation(() => void window.dispatchEvent(new Event('beforeprint')));
    print.mockClear(); // the spy may carry calls from the test above
    await userEvent.setup().click(screen.getByRole('button', { name: /^Print/ }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 200)); // time for a second write, were there one
    expect(await exports()).toHaveLength(2);
  });
});
