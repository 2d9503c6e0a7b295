// Setting a passphrase: a weak one is refused with the reasons, and nothing is set up.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { resetVaultSessionForTests } from '../../data/vault-session';
import { getVaultState } from '../../data/vault-state';
import { expectTypingKeptAfterError } from '../../../test/fixtures/typing-after-error';
import { SetUpVaultForm } from './set-up-vault-form';

let db: EscalateDatabase;

beforeEach(() => {
  resetVaultSessionForTests();
  db = createDatabase(`set-up-${Math.random()}`);
  setDatabaseForTests(db);
});

afterEach(async () => {
  await db.delete();
  setDatabaseForTests(undefined);
});

describe('SetUpVaultForm', () => {
  it('refuses 12345678901, saying why, and sets nothing up', async () => {
    const user = userEvent.setup();
    render(<SetUpVaultForm />);
    await user.type(screen.getByLabelText('Passphrase'), '12345678901');
    await user.type(screen.getByLabelText('Type the passphrase again'), '12345678901');
    await user.click(
      screen.getByLabelText(
        'I understand that if I forget it, only a recovery key or a backup can bring my records back',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Set passphrase' }));
    const errors = await screen.findAllByText(/Choose a stronger passphrase\. .*only numbers/);
    expect(errors.length).toBeGreaterThan(0);
    expect(await db.settings.get('vault.header')).toBeUndefined();
    expect(getVaultState()).not.toBe('unlocked');
  });

  it('keeps every key typed after a failed save, and the next failed save focuses the summary', async () => {
    const user = userEvent.setup();
    render(<SetUpVaultForm />);
    await expectTypingKeptAfterError(
      user,
      screen.getByRole('button', { name: 'Set passphrase' }),
      () => screen.getByLabelText('Passphrase'),
      'password12',
    );
    expect(getVaultState()).not.toBe('unlocked');
  });
});
