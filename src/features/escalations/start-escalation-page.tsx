// Start an escalation: the disagreement as the policies ask it to be put, the people involved, and
// the client's details in a clearly marked sensitive section. Autosaved as you type.
import './escalations.css';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { claimDraft, deleteDraft, loadDraft, useDraftAutosave } from '../../data/drafts-repository';
import { useMyService } from '../../data/my-service-repository';
import { useAvailablePacks } from '../../data/packs-repository';
import { ErrorSummary, flattenFieldErrors, type FieldProblem } from '../../ui/error-summary';
import { usePageTitle } from '../../ui/page-title';
import { ClientDetailsFields } from './client-details-fields';
import { DisagreementFields } from './disagreement-fields';
import { ProfessionalsFields } from './professionals-fields';
import { ThemeChoiceFields } from './record/resolve-theme-fields';
import { formFieldFor, saveNewEscalation } from './start-escalation-save';
import {
  EMPTY_START_VALUES,
  startEscalationSchema,
  type StartEscalationValues,
} from './start-escalation-schema';

export const START_DRAFT_ID = 'start-escalation';

/** This tab's own start-form draft id (undefined while it is being claimed). */
function useClaimedDraft(formId: string): string | undefined {
  const [id, setId] = useState<string>();
  useEffect(() => {
    let live = true;
    let release: (() => void) | undefined;
    void claimDraft(formId).then((claim) => {
      if (!live) {
        claim.release();
        return;
      }
      release = claim.release;
      setId(claim.id);
    });
    return () => {
      live = false;
      release?.();
    };
  }, [formId]);
  return id;
}

export function StartEscalationPage() {
  usePageTitle('Start an escalation');
  const navigate = useNavigate();
  const packs = useAvailablePacks();
  const myService = useMyService();
  const [refusal, setRefusal] = useState<FieldProblem>();
  const [cleared, setCleared] = useState<StartEscalationValues | null>(null);
  const draftId = useClaimedDraft(START_DRAFT_ID);
  const autosave = useDraftAutosave(draftId ?? START_DRAFT_ID, START_DRAFT_ID);
  const form = useForm<StartEscalationValues>({
    resolver: zodResolver(startEscalationSchema),
    defaultValues: EMPTY_START_VALUES,
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });
  const { control, register, handleSubmit, reset, formState } = form;
  const values = useWatch({ control });

  useEffect(() => {
    if (!draftId) return;
    void loadDraft<StartEscalationValues>(draftId).then((draft) => {
      if (draft) reset({ ...EMPTY_START_VALUES, ...draft });
    });
  }, [reset, draftId]);

  useEffect(() => {
    if (draftId && formState.isDirty) autosave.schedule(values);
  }, [values, formState.isDirty, autosave, draftId]);

  useEffect(() => {
    if (!myService || formState.isDirty) return;
    if (myService.agencyType) form.setValue('agencyType', myService.agencyType);
    if (myService.role) form.setValue('role', myService.role);
    if (myService.agency) form.setValue('agency', myService.agency);
  }, [myService, form, formState.isDirty]);

  const pack = useMemo(
    () => packs?.find((p) => p.pack.id === values.packId)?.pack,
    [packs, values.packId],
  );

  const onSubmit = handleSubmit(async (output) => {
    setRefusal(undefined);
    if (!pack) return;
    const saved = await saveNewEscalation(startEscalationSchema.parse(output), pack);
    if (!saved.ok) {
      setRefusal({ fieldId: formFieldFor(saved.error.field), message: saved.error.message });
      return;
    }
    await autosave.flush();
    await deleteDraft(draftId ?? START_DRAFT_ID);
    void navigate(`/escalations/${saved.value}`, { state: { message: 'Escalation started' } });
  });

  const problems = [
    ...(refusal ? [refusal] : []),
    ...(formState.submitCount > 0 ? flattenFieldErrors(formState.errors) : []),
  ];
  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="start-form"
    >
      <h1>Start an escalation</h1>
      <ErrorSummary problems={problems} attempt={formState.submitCount} />
      <p>
        Everything you type is saved on this device as you go, encrypted, so you can come back to
        it.
      </p>
      <DisagreementFields form={form} packs={packs ?? []} pack={pack} />
      <ProfessionalsFields control={control} register={register} errors={formState.errors} />
      {pack && <ThemeChoiceFields form={form} pack={pack} when="start" />}
      <ClientDetailsFields control={control} register={register} errors={formState.errors} />
      {cleared && (
        <div className="banner banner--warning" role="status">
          <p>The form is cleared and its saved draft removed.</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset(cleared, { keepDefaultValues: true });
              autosave.schedule(cleared);
              setCleared(null);
            }}
          >
            Undo: bring back what I typed
          </button>
        </div>
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : 'Start escalation'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setCleared(form.getValues());
            reset(EMPTY_START_VALUES);
            void autosave.flush().then(() => deleteDraft(draftId ?? START_DRAFT_ID));
          }}
        >
          Clear the form
        </button>
      </div>
    </form>
  );
}
