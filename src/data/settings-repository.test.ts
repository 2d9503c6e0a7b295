// A setting read back is checked: one bad value (from a backup, or tampering) falls back to the
// default instead of breaking the pages that use it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeTestVault, openTestDatabase } from '../../test/fixtures/vault/test-vault';
import { readCalendarSettings, DEFAULT_CALENDAR } from './calendar-settings-repository';
import type { EscalateDatabase } from './db';
import { NO_SERVICE, readMyService } from './my-service-repository';
import { readSetting } from './settings-repository';
import { readUnlockThrottle } from './vault-session';

let db: EscalateDatabase;

beforeEach(() => {
  db = openTestDatabase('escalate-settings-test');
});

afterEach(() => closeTestVault(db));

describe('settings read back', () => {
  it('uses the default calendar when the stored one has the wrong shape', async () => {
    await db.settings.put({ key: 'calendar.settings', value: { region: 'mars', closedDays: 4 } });
    expect(await readCalendarSettings()).toEqual(DEFAULT_CALENDAR);
    await db.settings.put({
      key: 'calendar.settings',
      value: { region: 'scotland', closedDays: ['2026-12-24'] },
    });
    expect(await readCalendarSettings()).toEqual({
      region: 'scotland',
      closedDays: ['2026-12-24'],
    });
  });

  it.each(['abc', 1e9, 0, -5, 2.5, null])('ignores an auto-lock value of %s', async (value) => {
    await db.settings.put({ key: 'vault.autoLockMinutes', value });
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(5);
  });

  it('keeps a valid auto-lock choice', async () => {
    await db.settings.put({ key: 'vault.autoLockMinutes', value: 15 });
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(15);
  });

  it('treats a damaged wrong-passphrase counter as no failures', async () => {
    await db.settings.put({ key: 'vault.failedUnlocks', value: { count: 'x' } });
    expect(await readUnlockThrottle()).toEqual({ failures: 0, waitUntil: 0 });
  });

  it.each([
    ['a name that is not text', { name: 42 }],
    ['an unknown way to show clients', { showClients: 'everything' }],
  ])('ignores My service with %s, so no page breaks on it', async (_, change) => {
    const profile = { agencyType: null, role: 'Teacher', agency: 'Wexbury Primary', ...change };
    await db.settings.put({ key: 'myService.profile', value: profile });
    expect(await readMyService()).toEqual(NO_SERVICE);
  });

  it('keeps a valid My service, with or without the name saved later', async () => {
    const older = { agencyType: null, role: 'Teacher', agency: 'Wexbury Primary' };
    await db.settings.put({ key: 'myService.profile', value: older });
    expect(await readMyService()).toEqual({ ...NO_SERVICE, ...older });
    const newer = { ...older, name: 'Jo Example', showClients: 'initials' };
    await db.settings.put({ key: 'myService.profile', value: newer });
    expect(await readMyService()).toEqual(newer);
  });
});
