// Shows its children only while the vault is unlocked; otherwise the set-up or unlock screen. Right
// after set-up with a recovery key, the key is shown once before the records.
import { useEffect, useState, type ReactNode } from 'react';
import { loadVaultState, useVaultState } from '../../data/vault-session';
import { usePageTitle } from '../../ui/page-title';
import { RecoveryKeySheet, type NewRecoveryKey } from './recovery-key-sheet';
import { SetUpVaultForm } from './set-up-vault-form';
import { UnlockForm } from './unlock-form';

function LockedScreen({
  state,
  onRecoveryKey,
}: {
  state: 'no-vault' | 'locked';
  onRecoveryKey: (recoveryKey: NewRecoveryKey | undefined) => void;
}) {
  usePageTitle(state === 'no-vault' ? 'Set a passphrase' : 'Locked');
  return state === 'no-vault' ? <SetUpVaultForm onRecoveryKey={onRecoveryKey} /> : <UnlockForm />;
}

function NewRecoveryKeyScreen(props: { recoveryKey: NewRecoveryKey; onDone: () => void }) {
  usePageTitle('Your recovery key');
  return <RecoveryKeySheet {...props} doneLabel="I have kept my recovery key – continue" />;
}

export function VaultGate({ children }: { children: ReactNode }) {
  const state = useVaultState();
  const [newKey, setNewKey] = useState<NewRecoveryKey>();
  useEffect(() => {
    void loadVaultState();
  }, []);
  // Locking forgets a key still on screen: it is shown once, to whoever set the passphrase.
  if (state === 'locked' && newKey) setNewKey(undefined);
  if (state === 'loading') return <p role="status">Opening your records…</p>;
  if (state !== 'unlocked') return <LockedScreen state={state} onRecoveryKey={setNewKey} />;
  if (newKey) {
    return <NewRecoveryKeyScreen recoveryKey={newKey} onDone={() => setNewKey(undefined)} />;
  }
  return <>{children}</>;
}
