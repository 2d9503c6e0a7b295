// "Forgotten passphrase?": the ways forward in plain English — the recovery key, a backup, or
// erasing Escalate's data on this device and starting again.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { eraseDevice, loadVaultState, useVaultState } from '../../data/vault-session';
import { useRecoveryKeyMadeAt } from '../../data/vault-recovery';
import { describeDateText } from '../../domain/record-vocabulary';
import { usePageTitle } from '../../ui/page-title';
import { RecoverWithKeyForm } from './recover-with-key-form';

function RecoveryKeyOption({ onRecovered }: { onRecovered: () => void }) {
  const madeAt = useRecoveryKeyMadeAt();
  if (madeAt === undefined) return null;
  if (madeAt === null) {
    return (
      <p>
        No recovery key was made for Escalate on this device, so this way is not open. Try the other
        two below.
      </p>
    );
  }
  return (
    <>
      <p>
        You made a recovery key on {describeDateText(madeAt, { withTime: false })}. Type it below
        with a new passphrase. Every record is kept; your old passphrase stops working; the recovery
        key goes on working.
      </p>
      <RecoverWithKeyForm onRecovered={onRecovered} />
    </>
  );
}

function EraseOption({ onErased }: { onErased: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function erase() {
    setBusy(true);
    try {
      await eraseDevice();
      onErased();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        Erase Escalate’s data on this device
      </button>
    );
  }
  return (
    <div className="banner banner--warning">
      <p tabIndex={-1} ref={question}>
        <strong>
          Are you sure? Every escalation, discussion, draft, setting and your passphrase on this
          device will be deleted. Nothing can undo this.
        </strong>
      </p>
      {failed && (
        <p role="alert">
          Escalate’s data could not be erased. Close other Escalate tabs, then try again.
        </p>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={busy}
          onClick={() => void erase()}
        >
          {busy ? 'Erasing…' : 'Yes, erase everything'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => setConfirming(false)}
        >
          No, keep my data
        </button>
      </div>
    </div>
  );
}

export function ForgottenPassphrasePage() {
  usePageTitle('Forgotten passphrase');
  const state = useVaultState();
  const [done, setDone] = useState<'recovered' | 'erased'>();
  useEffect(() => {
    void loadVaultState();
  }, []);

  if (done === 'recovered') {
    return (
      <>
        <h1>Your new passphrase is set</h1>
        <p role="status" className="banner banner--success">
          Escalate is unlocked and your records are as you left them. Use your new passphrase from
          now on.
        </p>
        <p>
          <Link to="/escalations" className="link-standalone">
            Go to your escalations
          </Link>
        </p>
      </>
    );
  }
  if (done === 'erased' || state === 'no-vault') {
    return (
      <>
        <h1>Forgotten passphrase</h1>
        <p role="status">
          {done === 'erased'
            ? 'Escalate’s data on this device has been erased.'
            : 'No passphrase is set for Escalate on this device.'}{' '}
          <Link to="/escalations">Set a new passphrase</Link>. To bring back records from a backup
          file, then go to Settings, Backup and restore.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Forgotten your passphrase?</h1>
      <p>
        Escalate keeps your records only on this device, encrypted with your passphrase. There is no
        server and no account, so nobody – not your IT team and not us – can reset your passphrase
        or open your records for you. These are the ways forward.
      </p>
      {state === 'unlocked' && (
        <p className="banner">
          Escalate is unlocked now. To choose a new passphrase, go to{' '}
          <Link to="/settings">Settings</Link>, Passphrase and lock.
        </p>
      )}
      <h2>1. Use your recovery key</h2>
      {state === 'locked' && <RecoveryKeyOption onRecovered={() => setDone('recovered')} />}
      <h2>2. Restore from a backup file</h2>
      <p>
        If you have a backup file (it ends in .escalate) and remember the passphrase you made it
        with: erase Escalate’s data on this device (below), set a new passphrase, then go to
        Settings, Backup and restore, and restore the file. Anything recorded after the backup was
        made will be lost.
      </p>
      <h2>3. Erase and start again</h2>
      <p>
        The last resort, if you have neither a recovery key nor a backup: erase everything Escalate
        keeps on this device and start again with a new passphrase. The records on this device
        cannot be read by anyone without the passphrase, so they are lost.
      </p>
      <EraseOption onErased={() => setDone('erased')} />
    </>
  );
}
