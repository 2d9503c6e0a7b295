// The unlock screen. Wrong passphrases make the next try wait longer.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { readUnlockThrottle, tryUnlock } from '../../data/vault-session';
import { sealPlainDrafts } from '../../data/drafts-repository';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { useCountdown } from './use-countdown';
import { countOf } from '../../domain/plural';

/** `takeFocus`: the passphrase box takes focus when the form appears (after the records locked). */
export function UnlockForm({ takeFocus = false }: { takeFocus?: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // In the commit that shows the form: what had focus ("Lock now") has just gone from the page.
  useLayoutEffect(() => {
    if (takeFocus) field.current?.focus();
  }, [takeFocus]);
  const [error, setError] = useState<string>();
  // Counts the tries that failed, so a second wrong passphrase focuses the summary again.
  const [attempt, setAttempt] = useState(0);
  function fail(message: string) {
    setError(message);
    setAttempt((count) => count + 1);
  }
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const secondsLeft = useCountdown(waitUntil);

  useEffect(() => {
    void readUnlockThrottle().then((throttle) => setWaitUntil(throttle.waitUntil));
  }, []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (secondsLeft > 0) return;
    if (!passphrase) {
      fail('Enter your passphrase');
      return;
    }
    setBusy(true);
    const outcome = await tryUnlock(passphrase).catch(() => ({ ok: false as const }));
    setBusy(false);
    if (outcome.ok) {
      void sealPlainDrafts();
      return;
    }
    if ('reason' in outcome && outcome.reason === 'wait') {
      // Another tab's wrong tries started a pause: this passphrase was not checked, so keep it.
      setWaitUntil(outcome.waitUntil);
      fail(
        'Escalate is pausing after wrong passphrases (perhaps in another tab), so this passphrase was not checked. Wait for the countdown, then press Unlock again.',
      );
      return;
    }
    setPassphrase('');
    setWaitUntil((await readUnlockThrottle()).waitUntil);
    fail('That passphrase is not right. Check Caps Lock and try again.');
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void submit(event)}
      noValidate
      className="vault-form"
    >
      <h1>Escalate is locked</h1>
      <ErrorSummary
        problems={error ? [{ fieldId: 'unlock-passphrase', message: error }] : []}
        attempt={attempt}
      />
      <p>
        Enter your passphrase to see and change your records. Guides and blank forms work without
        it.
      </p>
      <TextField
        id="unlock-passphrase"
        inputRef={field}
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={error}
      />
      {secondsLeft > 0 && (
        <p role="status">
          After several wrong passphrases, Escalate waits before the next try. You can try again in{' '}
          {countOf(secondsLeft, 'second')}.
        </p>
      )}
      <button type="submit" className="button" disabled={busy || secondsLeft > 0}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      <p>
        <Link to="/forgotten-passphrase" className="link-standalone">
          Forgotten passphrase?
        </Link>
      </p>
    </form>
  );
}
