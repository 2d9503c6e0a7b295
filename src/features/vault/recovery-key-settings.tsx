// Settings → Passphrase and lock → Recovery key: make one, or replace it (the old one stops
// working). Needs the passphrase, because the key held while unlocked cannot be wrapped again.
import { useState } from 'react';
import { makeRecoveryKey, useRecoveryKeyMadeAt } from '../../data/vault-recovery';
import { describeDateText } from '../../domain/record-vocabulary';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { RecoveryKeySheet, type NewRecoveryKey } from './recovery-key-sheet';

export function RecoveryKeySettings() {
  const madeAt = useRecoveryKeyMadeAt();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  // Counts the tries that failed, so a second failure focuses the summary again.
  const [attempt, setAttempt] = useState(0);
  function fail(message: string) {
    setProblem(message);
    setAttempt((count) => count + 1);
  }
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<NewRecoveryKey>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      fail('Enter your passphrase');
      return;
    }
    setBusy(true);
    const result = await makeRecoveryKey(passphrase, new Date()).catch(() => undefined);
    setBusy(false);
    setPassphrase('');
    if (result?.ok) {
      setProblem(undefined);
      setMade({ code: result.code, createdAt: result.createdAt });
    } else {
      fail(
        result
          ? 'That passphrase is not right. Check Caps Lock and try again'
          : 'The recovery key could not be saved on this device. Check it has free space, then try again',
      );
    }
  }

  if (madeAt === undefined) return null;
  if (made) {
    return (
      <RecoveryKeySheet
        recoveryKey={made}
        headingLevel={3}
        doneLabel="I have kept my recovery key"
        onDone={() => setMade(undefined)}
      />
    );
  }
  return (
    <form autoComplete="off" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Recovery key</h3>
      <ErrorSummary
        problems={problem ? [{ fieldId: 'recovery-passphrase', message: problem }] : []}
        attempt={attempt}
      />
      {madeAt ? (
        <p>
          You made a recovery key on {describeDateText(madeAt, { withTime: false })}. Making a new
          one stops that one working: do it if the old one is lost or someone else may have seen it.
        </p>
      ) : (
        <p>
          You have not made a recovery key. If you forget your passphrase, a recovery key lets you
          set a new one and keep every record. Without it (or a backup), every record on this device
          would be lost.
        </p>
      )}
      <TextField
        id="recovery-passphrase"
        label="Your passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={problem}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {busy
          ? 'Making the recovery key…'
          : madeAt
            ? 'Replace the recovery key'
            : 'Make a recovery key'}
      </button>
    </form>
  );
}
