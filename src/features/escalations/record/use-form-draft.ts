// Autosaves a record form as an encrypted draft while it is typed, and restores it when the form is
// opened again, so a reload, a lock, a crash or a closed tab loses nothing.
import { useCallback, useEffect, useState } from 'react';
import { useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { deleteDraft, loadDraft, useDraftAutosave } from '../../../data/drafts-repository';

/** What a form can do with its draft. */
export interface FormDraft {
  /** True when the form was filled in from a draft saved earlier. */
  restored: boolean;
  /** Saves any pending typing now. */
  flush: () => Promise<void>;
  /** Forgets the draft (after the change was saved). */
  discard: () => Promise<void>;
  /** Puts the form back as it first opened and forgets the draft. */
  startAgain: () => void;
}

/** The draft id for one form of one record: `escalation/<record id>/<form>`. */
export function recordDraftId(escalationId: string, formId: string): string {
  return `escalation/${escalationId}/${formId}`;
}

export function useFormDraft<Input extends FieldValues, Output>(
  form: UseFormReturn<Input, unknown, Output>,
  draftId: string,
  formId: string,
): FormDraft {
  const { schedule, flush } = useDraftAutosave(draftId, formId);
  const { control, reset, formState } = form;
  const values = useWatch({ control });
  const { isDirty } = formState;
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let current = true;
    void loadDraft<Input>(draftId).then(
      (draft) => {
        if (!current || draft === undefined) return;
        reset(draft, { keepDefaultValues: true });
        setRestored(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [draftId, reset]);

  useEffect(() => {
    if (isDirty) schedule(values);
  }, [values, isDirty, schedule]);

  const discard = useCallback(async () => {
    await flush();
    await deleteDraft(draftId);
  }, [flush, draftId]);

  const startAgain = useCallback(() => {
    reset();
    setRestored(false);
    void discard();
  }, [reset, discard]);

  return { restored, flush, discard, startAgain };
}
