// Reminds the user to back up when records have changed and the last backup is a week old (or none).
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { readBackupStatus } from '../../data/backup-repository';
import { useVaultState } from '../../data/vault-session';
import { NotificationBanner } from '../../ui/notification-banner';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** True when a reminder is due: changes since the last backup, and it was over 7 days ago (or never). */
export function backupReminderDue(
  status: { lastAt: string | null; changedSince: boolean },
  now: number,
): boolean {
  if (!status.changedSince) return false;
  return status.lastAt === null || now - Date.parse(status.lastAt) >= WEEK_MS;
}

export function BackupReminder() {
  const vault = useVaultState();
  const [due, setDue] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (vault !== 'unlocked') return;
    void readBackupStatus().then((status) => setDue(backupReminderDue(status, Date.now())));
  }, [vault]);
  if (!due || dismissed || vault !== 'unlocked') return null;
  return (
    <NotificationBanner
      title="Back up your records"
      tone="warning"
      onDismiss={() => setDismissed(true)}
      dismissLabel="Remind me later"
    >
      <p>
        Your records have changed since your last backup, and it is more than a week old (or you
        have none). If this device is lost, a backup is the only way to get them back.{' '}
        <Link to="/settings#backup-heading">Download a backup</Link>.
      </p>
    </NotificationBanner>
  );
}
