// The recovery key as shown once, after it is made: what it is for, the code in large type, the
// date, and a print button. It prints on its own, with no client data.
import { useEffect, useRef } from 'react';
import { describeDateText } from '../../domain/record-vocabulary';

/** A recovery key just made: the code (shown only now) and when it was made. */
export interface NewRecoveryKey {
  code: string;
  createdAt: string;
}

export function RecoveryKeySheet({
  recoveryKey,
  onDone,
  doneLabel,
  headingLevel = 1,
}: {
  recoveryKey: NewRecoveryKey;
  onDone: () => void;
  doneLabel: string;
  headingLevel?: 1 | 3;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  return (
    <section className="recovery-sheet" aria-labelledby="recovery-sheet-heading">
      <Heading id="recovery-sheet-heading" tabIndex={-1} ref={heading}>
        Your Escalate recovery key
      </Heading>
      <p>
        If you forget your Escalate passphrase, this key lets you set a new one on this device and
        keep every record. Without it (or a backup and its passphrase), a forgotten passphrase means
        every record on this device is lost: there is no server and no account, so nobody can reset
        it for you.
      </p>
      <p className="recovery-sheet__code" aria-label={`Recovery key: ${recoveryKey.code}`}>
        {recoveryKey.code}
      </p>
      <dl className="summary-list">
        <div>
          <dt>Made on</dt>
          <dd>{describeDateText(recoveryKey.createdAt, { withTime: false })}</dd>
        </div>
        <div>
          <dt>Works for</dt>
          <dd>Escalate on the device where it was made, until you make a new recovery key</dd>
        </div>
      </dl>
      <p>
        Print this page or write the key down now: it is shown only once. Keep it somewhere safe and
        away from this device, like a spare house key. Anyone with this key and this device can open
        your records. To use it, choose “Forgotten passphrase?” on the locked screen.
      </p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print recovery key
        </button>
        <button type="button" className="button" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
