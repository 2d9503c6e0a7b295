// Shows its children only while the vault is unlocked; otherwise the set-up or unlock screen. Right
// after set-up with a recovery key, the key is shown once before the records.
import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { focusPage, mainArea } from '../../ui/page-focus';
import { loadVaultState, useVaultState } from '../../data/vault-session';
import { usePageTitle } from '../../ui/page-title';
import { returnPathFrom } from '../../ui/return-path';
import { RecoveryKeySheet, type NewRecoveryKey } from './recovery-key-sheet';
import { SetUpVaultForm } from './set-up-vault-form';
import { UnlockForm } from './unlock-form';

function LockedScreen({
  state,
  onRecoveryKey,
  takeFocus,
}: {
  state: 'no-vault' | 'locked';
  onRecoveryKey: (recoveryKey: NewRecoveryKey | undefined) => void;
  takeFocus: boolean;
}) {
  usePageTitle(state === 'no-vault' ? 'Set a passphrase' : 'Locked');
  return state === 'no-vault' ? (
    <SetUpVaultForm onRecoveryKey={onRecoveryKey} />
  ) : (
    <UnlockForm takeFocus={takeFocus} />
  );
}

function NewRecoveryKeyScreen(props: { recoveryKey: NewRecoveryKey; onDone: () => void }) {
  usePageTitle('Your recovery key');
  return <RecoveryKeySheet {...props} doneLabel="I have kept my recovery key – continue" />;
}

/**
 * The records, arriving in place of a screen the user passed (set-up, unlock, the recovery key):
 * the page starts at the top with focus on its heading, as a new page would. The key's sheet is
 * long, and the records used to open as far down as its button was. A user sent here from
 * elsewhere to set a passphrase (Settings, to restore a backup on a new device) goes back there
 * instead, when the address names a place inside the app to return to: they were left at the
 * records, with the restore form two pages away.
 */
function Records({ arrived, children }: { arrived: boolean; children: ReactNode }) {
  const [search] = useSearchParams();
  const back = arrived ? returnPathFrom(search) : null;
  useEffect(() => {
    if (!arrived || back) return;
    window.scrollTo(0, 0);
    return focusPage(mainArea());
  }, [arrived, back]);
  // In place of this address, so Back goes to the page before it, not to the passphrase form.
  if (back) return <Navigate to={back} replace />;
  return <>{children}</>;
}

type Screen = 'loading' | 'set-up' | 'locked' | 'recovery-key' | 'records';

export function VaultGate({ children }: { children: ReactNode }) {
  const state = useVaultState();
  const [newKey, setNewKey] = useState<NewRecoveryKey>();
  useEffect(() => {
    void loadVaultState();
  }, []);
  // Locking forgets a key still on screen: it is shown once, to whoever set the passphrase.
  if (state === 'locked' && newKey) setNewKey(undefined);
  const screen: Screen =
    state === 'loading'
      ? 'loading'
      : state === 'no-vault'
        ? 'set-up'
        : state === 'locked'
          ? 'locked'
          : newKey
            ? 'recovery-key'
            : 'records';
  // Which screen this one replaced: focus moves only when the user moved past a screen.
  const [shown, setShown] = useState({ screen, after: screen });
  if (shown.screen !== screen) setShown({ screen, after: shown.screen });
  const after = shown.screen === screen ? shown.after : shown.screen;

  if (screen === 'loading') return <p role="status">Opening your records…</p>;
  if (screen === 'set-up' || screen === 'locked') {
    // "Lock now" (or the auto-lock) removes what had focus; the passphrase box takes it.
    return (
      <LockedScreen
        state={screen === 'set-up' ? 'no-vault' : 'locked'}
        onRecoveryKey={setNewKey}
        takeFocus={after === 'records'}
      />
    );
  }
  if (screen === 'recovery-key' && newKey) {
    return <NewRecoveryKeyScreen recoveryKey={newKey} onDone={() => setNewKey(undefined)} />;
  }
  return <Records arrived={after !== 'records' && after !== 'loading'}>{children}</Records>;
}
