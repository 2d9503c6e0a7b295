// "Lock now", the auto-lock timers and the backup reminder: loaded only once a vault exists.
import { createPortal } from 'react-dom';
import { LockButton } from '../features/vault/lock-button';
import { useAutoLock } from '../features/vault/use-auto-lock';
import { BackupReminder } from '../features/backup/backup-reminder';

export function LockControls() {
  useAutoLock();
  const banners = document.getElementById('vault-banners');
  return (
    <>
      <LockButton />
      {banners && createPortal(<BackupReminder />, banners)}
    </>
  );
}
