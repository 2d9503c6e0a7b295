// An entry that is damaged on the device shows as a plain message naming it and saying what to do,
// on its own page and in the register's table, not as a broken page or one that never loads.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toRegisterRow } from '../../data/register-repository';
import { seal } from '../../data/vault-session';
import type { IsoDate } from '../../domain/calendar/iso-date';
import { entryFromNotification } from '../../domain/register/register-entry';
import { testNotificationData, testSha256 } from '../../domain/register/register-test-data';
import { renderRegister, setUpRegisterTests } from './register-test-support';

const testDatabase = setUpRegisterTests('register-entry-ui');

async function storeEntry(
  caseRef: string,
  generatedAt?: string,
  receivedOn = '2026-05-11',
  acknowledgedOn: string | null = null,
) {
  const entry = entryFromNotification(
    'entry-1',
    testNotificationData(caseRef, generatedAt),
    testSha256(caseRef),
    receivedOn as IsoDate,
  );
  const row = await toRegisterRow({
    ...entry,
    partnership: { ...entry.partnership, acknowledgedOn: acknowledgedOn as IsoDate | null },
  });
  await testDatabase().registerEntries.put(row);
  return row;
}

/** An entry whose sealed text decrypts but is not what the app seals. */
async function storeDamagedEntry(caseRef: string) {
  const row = await storeEntry(caseRef);
  await testDatabase().registerEntries.put({
    ...row,
    sealed: await seal('registerEntries', row.id, { columns: 'lost' }),
  });
}

describe('a register entry’s page', () => {
  it('shows the entry', async () => {
    await storeEntry('ESC-GOOD-0001');
    renderRegister('/register/entry-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'ESC-GOOD-0001' })).toBeTruthy();
  });

  it('writes every date in words, its history’s too, kept before or after dates were', async () => {
    // Made half an hour after midnight on 1 July in the UK, before midnight in UTC.
    await storeEntry('ESC-DATE-0001', '2026-06-30T23:30:00.000Z', '2026-07-01', '2027-01-06');
    const old = async (order: number, detail: string) =>
      testDatabase().registerAudit.add({
        id: `audit-${order}`,
        entryId: 'entry-1',
        at: '2027-01-06T10:00:00.000Z',
        order,
        action: 'edited',
        sealed: await seal('registerAudit', `audit-${order}`, { detail }),
      });
    await old(0, 'Status changed from “received” to “acknowledged”.');
    await old(1, 'Acknowledged on changed from “” to “2027-01-06”.');
    renderRegister('/register/entry-1');
    await screen.findByRole('heading', { level: 1, name: 'ESC-DATE-0001' });
    const shown = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(shown('Received')?.textContent).toBe('1 July 2026');
    expect(shown('From')?.textContent).toBe('Notification PDF made 1 July 2026');
    expect(screen.getByText(/^Acknowledgement recorded as sent on/).textContent).toBe(
      'Acknowledgement recorded as sent on 6 January 2027.',
    );
    const history = screen.getByRole('region', { name: 'History' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '6 January 2027 at 10:00: Status changed from “Received” to “Acknowledged”.',
      '6 January 2027 at 10:00: Acknowledged on changed from “” to “6 January 2027”.',
    ]);
  });

  it('says plainly that a damaged entry cannot be opened, and how to get it back', async () => {
    await storeDamagedEntry('ESC-BAD-0001');
    renderRegister('/register/entry-1');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^A stored register entry ESC-BAD-0001 is not in the form Escalate expects .*restore this one from a backup/,
    );
    expect(screen.getByRole('link', { name: 'Back to the register' })).toBeTruthy();
  });

  it('names a damaged entry in the register’s table, and leaves importing open', async () => {
    await storeDamagedEntry('ESC-BAD-0002');
    renderRegister('/register');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /A stored register entry ESC-BAD-0002 is not in the form Escalate expects/,
    );
    expect(screen.getByLabelText(/Choose notification PDFs/)).toBeTruthy();
  });
});
