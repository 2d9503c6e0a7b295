// The recovery key as the app uses it: make or replace one (behind the passphrase), and set a new
// passphrase with one when the old is forgotten, under the same wrong-attempt pause as unlocking.
import { useStoredQuery } from './stored-query';
import { getDatabase } from './database';
import { parseRecoveryCode, newRecoveryCode, type ParsedRecoveryCode } from './vault/recovery-code';
import {
  makeRecoveryWrap,
  recoveryWrapSchema,
  resetPassphraseWithRecovery,
} from './vault/recovery-key';
import { VaultUnlockError } from './vault/vault-keys';
import {
  readVaultHeader,
  RECOVERY_KEY_SETTING,
  throttledUnlock,
  writeVaultHeader,
} from './vault-session';

export { newRecoveryCode, parseRecoveryCode, formatRecoveryCode } from './vault/recovery-code';

/** When the stored recovery key was made, or undefined when there is none (or it is damaged). */
export async function readRecoveryKeyMadeAt(): Promise<string | undefined> {
  const row = await getDatabase().settings.get(RECOVERY_KEY_SETTING);
  const parsed = recoveryWrapSchema.safeParse(row?.value);
  return parsed.success ? parsed.data.createdAt : undefined;
}

/** {@link readRecoveryKeyMadeAt}, live: `null` when there is none, `undefined` while loading. */
export function useRecoveryKeyMadeAt(): string | null | undefined {
  return useStoredQuery(async () => (await readRecoveryKeyMadeAt()) ?? null, [], null);
}

/**
 * Makes a recovery key, replacing any earlier one (which stops working at once). Needs the
 * passphrase, because the data key held while unlocked cannot be exported to wrap it again.
 */
export async function makeRecoveryKey(
  passphrase: string,
  now: Date,
): Promise<{ ok: true; code: string; createdAt: string } | { ok: false }> {
  const header = await readVaultHeader();
  if (!header) return { ok: false };
  const code = newRecoveryCode();
  const parsed = parseRecoveryCode(code);
  if (!parsed.ok) throw new Error('A new recovery code failed its own check');
  const createdAt = now.toISOString();
  try {
    const wrap = await makeRecoveryWrap(header, passphrase, parsed.characters, createdAt);
    await getDatabase().settings.put({ key: RECOVERY_KEY_SETTING, value: wrap });
    return { ok: true, code, createdAt };
  } catch (error) {
    if (error instanceof VaultUnlockError) return { ok: false };
    throw error;
  }
}

/** Why a recovery did not happen. */
export type RecoveryOutcome =
  | { ok: true }
  | { ok: false; reason: 'typing'; problem: Extract<ParsedRecoveryCode, { ok: false }>['problem'] }
  | { ok: false; reason: 'wrong-code' | 'no-recovery-key' }
  | { ok: false; reason: 'wait'; waitUntil: number };

/**
 * Sets `newPassphrase` with the recovery code: the data key is wrapped again, so every record is
 * kept and the old passphrase stops working; the vault is then unlocked in every tab. A code with
 * a typing mistake is refused before it is tried; a wrong code counts towards the same pause as a
 * wrong passphrase, and during the pause nothing is tried. The recovery key stays valid.
 */
export async function recoverWithCode(
  typedCode: string,
  newPassphrase: string,
): Promise<RecoveryOutcome> {
  const parsed = parseRecoveryCode(typedCode);
  if (!parsed.ok) return { ok: false, reason: 'typing', problem: parsed.problem };
  const header = await readVaultHeader();
  if (!header) return { ok: false, reason: 'no-recovery-key' };
  return throttledUnlock<'wrong-code' | 'no-recovery-key'>(async () => {
    const stored = (await getDatabase().settings.get(RECOVERY_KEY_SETTING))?.value;
    const result = await resetPassphraseWithRecovery(
      header,
      stored,
      parsed.characters,
      newPassphrase,
    );
    if (!result.ok)
      return { ok: false, reason: result.reason, counts: result.reason === 'wrong-code' };
    await writeVaultHeader(result.header);
    return { ok: true, dataKey: result.dataKey };
  });
}
