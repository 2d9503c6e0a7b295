// The frame every stage-action form shares: the case reference above the heading, the error
// summary, why a change was not saved, the restored-draft notice, and the submit and back buttons.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../ui/error-summary';
import { usePageTitle } from '../../../ui/page-title';
import { RECORD_FORM_ID } from './form-errors';
import type { SaveProblem } from './record-command';
import type { RecordForm } from './use-record-form';
import type { FieldValues } from 'react-hook-form';

function SaveProblemNotice({ problem }: { problem: SaveProblem }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focused in the same commit as it appears, as the error summary is (see error-summary.tsx).
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [problem]);
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="save-problem-title"
    >
      <h2 id="save-problem-title" className="error-summary__title">
        Your change was not saved
      </h2>
      <p>{problem.message}</p>
      {problem.kind === 'changed-elsewhere' && (
        <p>
          <Link to="..">Reload the record</Link> to see the latest version. What you typed here is
          kept on this device and will be back when you open this form again.
        </p>
      )}
    </div>
  );
}

function DraftRestored({ onStartAgain }: { onStartAgain: () => void }) {
  return (
    <div className="record-draft-notice" role="status">
      <p>We kept what you typed last time, so you can carry on.</p>
      <button type="button" className="button button--secondary" onClick={onStartAgain}>
        Start again
      </button>
    </div>
  );
}

interface RecordFormFrameProps<Input extends FieldValues, Output> {
  state: RecordForm<Input, Output>;
  title: string;
  submitLabel: string;
  tone?: 'warning';
  intro?: ReactNode;
  children: ReactNode;
}

export function RecordFormFrame<Input extends FieldValues, Output>({
  state,
  title,
  submitLabel,
  tone,
  intro,
  children,
}: RecordFormFrameProps<Input, Output>) {
  const { form, opened, draft, saveProblem, problems, onSubmit } = state;
  const { isSubmitting, submitCount } = form.formState;
  usePageTitle(`${problems.length > 0 ? 'Error: ' : ''}${title}`);
  return (
    <form
      autoComplete="off"
      id={RECORD_FORM_ID}
      className="record-form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <ErrorSummary problems={problems} attempt={submitCount} />
      {saveProblem && <SaveProblemNotice problem={saveProblem} />}
      <p className="record-caption">Escalation {opened.record.escalation.caseRef}</p>
      <h1>{title}</h1>
      {draft.restored && <DraftRestored onStartAgain={draft.startAgain} />}
      {intro}
      {children}
      <div className="button-group">
        <button
          type="submit"
          className={`button${tone === 'warning' ? ' button--warning' : ''}`}
          disabled={isSubmitting}
        >
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
        <Link to=".." className="record-back-link">
          Back to the record
        </Link>
      </div>
    </form>
  );
}
