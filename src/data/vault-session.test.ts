// Wrong passphrases make the next try wait, and the wait survives a reload of the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from './database';
import { createDatabase, type EscalateDatabase } from './db';
import { getVaultState } from './vault-state';
import {
  loadVaultState,
  lock,
  readUnlockThrottle,
  resetVaultSessionForTests,
  setUpVault,
  tryUnlock,
  unlock,
} from './vault-session';

const PASSPHRASE = 'throttle test passphrase';
let db: EscalateDatabase;
let clock = Date.UTC(2026, 10, 24, 9, 0, 0);

beforeEach(async () => {
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  resetVaultSessionForTests();
  db = createDatabase(`vault-session-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault(PASSPHRASE, { iterations: 100_000 });
  await lock();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  setDatabaseForTests(undefined);
});

describe('unlock throttle', () => {
  it('refuses even the right passphrase until the delay after wrong ones has passed', async () => {
    expect(await unlock('wrong one')).toBe(false);
    expect(await unlock('wrong two')).toBe(false);
    const { failures, waitUntil } = await readUnlockThrottle();
    expect(failures).toBe(2);
    expect(waitUntil).toBe(clock + 1000);
    expect(await unlock(PASSPHRASE)).toBe(false);
    clock += 1000;
    expect(await unlock(PASSPHRASE)).toBe(true);
    expect(await readUnlockThrottle()).toMatchObject({ failures: 0 });
  });

  it('keeps the count on the device, so a fresh page load still waits', async () => {
    for (const attempt of ['a', 'b', 'c']) expect(await unlock(attempt)).toBe(false);
    resetVaultSessionForTests(); // as after a reload: nothing in memory
    // 'c' came during the wait, so it was refused without being tried (and is not counted).
    expect(await readUnlockThrottle()).toEqual({ failures: 2, waitUntil: clock + 1000 });
    expect(await unlock(PASSPHRASE)).toBe(false);
  });
});

describe('unlock across tabs', () => {
  it('tries guesses made at once one at a time, so the pause still applies', async () => {
    expect(await unlock('wrong one')).toBe(false);
    const guesses = ['g1', 'g2', 'g3', 'g4', PASSPHRASE].map((guess) => tryUnlock(guess));
    const outcomes = await Promise.all(guesses);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual([
      'wrong-passphrase',
      'wait',
      'wait',
      'wait',
      'wait',
    ]);
    expect((await readUnlockThrottle()).failures).toBe(2);
  });

  it('says the right passphrase typed during the pause was not checked', async () => {
    expect(await unlock('wrong one')).toBe(false);
    expect(await unlock('wrong two')).toBe(false);
    expect(await tryUnlock(PASSPHRASE)).toEqual({
      ok: false,
      reason: 'wait',
      waitUntil: clock + 1000,
    });
  });

  it('locks every tab when one locks', async () => {
    expect(await unlock(PASSPHRASE)).toBe(true);
    const otherTab = new BroadcastChannel('escalate-vault');
    otherTab.postMessage({ type: 'locked' });
    await vi.waitFor(() => expect(getVaultState()).toBe('locked'));
    otherTab.close();
  });
});

describe('vault state', () => {
  it('never reports a vault set up while its state was being read as missing', async () => {
    resetVaultSessionForTests();
    await db.settings.delete('vault.header');
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = db.settings.get.bind(db.settings);
    // The header read finds nothing, but answers only after the passphrase has been set.
    vi.spyOn(db.settings, 'get').mockImplementationOnce((async (key: string) => {
      const row = await read(key);
      await gate;
      return row;
    }) as typeof db.settings.get);
    const reading = loadVaultState();
    await setUpVault('a passphrase set meanwhile', { iterations: 100_000 });
    release();
    expect(await reading).toBe('unlocked');
    expect(getVaultState()).toBe('unlocked');
  });
});
