// Shows its children only while the vault is unlocked; otherwise the set-up or unlock screen.
import { useEffect, type ReactNode } from 'react';
import { loadVaultState, useVaultState } from '../../data/vault-session';
import { usePageTitle } from '../../ui/page-title';
import { SetUpVaultForm } from './set-up-vault-form';
import { UnlockForm } from './unlock-form';

function LockedScreen({ state }: { state: 'no-vault' | 'locked' }) {
  usePageTitle(state === 'no-vault' ? 'Set a passphrase' : 'Locked');
  return state === 'no-vault' ? <SetUpVaultForm /> : <UnlockForm />;
}

export function VaultGate({ children }: { children: ReactNode }) {
  const state = useVaultState();
  useEffect(() => {
    void loadVaultState();
  }, []);
  if (state === 'loading') return <p role="status">Opening your records…</p>;
  if (state !== 'unlocked') return <LockedScreen state={state} />;
  return <>{children}</>;
}
