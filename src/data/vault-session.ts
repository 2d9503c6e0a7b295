// The unlocked vault: the data key lives only here, in memory, while the app is unlocked. Locking
// forgets it and tells every subscriber to drop decrypted state (docs/security.md).
import { z } from 'zod';
import { getDatabase } from './database';
import { decryptJson, encryptJson, type EncryptedBlob } from './vault/field-crypto';
import {
  changePassphrase as rewrapDataKey,
  createVault,
  unlockVault,
  vaultHeaderSchema,
  wrongPassphraseDelayMs,
  type VaultHeader,
} from './vault/vault-keys';
import { RECORD_FORMAT_VERSION } from './vault/record-format';
import { makeRecoveryWrap } from './vault/recovery-key';
import { getVaultState, setVaultState, type VaultState } from './vault-state';

export { useVaultState, type VaultState } from './vault-state';

const HEADER_KEY = 'vault.header';
/** Where the recovery wrap of the data key is kept (never in a backup). */
export const RECOVERY_KEY_SETTING = 'vault.recovery';

let dataKey: CryptoKey | undefined;
const beforeLock = new Set<() => Promise<void>>();

function setState(next: VaultState): void {
  setVaultState(next);
}

/** Thrown when something needs the data key while the vault is locked. */
export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
  constructor() {
    super('Escalate is locked. Unlock it with your passphrase to see or change records.');
  }
}

/** Reads the stored vault header, or undefined when no passphrase has been set on this device. */
export async function readVaultHeader(): Promise<VaultHeader | undefined> {
  const row = await getDatabase().settings.get(HEADER_KEY);
  if (!row) return undefined;
  const parsed = vaultHeaderSchema.safeParse(row.value);
  if (!parsed.success) throw new Error('The stored vault header is damaged.');
  return parsed.data;
}

/**
 * Works out whether a vault exists, without unlocking it. Safe to call at any time: a vault set up
 * or unlocked while the header was being read is never reported as missing or locked.
 */
export async function loadVaultState(): Promise<VaultState> {
  tabChannel();
  if (getVaultState() === 'unlocked') return 'unlocked';
  const header = await readVaultHeader();
  if (getVaultState() === 'unlocked') return 'unlocked';
  const next = header ? 'locked' : 'no-vault';
  setState(next);
  return next;
}

/**
 * Sets the passphrase on first run: creates the data key, stores only its wrapped form, unlocks.
 * With `recoveryCode` (canonical characters, see recovery-code.ts) it also stores a second wrap of
 * the data key under that code, in the same transaction as the header.
 */
export async function setUpVault(
  passphrase: string,
  options: { iterations?: number; recoveryCode?: string } = {},
): Promise<void> {
  const { header, dataKey: key } = await createVault(passphrase, options);
  const recovery = options.recoveryCode
    ? await makeRecoveryWrap(header, passphrase, options.recoveryCode, new Date().toISOString())
    : undefined;
  const settings = getDatabase().settings;
  await getDatabase().transaction('rw', settings, async () => {
    await settings.put({ key: HEADER_KEY, value: header });
    if (recovery) await settings.put({ key: RECOVERY_KEY_SETTING, value: recovery });
  });
  dataKey = key;
  setState('unlocked');
}

/** Stores a new vault header (after a passphrase was replaced), in one put. */
export async function writeVaultHeader(header: VaultHeader): Promise<void> {
  await getDatabase().settings.put({ key: HEADER_KEY, value: header });
}

const FAILURES_KEY = 'vault.failedUnlocks';

interface FailedUnlocks {
  count: number;
  lastAt: number;
}

const failedUnlocksSchema: z.ZodType<FailedUnlocks> = z.object({
  count: z.number().int().min(0).max(1_000_000),
  lastAt: z.number().finite().min(0),
});

/**
 * How many wrong passphrases in a row, and until when the next try must wait (ms since the epoch).
 * Kept on the device, so reloading the page does not reset the delay.
 */
export async function readUnlockThrottle(): Promise<{ failures: number; waitUntil: number }> {
  const row = await getDatabase().settings.get(FAILURES_KEY);
  const parsed = failedUnlocksSchema.safeParse(row?.value);
  const failures: FailedUnlocks = parsed.success ? parsed.data : { count: 0, lastAt: 0 };
  return {
    failures: failures.count,
    waitUntil: failures.lastAt + wrongPassphraseDelayMs(failures.count),
  };
}

/** Why an unlock did not happen. */
export type UnlockOutcome =
  | { ok: true }
  | { ok: false; reason: 'wrong-passphrase' }
  /** The pause after wrong passphrases has not passed: the passphrase was not checked at all. */
  | { ok: false; reason: 'wait'; waitUntil: number };

let unlockQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` alone: across tabs through the Web Locks API where there is one, else within this
 * tab. Without it, several tabs guessing at once would each read the same wrong-passphrase count
 * and all try before any of them recorded its failure.
 */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('escalate-unlock', task) as Promise<T>;
  const run = unlockQueue.then(task, task);
  unlockQueue = run.catch(() => undefined);
  return run;
}

/** One attempt at opening the data key; a failure with `counts` adds to the wrong-attempt pause. */
export type KeyAttempt<F extends string> =
  { ok: true; dataKey: CryptoKey } | { ok: false; reason: F; counts: boolean };

/**
 * Runs `attempt` under the pause after wrong attempts, which passphrases and recovery codes share:
 * refused without trying while the pause lasts (across tabs: the count is on the device and tries
 * are taken one at a time); a counted failure adds one; success clears the count and unlocks every
 * tab with the key the attempt opened.
 */
export async function throttledUnlock<F extends string>(
  attempt: () => Promise<KeyAttempt<F>>,
): Promise<
  { ok: true } | { ok: false; reason: F } | { ok: false; reason: 'wait'; waitUntil: number }
> {
  return exclusively(async () => {
    const throttle = await readUnlockThrottle();
    if (Date.now() < throttle.waitUntil) {
      return { ok: false as const, reason: 'wait' as const, waitUntil: throttle.waitUntil };
    }
    const result = await attempt();
    const settings = getDatabase().settings;
    if (!result.ok) {
      if (result.counts) {
        await settings.put({
          key: FAILURES_KEY,
          value: { count: throttle.failures + 1, lastAt: Date.now() },
        });
      }
      return { ok: false as const, reason: result.reason };
    }
    await settings.delete(FAILURES_KEY);
    dataKey = result.dataKey;
    setState('unlocked');
    tellOtherTabs({ type: 'unlocked', key: result.dataKey });
    return { ok: true as const };
  });
}

/**
 * Unlocks with the passphrase, saying why not: a wrong passphrase, or (without trying it) the pause
 * after earlier wrong attempts, which holds across tabs.
 */
export async function tryUnlock(passphrase: string): Promise<UnlockOutcome> {
  const header = await readVaultHeader();
  if (!header) throw new Error('No passphrase has been set on this device yet.');
  return throttledUnlock(async (): Promise<KeyAttempt<'wrong-passphrase'>> => {
    const result = await unlockVault(header, passphrase);
    return result.ok
      ? { ok: true, dataKey: result.dataKey }
      : { ok: false, reason: 'wrong-passphrase', counts: true };
  });
}

/**
 * Unlocks with the passphrase. Returns false for a wrong passphrase, and also, without trying,
 * while the delay after earlier wrong passphrases has not yet passed.
 */
export async function unlock(passphrase: string): Promise<boolean> {
  return (await tryUnlock(passphrase)).ok;
}

/** True when `passphrase` opens this device's vault (used to confirm a backup passphrase). */
export async function verifyPassphrase(passphrase: string): Promise<boolean> {
  const header = await readVaultHeader();
  return header ? (await unlockVault(header, passphrase)).ok : false;
}

/** Re-wraps the data key under a new passphrase; records are not re-encrypted. */
export async function changePassphrase(current: string, next: string): Promise<boolean> {
  const header = await readVaultHeader();
  if (!header) return false;
  try {
    const rewrapped = await rewrapDataKey(header, current, next);
    await getDatabase().settings.put({ key: HEADER_KEY, value: rewrapped });
    return true;
  } catch {
    return false;
  }
}

/** Registers work to finish before a lock (saving drafts, encrypted). Returns the unregister function. */
export function onBeforeLock(task: () => Promise<void>): () => void {
  beforeLock.add(task);
  return () => beforeLock.delete(task);
}

/** Saves what must be saved, then forgets the key; subscribers drop their decrypted state. */
export async function lock(): Promise<void> {
  tellOtherTabs({ type: 'locked' });
  await lockHere();
}

async function lockHere(): Promise<void> {
  if (getVaultState() !== 'unlocked') return;
  await Promise.allSettled([...beforeLock].map((task) => task()));
  dataKey = undefined;
  setState('locked');
}

/**
 * The last resort for a forgotten passphrase: empties every table of the database (records,
 * drafts, settings, the vault header and recovery key) in one transaction, forgets the key, and
 * tells every tab that there is no vault any more. Nothing can undo it.
 */
export async function eraseDevice(): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  dataKey = undefined;
  setState('no-vault');
  tellOtherTabs({ type: 'erased' });
}

type TabMessage = { type: 'locked' } | { type: 'erased' } | { type: 'unlocked'; key: CryptoKey };

let channel: BroadcastChannel | undefined;

/**
 * Locking or unlocking in one tab does the same in every other tab of the app (BroadcastChannel;
 * the non-extractable data key is passed by structured clone, never as bytes). Where there is no
 * BroadcastChannel each tab locks on its own, and auto-lock still applies in each.
 */
function tabChannel(): BroadcastChannel | undefined {
  if (channel || typeof globalThis.BroadcastChannel !== 'function') return channel;
  channel = new BroadcastChannel('escalate-vault');
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.type === 'locked') void lockHere();
    else if (message.type === 'erased') {
      dataKey = undefined;
      setState('no-vault');
    } else if (message.type === 'unlocked' && message.key instanceof CryptoKey) {
      if (getVaultState() === 'unlocked') return;
      dataKey = message.key;
      setState('unlocked');
    }
  };
  return channel;
}

function tellOtherTabs(message: TabMessage): void {
  tabChannel()?.postMessage(message);
}

/** Starts listening for lock and unlock in other tabs (called once by the app shell). */
export function listenToOtherTabs(): void {
  tabChannel();
}

/** The data key, or a VaultLockedError. */
export function requireDataKey(): CryptoKey {
  if (!dataKey) throw new VaultLockedError();
  return dataKey;
}

/** True while the data key is in memory. */
export function isUnlocked(): boolean {
  return dataKey !== undefined;
}

/** Encrypts a value for one row of one table under the current data key. */
export function seal(table: string, recordId: string, value: unknown): Promise<EncryptedBlob> {
  return encryptJson(requireDataKey(), value, {
    table,
    recordId,
    schemaVersion: RECORD_FORMAT_VERSION,
  });
}

/** Decrypts a value sealed by {@link seal} for the same table and row. */
export function unseal<T>(table: string, recordId: string, blob: EncryptedBlob): Promise<T> {
  return decryptJson<T>(requireDataKey(), blob, {
    table,
    recordId,
    schemaVersion: RECORD_FORMAT_VERSION,
  });
}

/** Forgets everything (tests only). */
export function resetVaultSessionForTests(): void {
  dataKey = undefined;
  channel?.close();
  channel = undefined;
  setVaultState('loading');
}
