// The recovery key: made at set-up or later, it sets a new passphrase and keeps every record; wrong
// codes wait like wrong passphrases; a new key replaces the old one; erasing leaves nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabaseForTests } from './database';
import { createDatabase, type EscalateDatabase } from './db';
import { getVaultState } from './vault-state';
import {
  eraseDevice,
  lock,
  readUnlockThrottle,
  resetVaultSessionForTests,
  seal,
  setUpVault,
  unlock,
  unseal,
} from './vault-session';
import {
  makeRecoveryKey,
  parseRecoveryCode,
  readRecoveryKeyMadeAt,
  recoverWithCode,
} from './vault-recovery';
import { newRecoveryCode } from './vault/recovery-code';
import { collectBackupContent } from './backup-repository';

const OLD = 'saffron harbour wicket lantern';
const NEW = 'copper meadow jigsaw falcon';
let db: EscalateDatabase;
let clock = Date.UTC(2026, 11, 4, 9, 0, 0);

beforeEach(() => {
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  resetVaultSessionForTests();
  db = createDatabase(`vault-recovery-${Math.random()}`);
  setDatabaseForTests(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  setDatabaseForTests(undefined);
});

/** Sets up with a recovery code and one sealed record, then locks. */
async function setUpWithRecovery(): Promise<string> {
  const code = newRecoveryCode();
  const characters = parseRecoveryCode(code);
  if (!characters.ok) throw new Error('bad code');
  await setUpVault(OLD, { iterations: 100_000, recoveryCode: characters.characters });
  await db.escalations.put({
    id: 'e1',
    sealed: await seal('escalations', 'e1', 'Kept record'),
  } as never);
  await lock();
  return code;
}

async function readRecord(): Promise<string> {
  const row = await db.escalations.get('e1');
  if (!row) throw new Error('record gone');
  return unseal<string>('escalations', 'e1', row.sealed);
}

describe('recovering with the recovery key', () => {
  it('sets a new passphrase, keeps the record, and refuses the old passphrase', async () => {
    const code = await setUpWithRecovery();
    expect(await recoverWithCode(code.toLowerCase(), NEW)).toEqual({ ok: true });
    expect(getVaultState()).toBe('unlocked');
    expect(await readRecord()).toBe('Kept record');
    await lock();
    expect(await unlock(OLD)).toBe(false);
    clock += 60_000;
    expect(await unlock(NEW)).toBe(true);
    expect(await readRecord()).toBe('Kept record');
  });

  it('counts a wrong code like a wrong passphrase, and refuses the right code during the pause', async () => {
    const code = await setUpWithRecovery();
    const other = newRecoveryCode();
    expect(await recoverWithCode(other, NEW)).toEqual({ ok: false, reason: 'wrong-code' });
    expect(await unlock('not it either')).toBe(false);
    expect(await readUnlockThrottle()).toEqual({ failures: 2, waitUntil: clock + 1000 });
    expect(await recoverWithCode(code, NEW)).toEqual({
      ok: false,
      reason: 'wait',
      waitUntil: clock + 1000,
    });
    clock += 1000;
    expect(await recoverWithCode(code, NEW)).toEqual({ ok: true });
  });

  it('does not count a code with a typing mistake', async () => {
    const code = await setUpWithRecovery();
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '2' : '0');
    expect(await recoverWithCode(typo, NEW)).toMatchObject({ ok: false, reason: 'typing' });
    expect((await readUnlockThrottle()).failures).toBe(0);
  });

  it('says there is no recovery key when none was made or the stored one is damaged', async () => {
    await setUpVault(OLD, { iterations: 100_000 });
    await lock();
    expect(await readRecoveryKeyMadeAt()).toBeUndefined();
    expect(await recoverWithCode(newRecoveryCode(), NEW)).toEqual({
      ok: false,
      reason: 'no-recovery-key',
    });
    await db.settings.put({ key: 'vault.recovery', value: { format: 'escalate-recovery' } });
    expect(await readRecoveryKeyMadeAt()).toBeUndefined();
    expect(await recoverWithCode(newRecoveryCode(), NEW)).toMatchObject({
      reason: 'no-recovery-key',
    });
    expect((await readUnlockThrottle()).failures).toBe(0);
  });
});

describe('making a recovery key from Settings', () => {
  it('needs the passphrase, and a new key makes the old one stop working', async () => {
    const first = await setUpWithRecovery();
    expect(await unlock(OLD)).toBe(true);
    expect(await makeRecoveryKey('wrong passphrase', new Date(clock))).toEqual({ ok: false });
    const made = await makeRecoveryKey(OLD, new Date(clock));
    if (!made.ok) throw new Error('not made');
    expect(await readRecoveryKeyMadeAt()).toBe(new Date(clock).toISOString());
    await lock();
    expect(await recoverWithCode(first, NEW)).toEqual({ ok: false, reason: 'wrong-code' });
    expect(await recoverWithCode(made.code, NEW)).toEqual({ ok: true });
    expect(await readRecord()).toBe('Kept record');
  });

  it('is never carried in a backup', async () => {
    await setUpWithRecovery();
    expect(await unlock(OLD)).toBe(true);
    await db.escalations.clear(); // the stand-in record is not a whole escalation
    const content = await collectBackupContent(new Date(clock).toISOString());
    expect(content.settings.map((row) => row.key)).not.toContain('vault.recovery');
  });
});

describe('erasing the device', () => {
  it('removes every record, setting and key, and there is no vault afterwards', async () => {
    await setUpWithRecovery();
    await eraseDevice();
    expect(getVaultState()).toBe('no-vault');
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('tells the other tabs, which forget the key and show set-up', async () => {
    await setUpWithRecovery();
    const otherTab = new BroadcastChannel('escalate-vault');
    const heard = new Promise<unknown>((resolve) => {
      otherTab.onmessage = (event: MessageEvent) => resolve(event.data);
    });
    await eraseDevice();
    expect(await heard).toEqual({ type: 'erased' });

    await setUpVault(OLD, { iterations: 100_000 });
    expect(getVaultState()).toBe('unlocked');
    otherTab.postMessage({ type: 'erased' });
    await vi.waitFor(() => expect(getVaultState()).toBe('no-vault'));
    expect(() => seal('escalations', 'e2', 'x')).toThrow(/locked/);
    otherTab.close();
  });
});
