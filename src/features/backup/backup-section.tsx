// Settings → Backup: download and restore, and when the last backup was made.
import { Link } from 'react-router';
import { useBackupStatus } from '../../data/backup-repository';
import { describeDateText } from '../../domain/record-vocabulary';
import { useVaultState } from '../../data/vault-session';
import { DownloadBackupForm } from './download-backup-form';
import { useLoadingPart } from '../../ui/load-together';
import { RESTORE_HEADING_ID, RestoreBackupForm } from './restore-backup-form';
import { withReturn } from '../../ui/return-path';

function LastBackup() {
  const status = useBackupStatus();
  useLoadingPart(!status);
  if (!status) return null;
  return (
    <p>
      {status.lastAt
        ? `Last backup: ${describeDateText(status.lastAt)}.`
        : 'You have not made a backup on this device yet.'}
    </p>
  );
}

export function BackupSection() {
  const state = useVaultState();
  useLoadingPart(state === 'loading');
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      {state !== 'unlocked' ? (
        <p>
          {state === 'no-vault' ? (
            <>
              <Link to={withReturn('/escalations', `/settings#${RESTORE_HEADING_ID}`)}>
                Set a passphrase
              </Link>{' '}
              before you back up or restore. On a new device, set a passphrase first, then restore
              your backup here.
            </>
          ) : (
            <>
              <Link to={withReturn('/escalations', '/settings#backup-heading')}>
                Unlock Escalate
              </Link>{' '}
              to back up or restore.
            </>
          )}
        </p>
      ) : (
        <>
          <LastBackup />
          <DownloadBackupForm />
          <RestoreBackupForm />
        </>
      )}
    </section>
  );
}
