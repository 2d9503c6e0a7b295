// Where focus goes as the records lock and open: "Lock now" removes the button that had focus, so
// the passphrase box takes it, or the page's heading where there is no unlock form; opening the
// records starts their page at the top, at its heading.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { lock, resetVaultSessionForTests, setUpVault } from '../../data/vault-session';
import { LockButton } from './lock-button';
import { VaultGate } from './vault-gate';

const PASSPHRASE = 'saffron harbour wicket lantern';
let db: EscalateDatabase;

beforeEach(async () => {
  resetVaultSessionForTests();
  db = createDatabase(`vault-gate-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault(PASSPHRASE, { iterations: 100_000 });
});

afterEach(async () => {
  await lock();
  await db.delete();
  setDatabaseForTests(undefined);
  vi.restoreAllMocks();
});

function renderRecords() {
  render(
    <MemoryRouter>
      <LockButton />
      <VaultGate>
        <h1>Escalations</h1>
      </VaultGate>
    </MemoryRouter>,
  );
}

describe('locking and unlocking the records', () => {
  it('puts focus in the passphrase box after Lock now', async () => {
    const user = userEvent.setup();
    renderRecords();
    await user.click(await screen.findByRole('button', { name: 'Lock now' }));
    const field = await screen.findByLabelText('Passphrase');
    expect(document.activeElement).toBe(field);
  });

  it('puts focus on the page heading after Lock now where no unlock form appears', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <LockButton />
        <main id="main-content" tabIndex={-1}>
          <h1>Wiltshire SCB step guide</h1>
        </main>
      </MemoryRouter>,
    );
    await user.click(await screen.findByRole('button', { name: 'Lock now' }));
    const heading = screen.getByRole('heading', { name: 'Wiltshire SCB step guide' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });

  it('leaves focus alone when the page opens locked', async () => {
    await lock();
    renderRecords();
    await screen.findByLabelText('Passphrase');
    expect(document.activeElement).toBe(document.body);
  });

  it('opens the records at the top, with focus on their heading', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    await lock();
    const user = userEvent.setup();
    renderRecords();
    await user.type(await screen.findByLabelText('Passphrase'), PASSPHRASE);
    await act(() => user.click(screen.getByRole('button', { name: 'Unlock' })));
    const heading = await screen.findByRole(
      'heading',
      { name: 'Escalations' },
      { timeout: 15_000 },
    );
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(document.activeElement).toBe(heading);
  });
});
