// The recovery key in the app: offered at set-up and shown once, made or replaced in Settings, and
// used from "Forgotten passphrase?" to set a new passphrase; the last resort erases everything.
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { lock, resetVaultSessionForTests, setUpVault, unlock } from '../../data/vault-session';
import { getVaultState } from '../../data/vault-state';
import { newRecoveryCode, parseRecoveryCode, recoverWithCode } from '../../data/vault-recovery';
import { ForgottenPassphrasePage } from './forgotten-passphrase-page';
import { RecoveryKeySettings } from './recovery-key-settings';
import { VaultGate } from './vault-gate';
import { expectTypingKeptAfterError } from '../../../test/fixtures/typing-after-error';

const OLD = 'saffron harbour wicket lantern';
const NEW = 'copper meadow jigsaw falcon';
let db: EscalateDatabase;

beforeEach(() => {
  resetVaultSessionForTests();
  db = createDatabase(`recovery-ui-${Math.random()}`);
  setDatabaseForTests(db);
});

afterEach(async () => {
  await lock();
  await db.delete();
  setDatabaseForTests(undefined);
});

/** A locked vault with a recovery key; returns the key. */
async function lockedWithRecoveryKey(): Promise<string> {
  const code = newRecoveryCode();
  const parsed = parseRecoveryCode(code);
  if (!parsed.ok) throw new Error('bad code');
  await setUpVault(OLD, { iterations: 100_000, recoveryCode: parsed.characters });
  await lock();
  return code;
}

function renderForgottenPassphrasePage() {
  render(
    <MemoryRouter>
      <ForgottenPassphrasePage />
    </MemoryRouter>,
  );
}

/** The forgotten-passphrase page, once it has read that this device has a recovery key. */
async function openForgottenPassphrasePage() {
  renderForgottenPassphrasePage();
  await screen.findByText(/You made a recovery key on/);
}

function shownCode(): string {
  const code = document.querySelector('.recovery-sheet__code')?.textContent ?? '';
  expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  return code;
}

async function fillRecovery(user: UserEvent, code: string) {
  await user.type(screen.getByLabelText('Recovery key'), code);
  await user.type(screen.getByLabelText('New passphrase'), NEW);
  await user.type(screen.getByLabelText('Type the new passphrase again'), NEW);
  await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));
}

describe('set-up with a recovery key', () => {
  it('shows the key once before the records, and that key sets a new passphrase', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <VaultGate>
          <h1>The records</h1>
        </VaultGate>
      </MemoryRouter>,
    );
    await user.type(await screen.findByLabelText('Passphrase'), OLD);
    await user.type(screen.getByLabelText('Type the passphrase again'), OLD);
    await user.click(
      screen.getByLabelText(
        'I understand that if I forget it, only a recovery key or a backup can bring my records back',
      ),
    );
    await user.click(screen.getByLabelText('Make a recovery key as well (recommended)'));
    await user.click(screen.getByRole('button', { name: 'Set passphrase' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Your Escalate recovery key' },
      {
        timeout: 15_000,
      },
    );
    const code = shownCode();
    expect(screen.queryByText('The records')).toBeNull();
    await user.click(screen.getByRole('button', { name: /I have kept my recovery key/ }));
    // The sheet is long: the records start at the top, at their heading, not where its button was.
    expect(await screen.findByRole('heading', { name: 'The records' })).toBe(
      document.activeElement,
    );
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    scrollTo.mockRestore();
    expect(document.querySelector('.recovery-sheet')).toBeNull();
    await lock();
    expect(await recoverWithCode(code, NEW)).toEqual({ ok: true });
  });
});

describe('Forgotten passphrase?', () => {
  it('sets a new passphrase with the recovery key; the old one is refused', async () => {
    const code = await lockedWithRecoveryKey();
    const user = userEvent.setup();
    await openForgottenPassphrasePage();
    await fillRecovery(user, code);
    await screen.findByRole('heading', { name: 'Your new passphrase is set' }, { timeout: 15_000 });
    expect(getVaultState()).toBe('unlocked');
    await lock();
    expect(await unlock(OLD)).toBe(false);
  });

  it('keeps every key of the recovery key typed after a failed save', async () => {
    await lockedWithRecoveryKey();
    const user = userEvent.setup();
    await openForgottenPassphrasePage();
    await expectTypingKeptAfterError(
      user,
      screen.getByRole('button', { name: 'Set new passphrase' }),
      () => screen.getByLabelText('Recovery key'),
      'K7QM-2XPD',
    );
    expect(getVaultState()).toBe('locked');
  });

  it('refuses a key that is not this device’s, saying what to do', async () => {
    await lockedWithRecoveryKey();
    const user = userEvent.setup();
    await openForgottenPassphrasePage();
    await fillRecovery(user, newRecoveryCode());
    const summary = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(
      within(summary).getByText(/not the recovery key for Escalate on this device/),
    ).toBeTruthy();
    expect(getVaultState()).toBe('locked');
  });

  it('erases everything only after a second confirmation', async () => {
    await lockedWithRecoveryKey();
    const user = userEvent.setup();
    renderForgottenPassphrasePage();
    await user.click(
      await screen.findByRole('button', { name: 'Erase Escalate’s data on this device' }),
    );
    await user.click(screen.getByRole('button', { name: 'No, keep my data' }));
    expect(await db.settings.get('vault.header')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Erase Escalate’s data on this device' }));
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await screen.findByText(/has been erased/);
    expect(await db.settings.count()).toBe(0);
    expect(getVaultState()).toBe('no-vault');
  });
});

describe('Settings, recovery key', () => {
  it('needs the passphrase, and a replacement stops the old key working', async () => {
    const first = await lockedWithRecoveryKey();
    expect(await unlock(OLD)).toBe(true);
    const user = userEvent.setup();
    render(<RecoveryKeySettings />);
    await screen.findByText(/You made a recovery key on/);
    await user.type(screen.getByLabelText('Your passphrase'), 'not my passphrase');
    await user.click(screen.getByRole('button', { name: 'Replace the recovery key' }));
    await screen.findAllByText(/That passphrase is not right/, {}, { timeout: 15_000 });
    await user.type(screen.getByLabelText('Your passphrase'), OLD);
    await user.click(screen.getByRole('button', { name: 'Replace the recovery key' }));
    await screen.findByRole('heading', { name: 'Your Escalate recovery key' }, { timeout: 15_000 });
    const second = shownCode();
    expect(second).not.toBe(first);
    await lock();
    expect(await recoverWithCode(first, NEW)).toEqual({ ok: false, reason: 'wrong-code' });
  });
});
