// "Lock now": always in the header while records are open.
import { lock, useVaultState } from '../../data/vault-session';

export function LockButton() {
  const state = useVaultState();
  if (state !== 'unlocked') return null;
  return (
    <button type="button" className="button button--header" onClick={() => void lock()}>
      Lock now
    </button>
  );
}
