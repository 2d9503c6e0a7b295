// An entry that is damaged on the device shows as a plain message naming it and saying what to do,
// on its own page and in the register's table, not as a broken page or one that never loads.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toRegisterRow } from '../../data/register-repository';
import { seal } from '../../data/vault-session';
import type { IsoDate } from '../../domain/calendar/iso-date';
import { entryFromNotification } from '../../domain/register/register-entry';
import { testNotificationData, testSha256 } from '../../domain/register/register-test-data';
import { renderRegister, setUpRegisterTests } from './register-test-support';

const testDatabase = setUpRegisterTests('register-entry-ui');

async function storeEntry(caseRef: string) {
  const entry = entryFromNotification(
    'entry-1',
    testNotificationData(caseRef),
    testSha256(caseRef),
    '2026-05-11' as IsoDate,
  );
  const row = await toRegisterRow(entry);
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
