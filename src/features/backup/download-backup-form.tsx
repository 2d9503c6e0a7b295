// Download backup: one encrypted file with everything, under the vault's or a separate passphrase.
import { useLayoutEffect, useRef, useState } from 'react';
import { createBackupFile } from '../../data/backup-repository';
import { InvalidRecordError } from '../../data/record-checks';
import { verifyPassphrase } from '../../data/vault-session';
import { checkNewPassphrase } from '../../data/vault/passphrase-check';
import { downloadFile } from '../../ui/download';
import { ErrorSummary, type FieldProblem } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';

export const APP_VERSION = '0.2.0';

/** `escalate-backup-2026-11-22.escalate`: the date only, nothing about any record. */
export function backupFileName(now: Date): string {
  return `escalate-backup-${now.toISOString().slice(0, 10)}.escalate`;
}

type Choice = 'vault' | 'separate';

async function checkInput(
  choice: Choice,
  passphrase: string,
  confirmation: string,
): Promise<FieldProblem[]> {
  if (!passphrase)
    return [{ fieldId: 'backup-passphrase', message: 'Enter the passphrase for this backup' }];
  if (choice === 'vault') {
    return (await verifyPassphrase(passphrase))
      ? []
      : [{ fieldId: 'backup-passphrase', message: 'That is not your Escalate passphrase' }];
  }
  const check = await checkNewPassphrase(passphrase);
  if (!check.ok) {
    return [
      {
        fieldId: 'backup-passphrase',
        message: `Choose a stronger passphrase. ${check.feedback.join(' ')}`,
      },
    ];
  }
  return passphrase === confirmation
    ? []
    : [{ fieldId: 'backup-confirmation', message: 'The two passphrases do not match' }];
}

export function DownloadBackupForm() {
  const [choice, setChoice] = useState<Choice>('vault');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblemsOnly] = useState<FieldProblem[]>([]);
  // Counts the tries, so the summary is focused again when a second try fails the same way.
  const [attempt, setAttempt] = useState(0);
  function setProblems(found: FieldProblem[]) {
    setProblemsOnly(found);
    setAttempt((count) => count + 1);
  }
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const doneMessage = useRef<HTMLParagraphElement>(null);
  // The Download button is disabled while the backup is encrypted, and a disabled button loses
  // focus: it went to the page itself, and nothing said the file was saved. The message saying so
  // takes focus (and is read out) instead. Failures focus the error summary.
  useLayoutEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setDone(undefined);
    setBusy(true);
    try {
      const found = await checkInput(choice, passphrase, confirmation);
      setProblems(found);
      if (found.length > 0) return;
      const now = new Date();
      const bytes = await createBackupFile(passphrase, now, APP_VERSION);
      downloadFile(bytes, backupFileName(now), 'application/octet-stream');
      setPassphrase('');
      setConfirmation('');
      setDone(
        `Backup saved as ${backupFileName(now)}. Keep it somewhere safe, away from this device.`,
      );
    } catch (error) {
      setProblems([
        {
          fieldId: 'backup-passphrase',
          message:
            error instanceof InvalidRecordError
              ? error.message
              : 'The backup could not be made. Check the device has free space, then try again.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Download a backup</h3>
      <p>
        One encrypted file with every record on this device. Use it to recover if this device is
        lost or its browser data is cleared, or to move to a new device.
      </p>
      <ErrorSummary problems={problems} attempt={attempt} />
      {done && (
        <p className="banner banner--success" role="status" tabIndex={-1} ref={doneMessage}>
          {done}
        </p>
      )}
      <fieldset>
        <legend>Which passphrase should protect the backup?</legend>
        <div className="checkbox">
          <input
            id="backup-choice-vault"
            type="radio"
            name="backup-choice"
            checked={choice === 'vault'}
            onChange={() => setChoice('vault')}
          />
          <label htmlFor="backup-choice-vault">My Escalate passphrase</label>
        </div>
        <div className="checkbox">
          <input
            id="backup-choice-separate"
            type="radio"
            name="backup-choice"
            checked={choice === 'separate'}
            onChange={() => setChoice('separate')}
          />
          <label htmlFor="backup-choice-separate">
            A different passphrase, just for this backup
          </label>
        </div>
      </fieldset>
      <TextField
        id="backup-passphrase"
        label={choice === 'vault' ? 'Your Escalate passphrase' : 'Backup passphrase'}
        type="password"
        autoComplete={choice === 'vault' ? 'current-password' : 'new-password'}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={problems.find((p) => p.fieldId === 'backup-passphrase')?.message}
      />
      {choice === 'separate' && (
        <TextField
          id="backup-confirmation"
          label="Type the backup passphrase again"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={problems.find((p) => p.fieldId === 'backup-confirmation')?.message}
        />
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Encrypting your records…' : 'Download backup'}
      </button>
    </form>
  );
}
