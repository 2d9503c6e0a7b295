// One hook for every stage-action form: react-hook-form with its zod resolver, the draft, the
// command applied and saved, the domain's refusal shown at its field, and the way back to the record.
import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { useNavigate } from 'react-router';
import type { EscalationError } from '../../../domain/escalation/escalation-error';
import type {
  CommandOutcome,
  EscalationCommand,
} from '../../../domain/escalation/escalation-machine';
import type { FieldProblem } from '../../../ui/error-summary';
import { formFieldFor, inputId, problemsFromErrors } from './form-errors';
import { applyAndSave, type SaveProblem } from './record-command';
import { recordDraftId, useFormDraft, type FormDraft } from './use-form-draft';
import type { OpenRecord } from './use-open-record';

export interface RecordFormOptions<Input extends FieldValues, Output> {
  open: OpenRecord;
  /** Names the form's draft; unique per form of a record (e.g. `amend-<discussion id>`). */
  formId: string;
  /** Checks what was typed before the rules see it (required fields, real dates). */
  schema: z.ZodType<Output, Input>;
  /** The values the form opens with, worked out once from the record as opened. */
  defaultValues: (opened: OpenRecord) => DefaultValues<Input>;
  toCommand: (values: Output, opened: OpenRecord) => EscalationCommand;
  /** The banner shown on the record page after saving. */
  successMessage: (outcome: CommandOutcome, opened: OpenRecord) => string;
  /** Form field names for domain field names that differ (after the prefix is dropped). */
  renames?: Readonly<Record<string, string>>;
  /** The input to link to for a field name, when it is not `inputId(name)`. */
  idFor?: (name: string) => string;
}

export interface RecordForm<Input extends FieldValues, Output> {
  form: UseFormReturn<Input, unknown, Output>;
  /** The record as this form opened it; the change is made from this revision. */
  opened: OpenRecord;
  draft: FormDraft;
  saveProblem: SaveProblem | undefined;
  problems: FieldProblem[];
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
}

/** Shows the rules' refusal at its field, and every further problem they found at its own. */
function showRefusal<Input extends FieldValues, Output>(
  form: UseFormReturn<Input, unknown, Output>,
  error: EscalationError,
  renames: Readonly<Record<string, string>> | undefined,
): void {
  const hasField = (name: string) => form.getValues(name as Path<Input>) !== undefined;
  for (const each of [error, ...(error.also ?? [])]) {
    const name = formFieldFor(each.field, hasField, renames);
    const problem = { type: 'domain', message: each.message };
    if (name === undefined) form.setError('root.domain', problem);
    else form.setError(name as Path<Input>, problem);
  }
}

export function useRecordForm<Input extends FieldValues, Output>(
  options: RecordFormOptions<Input, Output>,
): RecordForm<Input, Output> {
  const { formId, toCommand, successMessage, renames, idFor = inputId } = options;
  const [opened] = useState(options.open);
  const [defaultValues] = useState(() => options.defaultValues(opened));
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(options.schema),
    defaultValues,
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });
  const draft = useFormDraft(form, recordDraftId(opened.record.escalation.id, formId), formId);
  const navigate = useNavigate();
  const [saveProblem, setSaveProblem] = useState<SaveProblem>();

  const onSubmit = form.handleSubmit(async (values) => {
    setSaveProblem(undefined);
    const result = await applyAndSave(opened, toCommand(values, opened));
    if (result.kind === 'refused') return showRefusal(form, result.error, renames);
    if (result.kind === 'not-saved') {
      await draft.flush();
      setSaveProblem(result.problem);
      return;
    }
    await draft.discard();
    void navigate('..', { state: { message: successMessage(result.outcome, opened) } });
  });

  const problems = problemsFromErrors(form.formState.errors, idFor);
  return { form, opened, draft, saveProblem, problems, onSubmit };
}
