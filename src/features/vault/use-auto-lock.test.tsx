// Auto-lock: after the idle period, and after a minute in the background; activity postpones it.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { getVaultState } from '../../data/vault-state';
import { lock, resetVaultSessionForTests, setUpVault } from '../../data/vault-session';
import { useAutoLock } from './use-auto-lock';

function Harness() {
  useAutoLock();
  return null;
}

let db: EscalateDatabase;

beforeEach(async () => {
  resetVaultSessionForTests();
  db = createDatabase(`auto-lock-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault('auto lock test passphrase', { iterations: 100_000 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  await lock();
  await db.delete();
  setDatabaseForTests(undefined);
});

async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('auto-lock', () => {
  it('locks after five minutes without use, and activity postpones it', async () => {
    render(<Harness />);
    await settle();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4 * 60_000);
    });
    window.dispatchEvent(new Event('keydown'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4 * 60_000);
    });
    expect(getVaultState()).toBe('unlocked');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000 + 10);
    });
    await vi.waitFor(() => expect(getVaultState()).toBe('locked'));
  });

  it('locks when the app has been in the background for a minute', async () => {
    render(<Harness />);
    await settle();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    await vi.waitFor(() => expect(getVaultState()).toBe('locked'));
    visibility.mockRestore();
  });
});
