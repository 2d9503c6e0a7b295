// Settings → Passphrase and lock: the auto-lock list is found by its label, says its hint, and
// saves the minutes chosen.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../../../test/fixtures/vault/test-vault';
import { readSetting } from '../../data/settings-repository';
import { AUTO_LOCK_SETTING } from './use-auto-lock';
import { VaultSettingsSection } from './vault-settings-section';

setUpTestDatabase('vault-settings-test');

describe('Settings → Passphrase and lock', () => {
  it('saves how many minutes without use lock Escalate', async () => {
    const user = userEvent.setup();
    render(<VaultSettingsSection />);
    const minutes = await screen.findByRole<HTMLSelectElement>('combobox', {
      name: 'Lock after this long without use',
      description: 'Escalate also locks when it has been in the background for a minute.',
    });
    expect(minutes.value).toBe('5');
    await user.selectOptions(minutes, '15 minutes');
    expect(minutes.value).toBe('15');
    await waitFor(async () => expect(await readSetting(AUTO_LOCK_SETTING, null)).toBe(15));
    expect(minutes.value).toBe('15');
  });
});
