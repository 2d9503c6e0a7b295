// On a new device, Settings → Backup says to set a passphrase first, then restore the backup there:
// setting the passphrase brings the user back to the restore form, in view with focus on its
// heading. Only a path inside the app is followed back; anything else leaves them at the records.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { setUpTestDatabase } from '../../test/fixtures/vault/test-vault';
import { lock } from '../data/vault-session';
import { VaultGate } from '../features/vault/vault-gate';
import { Layout } from './layout';
import { SettingsRoute } from './settings-route';

setUpTestDatabase('set-up-return');

let scrolled: MockInstance<Element['scrollIntoView']>;
let scrollTo: MockInstance<typeof window.scrollTo>;
beforeEach(() => {
  scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
  scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});
afterEach(() => {
  scrolled.mockRestore();
  scrollTo.mockRestore();
});

function renderApp(path: string): DataRouter {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          {
            path: 'escalations/*',
            element: (
              <VaultGate>
                <h1>Escalations</h1>
              </VaultGate>
            ),
          },
          { path: 'settings', Component: SettingsRoute },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function setPassphrase(
  user: ReturnType<typeof userEvent.setup>,
  { recoveryKey = false } = {},
) {
  const passphrase = 'pewter otter quarry lantern';
  await user.type(await screen.findByLabelText('Passphrase'), passphrase);
  await user.type(screen.getByLabelText('Type the passphrase again'), passphrase);
  await user.click(screen.getByLabelText(/^I understand that if I forget it/));
  if (recoveryKey) await user.click(screen.getByLabelText(/^Make a recovery key as well/));
  await act(() => user.click(screen.getByRole('button', { name: 'Set passphrase' })));
}

describe('setting a passphrase on the way to restoring a backup', () => {
  it('comes back to the restore form in Settings, with focus on its heading', async () => {
    const user = userEvent.setup();
    const router = renderApp('/settings');
    const backup = await screen.findByRole('region', { name: 'Backup and restore' });
    await user.click(within(backup).getByRole('link', { name: 'Set a passphrase' }));
    expect(router.state.location.pathname).toBe('/escalations');
    await setPassphrase(user);

    const heading = await screen.findByRole(
      'heading',
      { name: 'Restore from a backup' },
      { timeout: 15_000 },
    );
    expect(router.state.location.pathname).toBe('/settings');
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(scrolled.mock.contexts).toContain(heading);
    expect(screen.getByLabelText('Backup file')).toBeTruthy();
    // Back goes to Settings as it was, not to the passphrase page.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('shows a new recovery key first, then comes back to the restore form', async () => {
    const user = userEvent.setup();
    const router = renderApp('/settings');
    const backup = await screen.findByRole('region', { name: 'Backup and restore' });
    await user.click(within(backup).getByRole('link', { name: 'Set a passphrase' }));
    await setPassphrase(user, { recoveryKey: true });

    await screen.findByRole('heading', { name: 'Your Escalate recovery key' }, { timeout: 15_000 });
    expect(router.state.location.pathname).toBe('/escalations');
    await user.click(
      screen.getByRole('button', { name: 'I have kept my recovery key – continue' }),
    );
    const heading = await screen.findByRole('heading', { name: 'Restore from a backup' });
    expect(router.state.location.pathname).toBe('/settings');
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('comes back to Backup and restore after unlocking from there', async () => {
    const user = userEvent.setup();
    const router = renderApp('/settings');
    let backup = await screen.findByRole('region', { name: 'Backup and restore' });
    await user.click(within(backup).getByRole('link', { name: 'Set a passphrase' }));
    await setPassphrase(user);
    await screen.findByRole('heading', { name: 'Restore from a backup' }, { timeout: 15_000 });
    await act(() => lock());
    backup = await screen.findByRole('region', { name: 'Backup and restore' });
    await user.click(within(backup).getByRole('link', { name: 'Unlock Escalate' }));
    expect(router.state.location.pathname).toBe('/escalations');
    await user.type(await screen.findByLabelText('Passphrase'), 'pewter otter quarry lantern');
    await act(() => user.click(screen.getByRole('button', { name: 'Unlock' })));

    const heading = await screen.findByRole(
      'heading',
      { name: 'Backup and restore' },
      { timeout: 15_000 },
    );
    expect(router.state.location.pathname).toBe('/settings');
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('stays at the records when the address names another site to return to', async () => {
    const user = userEvent.setup();
    const router = renderApp(`/escalations?return=${encodeURIComponent('//evil.example/')}`);
    await setPassphrase(user);

    const heading = await screen.findByRole(
      'heading',
      { name: 'Escalations' },
      { timeout: 15_000 },
    );
    expect(router.state.location.pathname).toBe('/escalations');
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
