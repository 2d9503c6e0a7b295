// Restore: read a backup file, check all of it, show what it holds, then replace or merge.
import { useLayoutEffect, useRef, useState } from 'react';
import {
  inspectBackupFile,
  restoreBackupContent,
  type InspectResult,
} from '../../data/backup-repository';
import { describeDateText } from '../../domain/record-vocabulary';
import { ErrorSummary, type FieldProblem } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { restoredMessage } from './backup-words';

type Checked = Extract<InspectResult, { ok: true }>;

function formatDate(iso: string | null): string {
  return iso ? describeDateText(iso, { withTime: false }) : '–';
}

function BackupSummaryList({ checked }: { checked: Checked }) {
  const { summary, notes } = checked;
  return (
    <>
      <BackupSummaryTerms summary={summary} />
      {notes.length > 0 && (
        <div className="banner banner--warning">
          <p>Some parts of this backup will not be restored:</p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function BackupSummaryTerms({ summary }: { summary: Checked['summary'] }) {
  return (
    <dl className="summary-list">
      <div>
        <dt>Made on</dt>
        <dd>{formatDate(summary.exportedAt)}</dd>
      </div>
      <div>
        <dt>Escalations</dt>
        <dd>
          {summary.escalations} ({summary.openEscalations} open)
        </dd>
      </div>
      <div>
        <dt>Discussions logged</dt>
        <dd>{summary.discussions}</dd>
      </div>
      <div>
        <dt>Records dated</dt>
        <dd>
          {formatDate(summary.earliest)} to {formatDate(summary.latest)}
        </dd>
      </div>
      <div>
        <dt>Policies</dt>
        <dd>{summary.policies.length ? summary.policies.join('; ') : '–'}</dd>
      </div>
      {summary.registerEntries > 0 && (
        <div>
          <dt>Register entries</dt>
          <dd>{summary.registerEntries}</dd>
        </div>
      )}
    </dl>
  );
}

/** The restore form's heading: setting a passphrase from Settings comes back to it. */
export const RESTORE_HEADING_ID = 'restore-heading';

export function RestoreBackupForm() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblemsOnly] = useState<FieldProblem[]>([]);
  // Counts the tries, so the summary is focused again when a second try fails the same way.
  const [attempt, setAttempt] = useState(0);
  function setProblems(found: FieldProblem[]) {
    setProblemsOnly(found);
    setAttempt((count) => count + 1);
  }
  const [checked, setChecked] = useState<Checked>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const doneMessage = useRef<HTMLParagraphElement>(null);
  // Restoring removes the backup's summary with the Merge (or Replace) button that had focus, so
  // focus went to the page itself and nothing was read. The message saying what was restored
  // takes focus instead. A failed restore focuses the error summary.
  useLayoutEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const file = fileInput.current?.files?.[0];
    const found: FieldProblem[] = [];
    if (!file) found.push({ fieldId: 'restore-file', message: 'Choose a backup file' });
    if (!passphrase)
      found.push({ fieldId: 'restore-passphrase', message: 'Enter the backup’s passphrase' });
    setProblems(found);
    if (!file || found.length > 0) return;
    setBusy(true);
    const result = await inspectBackupFile(new Uint8Array(await file.arrayBuffer()), passphrase);
    setBusy(false);
    if (result.ok) setChecked(result);
    else
      setProblems([
        {
          fieldId:
            result.kind === 'wrong-passphrase-or-tampered' ? 'restore-passphrase' : 'restore-file',
          message: result.message,
        },
      ]);
  }

  async function restore() {
    if (!checked) return;
    setBusy(true);
    try {
      await restoreBackupContent(checked.content, mode);
      setDone(restoredMessage(checked.summary.escalations, mode, checked.summary.registerEntries));
      setChecked(undefined);
      setPassphrase('');
    } catch {
      setProblems([
        {
          fieldId: 'restore-file',
          message:
            'The backup could not be restored, so nothing on this device was changed. Check the device has free space, then try again.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <h3 id={RESTORE_HEADING_ID}>Restore from a backup</h3>
      <ErrorSummary problems={problems} attempt={attempt} />
      {done && (
        <p className="banner banner--success" role="status" tabIndex={-1} ref={doneMessage}>
          {done}
        </p>
      )}
      {!checked ? (
        <form autoComplete="off" onSubmit={(event) => void check(event)} noValidate>
          <div
            className={`field${problems.some((p) => p.fieldId === 'restore-file') ? ' field--error' : ''}`}
          >
            <label className="field__label" htmlFor="restore-file">
              Backup file
            </label>
            <div className="field__hint" id="restore-file-hint">
              A file ending in .escalate. Nothing changes until you have checked what it contains.
            </div>
            <input
              id="restore-file"
              ref={fileInput}
              type="file"
              accept=".escalate"
              className="input"
              aria-describedby="restore-file-hint"
            />
          </div>
          <TextField
            id="restore-passphrase"
            label="The backup’s passphrase"
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            error={problems.find((p) => p.fieldId === 'restore-passphrase')?.message}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? 'Checking the backup…' : 'Check backup'}
          </button>
        </form>
      ) : (
        <section aria-labelledby="restore-check-heading">
          <h4 id="restore-check-heading">This backup contains</h4>
          <BackupSummaryList checked={checked} />
          <fieldset>
            <legend>How should it be restored?</legend>
            <div className="checkbox">
              <input
                id="restore-merge"
                type="radio"
                name="restore-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              <label htmlFor="restore-merge">
                Merge: keep this device’s records and add or update from the backup (the newer
                version of each record wins)
              </label>
            </div>
            <div className="checkbox">
              <input
                id="restore-replace"
                type="radio"
                name="restore-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              <label htmlFor="restore-replace">
                Replace: delete this device’s records and use only the backup
              </label>
            </div>
          </fieldset>
          <div className="button-group">
            <button
              type="button"
              className={`button${mode === 'replace' ? ' button--warning' : ''}`}
              onClick={() => void restore()}
              disabled={busy}
            >
              {busy
                ? 'Restoring…'
                : mode === 'replace'
                  ? 'Replace my records with this backup'
                  : 'Merge this backup'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setChecked(undefined)}
              disabled={busy}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
