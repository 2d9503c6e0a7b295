// "Lock now" and the auto-lock timers.
import { LockButton } from '../features/vault/lock-button';
import { useAutoLock } from '../features/vault/use-auto-lock';

export function LockControls() {
  useAutoLock();
  return <LockButton />;
}
