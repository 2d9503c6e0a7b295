// A business unit imports notification PDFs and a spreadsheet, sees them in the register, filters
// it, and edits an entry; a tampered or foreign file is refused with its reason.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notificationFileBytes } from '../../../test/fixtures/register/notification-file';
import { REGISTER_NEEDS_INDEXING, type RegisterEntryRow } from '../../data/db';
import { importSpreadsheetEntries, toRegisterRow } from '../../data/register-repository';
import type { IsoDate, IsoDateTime } from '../../domain/calendar/iso-date';
import { entryFromNotification } from '../../domain/register/register-entry';
import { testNotificationData, testSha256 } from '../../domain/register/register-test-data';
import { renderRegister, setUpRegisterTests } from './register-test-support';

const testDatabase = setUpRegisterTests('register-ui');

function pdf(name: string, caseRef: string, overrides = {}): File {
  const bytes = notificationFileBytes(testNotificationData(caseRef, undefined, overrides));
  return new File([bytes.slice().buffer], name, { type: 'application/pdf' });
}

describe('register page', () => {
  it('imports PDFs, refusing a foreign one with a reason, and lists them', async () => {
    const user = userEvent.setup();
    renderRegister();
    const input = await screen.findByLabelText(/Choose notification PDFs/);
    await user.upload(input, [
      pdf('first.pdf', 'ESC-AAAA-0001'),
      new File(['%PDF-1.4\n%%EOF\n'], 'scan.pdf', { type: 'application/pdf' }),
      pdf('second.pdf', 'ESC-AAAA-0002', {
        ending: 'open',
        endedOn: null,
        workingDaysToResolution: null,
      }),
    ]);
    const results = await screen
      .findByRole('region', { name: 'Import results' })
      .catch(() => screen.getByRole('heading', { name: 'Import results' }).closest('section'));
    if (!results) throw new Error('no results');
    expect(await within(results as HTMLElement).findByText(/2 of 3 files imported/)).toBeTruthy();
    expect(within(results as HTMLElement).getByText(/Not an Escalate notification/)).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: 'ESC-AAAA-0001' })).toBeTruthy();
    expect(await within(table).findByRole('link', { name: 'ESC-AAAA-0002' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Resolved'), 'Not resolved');
    expect(await screen.findByText(/^1 of 2 notifications/)).toBeTruthy();
    expect(
      within(screen.getByRole('table')).queryByRole('link', { name: 'ESC-AAAA-0001' }),
    ).toBeNull();
  });

  it('imports a spreadsheet after its columns are matched', async () => {
    const user = userEvent.setup();
    renderRegister();
    const csv = '\uFEFFDate received,Case Ref,Summary of issue\r\n01/04/2026,SC-7,Zoë’s school\r\n';
    await user.upload(
      await screen.findByLabelText(/Choose notification PDFs/),
      new File([csv], 'old.csv', { type: 'text/csv' }),
    );
    expect((screen.getByLabelText(/Case reference/) as HTMLSelectElement).value).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText(/old\.csv – 1 of 1 rows imported/)).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Zoë’s school')).toBeTruthy();
  });

  it('files spreadsheet rows as resolved, not resolved or not known, as their outcome says', async () => {
    const user = userEvent.setup();
    renderRegister();
    const csv = [
      'Received,Case reference,Outcome,Status',
      '31/03/2026,OLD-0001,Resolved at stage 1,Closed',
      '01/04/2026,OLD-0002,Resolved: housing shared the address,Closed',
      '15/06/2026,OLD-0003,Not resolved,In progress',
      '01/10/2026,OLD-0005,,Received',
      '31/12/2026,OLD-0006,,Closed',
    ].join('\r\n');
    await user.upload(
      await screen.findByLabelText(/Choose notification PDFs/),
      new File([csv], 'old.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 5 rows' }));
    expect(await screen.findByText(/old\.csv – 5 of 5 rows imported/)).toBeTruthy();
    const listed = async (choice: string, count: string) => {
      await user.selectOptions(screen.getByLabelText('Resolved'), choice);
      expect(await screen.findByText(`${count} of 5 notifications.`)).toBeTruthy();
      const links = within(screen.getByRole('table')).getAllByRole('link');
      return links.map((link) => link.textContent).sort();
    };
    expect(await listed('Resolved', '2')).toEqual(['OLD-0001', 'OLD-0002']);
    expect(await listed('Not resolved', '1')).toEqual(['OLD-0003']);
    expect(await listed('Not known', '2')).toEqual(['OLD-0005', 'OLD-0006']);
  });

  it('finds spreadsheet rows by the agency types their Agencies column names', async () => {
    const user = userEvent.setup();
    renderRegister();
    const csv = [
      'Received,Case reference,Agencies',
      '31/03/2026,OLD-0001,Police; Children’s social care',
      '01/04/2026,OLD-0002,Health; Housing',
      '15/06/2026,OLD-0003,Schools; Children’s social care',
      '30/09/2026,OLD-0004,Police',
      '01/10/2026,OLD-0005,Northshire Constabulary',
    ].join('\r\n');
    await user.upload(
      await screen.findByLabelText(/Choose notification PDFs/),
      new File([csv], 'old.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 5 rows' }));
    expect(await screen.findByText(/old\.csv – 5 of 5 rows imported/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Agency involved'), 'Police');
    expect(await screen.findByText('2 of 5 notifications.')).toBeTruthy();
    const links = within(screen.getByRole('table')).getAllByRole('link');
    expect(links.map((link) => link.textContent).sort()).toEqual(['OLD-0001', 'OLD-0004']);
    // The words are kept as written, whether or not they name a type.
    await user.selectOptions(screen.getByLabelText('Agency involved'), 'Any');
    expect(await screen.findByText('Northshire Constabulary')).toBeTruthy();
  });

  it('tells a user whose file is not a notification how to add it, and that way works', async () => {
    const user = userEvent.setup();
    renderRegister();
    const input = await screen.findByLabelText(/Choose notification PDFs/);
    await user.upload(input, new File(['%PDF-1.4\n%%EOF\n'], 'letter.pdf'));
    const refusal = await screen.findByText(/Not an Escalate notification/);
    // No way to type an entry in exists, so the advice must not promise one.
    expect(refusal.textContent).not.toMatch(/by hand/);
    expect(refusal.textContent).toContain(
      'put the notification in a row of a spreadsheet, with at least its case reference and the date you received it, save the spreadsheet as CSV and import that file here',
    );
    // Following it: a CSV of just those two columns imports.
    await user.upload(
      input,
      new File(['Case reference,Date received\r\nLTR-0001,03/04/2026\r\n'], 'letter.csv', {
        type: 'text/csv',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText(/letter\.csv – 1 of 1 rows imported/)).toBeTruthy();
    expect(
      await within(await screen.findByRole('table')).findByRole('link', { name: 'LTR-0001' }),
    ).toBeTruthy();
  });

  it('edits an entry’s partnership fields and shows the change in its history', async () => {
    const user = userEvent.setup();
    renderRegister();
    await user.upload(await screen.findByLabelText(/Choose notification PDFs/), [
      pdf('first.pdf', 'ESC-AAAA-0001'),
    ]);
    await user.click(await screen.findByRole('link', { name: 'ESC-AAAA-0001' }));
    await user.type(await screen.findByLabelText('Plan of action'), 'Audit the referral');
    await user.selectOptions(screen.getByLabelText('Status'), 'In progress');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/Plan of action changed from “” to “Audit the referral”/),
    ).toBeTruthy();
    expect(screen.getByText(/Status changed from “Received” to “In progress”/)).toBeTruthy();

    const email = screen.getByRole('link', { name: 'Write the e-mail' }).getAttribute('href') ?? '';
    expect(decodeURIComponent(email)).toMatch(
      /^mailto:\?subject=\[secure\] Acknowledgement of your escalation notification – ESC-AAAA-0001&/,
    );
    expect(decodeURIComponent(email)).not.toContain('Audit the referral');
    await user.click(screen.getByRole('button', { name: 'Record it as sent today' }));
    expect(
      await screen.findByText(/Acknowledged on changed from “” to “\d{1,2} [A-Z][a-z]+ \d{4}”/),
    ).toBeTruthy();
    expect((screen.getByLabelText('Acknowledged on') as HTMLInputElement).value).toMatch(/^\d{4}-/);
  });

  it('pages through a register larger than a page, sorts a column and filters across pages', async () => {
    const user = userEvent.setup();
    const entries = Array.from({ length: 55 }, (_, index) => {
      const caseRef = `ESC-PAGE-${String(index).padStart(4, '0')}`;
      const received = `2026-0${1 + (index % 9)}-${String(1 + (index % 28)).padStart(2, '0')}`;
      const data = testNotificationData(caseRef, undefined, {
        ending: index % 5 === 0 ? 'open' : 'resolved',
      });
      return entryFromNotification(
        `entry-${index}`,
        data,
        testSha256(caseRef),
        received as IsoDate,
      );
    });
    await importSpreadsheetEntries(entries, '2026-11-24T10:00:00.000Z' as IsoDateTime);
    renderRegister();
    expect(await screen.findByText('55 of 55 notifications, page 1 of 2.')).toBeTruthy();
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(50);
    // Newest first: the first row was received on the latest date.
    const latest = [...entries].sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : -1))[0];
    expect(within(rows()[0] as HTMLElement).getByRole('link').textContent).toBe(latest?.caseRef);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('55 of 55 notifications, page 2 of 2.')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(5));

    await user.click(screen.getByRole('button', { name: /Case reference/ }));
    expect(await screen.findByText('55 of 55 notifications, page 1 of 2.')).toBeTruthy();
    await waitFor(() =>
      expect(within(rows()[0] as HTMLElement).getByRole('link').textContent).toBe('ESC-PAGE-0000'),
    );
    expect(
      screen.getByRole('columnheader', { name: /Case reference/ }).getAttribute('aria-sort'),
    ).toBe('ascending');

    await user.selectOptions(screen.getByLabelText('Resolved'), 'Not resolved');
    expect(await screen.findByText('11 of 55 notifications.')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(11));
    expect(rows().map((row) => within(row).getByRole('link').textContent)).toEqual(
      entries
        .filter((_, index) => index % 5 === 0)
        .map((entry) => entry.caseRef)
        .sort(),
    );
  });

  it('indexes a register kept before schema version 5 once, then lists all of it', async () => {
    const entries = ['ESC-OLDR-0001', 'ESC-OLDR-0002'].map((caseRef, index) =>
      entryFromNotification(
        `old-${index}`,
        testNotificationData(caseRef),
        testSha256(caseRef),
        `2026-05-1${index}` as IsoDate,
      ),
    );
    // As the upgrade to version 5 leaves them: rows without index fields, the register marked.
    for (const entry of entries) {
      const { cell, newest, sortStage, sortCategory, sortAcknowledged, ...row } =
        await toRegisterRow(entry);
      expect([cell, newest, sortStage, sortCategory, sortAcknowledged]).not.toContain(undefined);
      await testDatabase().registerEntries.add(row as RegisterEntryRow);
    }
    await testDatabase().settings.put({ key: REGISTER_NEEDS_INDEXING, value: true });
    renderRegister();
    expect(await screen.findByText('2 of 2 notifications.')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(await within(table).findByRole('link', { name: 'ESC-OLDR-0001' })).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'ESC-OLDR-0002' })).toBeTruthy();
    expect(await testDatabase().settings.get(REGISTER_NEEDS_INDEXING)).toBeUndefined();
  });
});
