// Edit the details: the statement of the disagreement, the categories, the professionals involved
// and the choices for the partnership's themes. The rules refuse a save that changes nothing.
import { z } from 'zod';
import { longText } from '../../../domain/limits';
import { isIsoDate, type IsoDate } from '../../../domain/calendar/iso-date';
import type { Escalation } from '../../../domain/escalation/escalation';
import type { EscalationCommand } from '../../../domain/escalation/escalation-machine';
import { BoundTextArea, BoundTextField } from './bound-fields';
import { ChoiceFields } from './choice-fields';
import { professionalSchema } from './discussion-form-schema';
import { PeopleFields } from './people-fields';
import { RecordFormFrame } from './record-form-frame';
import {
  recordThemeChoiceSchema,
  recordThemeChoiceValues,
  ThemeChoiceFields,
  toRecordThemeChoices,
} from './resolve-theme-fields';
import type { OpenRecord } from './use-open-record';
import { useRecordForm } from './use-record-form';

const required = (message: string) => longText().refine((value) => value.trim() !== '', message);

const editDetailsSchema = recordThemeChoiceSchema.extend({
  whatIsEscalated: required('Enter what is being escalated'),
  outcomeSought: required('Enter the outcome you are seeking'),
  outcomeSoughtBy: z
    .string()
    .refine(
      (value) => value === '' || isIsoDate(value),
      'Enter the date the outcome is sought by as a real date, or leave it blank',
    ),
  categoryIds: z.array(z.string()),
  people: z.array(professionalSchema),
});

type EditDetailsValues = z.input<typeof editDetailsSchema>;
type EditDetailsOutput = z.output<typeof editDetailsSchema>;

function valuesFrom(escalation: Escalation): EditDetailsValues {
  const { statement } = escalation;
  return {
    whatIsEscalated: statement.whatIsEscalated,
    outcomeSought: statement.outcomeSought,
    outcomeSoughtBy: statement.outcomeSoughtBy ?? '',
    categoryIds: [...escalation.categoryIds],
    people: escalation.professionals.map((person) => ({ ...person })),
    ...recordThemeChoiceValues(escalation),
  };
}

function toCommand(values: EditDetailsOutput): EscalationCommand {
  return {
    type: 'edit-details',
    statement: {
      whatIsEscalated: values.whatIsEscalated,
      outcomeSought: values.outcomeSought,
      outcomeSoughtBy: values.outcomeSoughtBy === '' ? null : (values.outcomeSoughtBy as IsoDate),
    },
    categoryIds: values.categoryIds,
    // Same key order as stored, so an unchanged professional compares as unchanged.
    professionals: values.people.map((person) => ({
      id: person.id === '' ? crypto.randomUUID() : person.id,
      name: person.name,
      role: person.role,
      agency: person.agency,
      agencyType: person.agencyType,
    })),
    themes: toRecordThemeChoices(values),
  };
}

export function EditDetailsPage({ open }: { open: OpenRecord }) {
  const state = useRecordForm({
    open,
    formId: 'edit',
    schema: editDetailsSchema,
    defaultValues: (opened) => valuesFrom(opened.record.escalation),
    toCommand,
    successMessage: () => 'Details saved',
    renames: { professionals: 'people' },
  });
  const { form } = state;
  const categories = open.pack.categories.map((category) => ({
    value: category.id,
    label: category.label,
  }));
  return (
    <RecordFormFrame state={state} title="Edit the details" submitLabel="Save the details">
      <BoundTextArea
        form={form}
        name="whatIsEscalated"
        label="What is being escalated"
        hint="The decision or action you disagree with, and why."
        rows={7}
      />
      <BoundTextArea form={form} name="outcomeSought" label="The outcome you are seeking" />
      <BoundTextField
        form={form}
        name="outcomeSoughtBy"
        label="Outcome sought by (optional)"
        type="date"
        className="input--short"
      />
      {categories.length > 0 && (
        <ChoiceFields
          form={form}
          name="categoryIds"
          type="checkbox"
          legend="What is the disagreement about?"
          hint="Choose all that apply, as the policy words them."
          choices={categories}
        />
      )}
      <PeopleFields
        form={form}
        legend="Professionals involved"
        hint="Name, role and agency of each professional involved in the disagreement."
        minRows={0}
      />
      <ThemeChoiceFields form={form} pack={open.pack} when="start" />
    </RecordFormFrame>
  );
}
