// The fields of a discussion, shared by logging one and correcting one: when, at which stage, with
// whom, how, what was said and what was agreed.
import type { UseFormReturn } from 'react-hook-form';
import { escalationStageChoices } from './stage-choices';
import { BoundTextArea, BoundTextField } from './bound-fields';
import { ChoiceFields } from './choice-fields';
import type { DiscussionOutput, DiscussionValues } from './discussion-form-schema';
import { PeopleFields } from './people-fields';
import { DISCUSSION_METHODS, METHOD_LABELS } from './record-text';
import type { OpenRecord } from './use-open-record';

interface DiscussionFieldsProps {
  form: UseFormReturn<DiscussionValues, unknown, DiscussionOutput>;
  opened: OpenRecord;
}

const METHOD_CHOICES = DISCUSSION_METHODS.map((method) => ({
  value: method,
  label: METHOD_LABELS[method],
}));

export function DiscussionFields({ form, opened }: DiscussionFieldsProps) {
  const { escalation } = opened.record;
  return (
    <>
      <fieldset className="record-when">
        <legend>When was the discussion held?</legend>
        <div className="field__hint">UK time. Use the time it started.</div>
        <div className="record-when__inputs">
          <BoundTextField form={form} name="heldDate" label="Date" type="date" />
          <BoundTextField
            form={form}
            name="heldTime"
            label="Time (24-hour clock)"
            type="time"
            className="input--short"
          />
        </div>
      </fieldset>
      <ChoiceFields
        form={form}
        name="stageId"
        type="radio"
        legend="Which stage was it part of?"
        choices={escalationStageChoices(opened)}
      />
      <PeopleFields
        form={form}
        legend="Who was it with?"
        hint="Name, role and agency of each person, other than you."
        suggestions={escalation.professionals}
        minRows={1}
      />
      <ChoiceFields
        form={form}
        name="method"
        type="radio"
        legend="How did it take place?"
        choices={METHOD_CHOICES}
      />
      <BoundTextArea
        form={form}
        name="summary"
        label="Summary of the discussion"
        hint="What was said, by whom, and any decisions made."
        rows={7}
      />
      <BoundTextArea
        form={form}
        name="agreedActions"
        label="Agreed actions (optional)"
        hint="Who will do what, and by when."
      />
    </>
  );
}
