// Load a partnership's own policy from a JSON file. The size is checked before the file is read;
// every problem is listed with its path; nothing is saved unless the whole file is valid.
import { useRef, useState, type FormEvent } from 'react';
import { importPackFile } from '../../data/packs-repository';
import { checkPolicyPackSize, type PolicyPackError } from '../../domain/policy/policy-pack';
import { ErrorSummary, type FieldProblem } from '../../ui/error-summary';
import { FieldFrame } from '../../ui/text-field';
import { NotificationBanner } from '../../ui/notification-banner';

const FIELD_ID = 'pack-file';

function toProblem(error: PolicyPackError): FieldProblem {
  return { fieldId: FIELD_ID, message: error.message };
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'added'; name: string; version: number };

/** Reads, validates and installs the chosen file; never throws. */
async function importFile(file: File | undefined): Promise<Outcome> {
  if (!file) return invalid('Choose a policy pack file (a .json file) to load.');
  const sizeError = checkPolicyPackSize(file.size);
  if (sizeError) return { kind: 'invalid', problems: [toProblem(sizeError)] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return invalid(
      'The file could not be read. Check that it is still on the device and try again.',
    );
  }
  try {
    const result = await importPackFile(text, new Date().toISOString());
    if (!result.ok) return { kind: 'invalid', problems: result.errors.map(toProblem) };
    return { kind: 'added', name: result.pack.partnership.name, version: result.pack.version };
  } catch {
    return invalid(
      'The policy could not be saved on this device. Check that it has free space, then try again.',
    );
  }
}

function invalid(message: string): Outcome {
  return { kind: 'invalid', problems: [{ fieldId: FIELD_ID, message }] };
}

function inlineError(problems: FieldProblem[]): string {
  if (problems.length === 1) return problems[0]?.message ?? '';
  return `This file has ${problems.length} problems, listed at the top of the page. Nothing was added.`;
}

export function PackImportForm() {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome({ kind: 'idle' });
    const next = await importFile(input.current?.files?.[0]);
    setOutcome(next);
    setAttempt((count) => count + 1);
    setBusy(false);
    if (next.kind === 'added' && input.current) input.current.value = '';
  }

  const problems = outcome.kind === 'invalid' ? outcome.problems : [];
  const error = problems.length > 0 ? inlineError(problems) : undefined;
  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void submit(event)}
      noValidate
      className="guide-import"
    >
      <ErrorSummary problems={problems} attempt={attempt} title="This file was not added" />
      {outcome.kind === 'added' && (
        <NotificationBanner title="Policy added" tone="success">
          <p>
            {outcome.name} (version {outcome.version}) is now in the list of partnerships.
          </p>
        </NotificationBanner>
      )}
      <FieldFrame
        id={FIELD_ID}
        label="Policy pack file"
        hint="A .json file in Escalate’s policy pack format, at most 2 MB."
        error={error}
      >
        <input
          id={FIELD_ID}
          ref={input}
          type="file"
          accept=".json,application/json"
          className="guide-file-input"
          aria-describedby={`${FIELD_ID}-hint${error ? ` ${FIELD_ID}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
      </FieldFrame>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Checking the file…' : 'Check and add this policy'}
      </button>
    </form>
  );
}
