// Resolve: the agreed outcome, written confirmation to all parties, what is still outstanding and
// how it will be pursued, and the debrief and learning the policies ask for.
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { longText } from '../../../domain/limits';
import { isIsoDate, type IsoDate } from '../../../domain/calendar/iso-date';
import { BoundTextArea, BoundTextField } from './bound-fields';
import { RecordFormFrame } from './record-form-frame';
import type { OpenRecord } from './use-open-record';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import { useRecordForm } from './use-record-form';
import {
  ThemeChoiceFields,
  themeChoiceDefaults,
  themeChoiceSchema,
  toThemeChoices,
  type ThemeChoiceValues,
} from './resolve-theme-fields';

const resolveSchema = themeChoiceSchema.extend({
  agreedOutcome: longText().refine(
    (value) => value.trim() !== '',
    'Enter the agreed outcome. A disagreement is resolved only when an outcome has been agreed; if it has not, escalate it or refer it to the partnership.',
  ),
  confirmationSentTo: longText(),
  confirmationSentOn: z
    .string()
    .refine(
      (value) => value === '' || isIsoDate(value),
      'Enter the date written confirmation was sent as a real date, or leave it blank',
    ),
  outstandingIssues: longText(),
  howOutstandingWillBePursued: longText(),
  debrief: longText(),
  learning: longText(),
});

type ResolveValues = z.input<typeof resolveSchema>;
type ResolveOutput = z.output<typeof resolveSchema>;

const EMPTY: Omit<ResolveValues, keyof ThemeChoiceValues> = {
  agreedOutcome: '',
  confirmationSentTo: '',
  confirmationSentOn: '',
  outstandingIssues: '',
  howOutstandingWillBePursued: '',
  debrief: '',
  learning: '',
};

function ResolveFields({
  form,
  pack,
}: {
  form: UseFormReturn<ResolveValues, unknown, ResolveOutput>;
  pack: PolicyPack;
}) {
  return (
    <>
      <BoundTextArea form={form} name="agreedOutcome" label="Agreed outcome" />
      <fieldset>
        <legend>Written confirmation</legend>
        <div className="field__hint">
          The policies ask for the outcome to be confirmed in writing to all parties.
        </div>
        <BoundTextField
          form={form}
          name="confirmationSentTo"
          label="Sent to (needed if you give a date)"
          hint="Names or roles and agencies of everyone it went to."
        />
        <BoundTextField
          form={form}
          name="confirmationSentOn"
          label="Sent on (optional)"
          hint="Leave blank if it has not been sent yet."
          type="date"
          className="input--short"
        />
      </fieldset>
      <BoundTextArea form={form} name="outstandingIssues" label="Outstanding issues (optional)" />
      <BoundTextArea
        form={form}
        name="howOutstandingWillBePursued"
        label="How the outstanding issues will be pursued"
        hint="Needed if you listed outstanding issues."
      />
      <BoundTextArea
        form={form}
        name="debrief"
        label="Debrief (optional)"
        hint="How the debrief with the professionals involved went, and who took part."
      />
      <BoundTextArea
        form={form}
        name="learning"
        label="Learning (optional)"
        hint="What the agencies involved could learn from this disagreement."
      />
      <ThemeChoiceFields form={form} pack={pack} />
    </>
  );
}

export function ResolvePage({ open }: { open: OpenRecord }) {
  const state = useRecordForm({
    open,
    formId: 'resolve',
    schema: resolveSchema,
    defaultValues: (opened) => ({ ...EMPTY, ...themeChoiceDefaults(opened.record.escalation) }),
    toCommand: (values) => {
      const { themesAbout, themesAgencyTypes, themesResolvedHow, themesLearning, ...resolution } =
        values;
      return {
        type: 'resolve',
        resolution: {
          ...resolution,
          confirmationSentOn:
            resolution.confirmationSentOn === ''
              ? null
              : (resolution.confirmationSentOn as IsoDate),
          themes: toThemeChoices({
            themesAbout,
            themesAgencyTypes,
            themesResolvedHow,
            themesLearning,
          }),
        },
      };
    },
    successMessage: () => 'Escalation resolved',
  });
  const intro = (
    <p>
      Record how the disagreement was resolved. This closes the record: it cannot be changed
      afterwards.
    </p>
  );
  return (
    <RecordFormFrame
      state={state}
      title="Resolve the escalation"
      submitLabel="Resolve and close the record"
      intro={intro}
    >
      <ResolveFields form={state.form} pack={open.pack} />
    </RecordFormFrame>
  );
}
