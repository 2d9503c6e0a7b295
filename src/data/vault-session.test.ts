// Wrong passphrases make the next try wait, and the wait survives a reload of the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from './database';
import { createDatabase, type EscalateDatabase } from './db';
import {
  lock,
  readUnlockThrottle,
  resetVaultSessionForTests,
  setUpVault,
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
