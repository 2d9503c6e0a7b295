// The first part of the start form: which policy, who is raising it, how urgent, and the
// disagreement itself (what is escalated, the outcome sought, by when).
import type { UseFormReturn } from 'react-hook-form';
import { agencyTypeChoices } from '../../domain/policy/agency-type';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import type { AvailablePack } from '../../data/packs-repository';
import { SelectField } from '../../ui/select-field';
import { TextArea, TextField } from '../../ui/text-field';
import { UrgentAdvice } from './urgent-advice';
import type { StartEscalationValues } from './start-escalation-schema';

interface Props {
  form: UseFormReturn<StartEscalationValues>;
  packs: AvailablePack[];
  pack: PolicyPack | undefined;
}

const URGENCY = [
  ['routine', 'Not urgent: work through the stages'],
  ['imminent-risk', 'The child or adult is at imminent risk of harm'],
  ['suspected-non-accidental-injury', 'Suspected non-accidental injury to an infant'],
] as const;

function Choice({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`} id={id} tabIndex={-1}>
      <fieldset>
        <legend>{label}</legend>
        {error && (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}

export function DisagreementFields({ form, packs, pack }: Props) {
  const {
    register,
    formState: { errors },
    watch,
  } = form;
  const urgency = watch('urgency');
  return (
    <>
      <SelectField
        id="packId"
        label="Which partnership’s policy are you following?"
        error={errors.packId?.message}
        emptyOption="Choose a partnership"
        options={packs.map(({ pack: p }) => [p.id, p.partnership.name] as const)}
        {...register('packId')}
      />
      <h2>About you</h2>
      <SelectField
        id="agencyType"
        label="Type of agency you work for"
        error={errors.agencyType?.message}
        emptyOption="Choose a type of agency"
        options={agencyTypeChoices}
        {...register('agencyType')}
      />
      <TextField
        id="role"
        label="Your role"
        hint="For example, designated safeguarding lead"
        error={errors.role?.message}
        {...register('role')}
      />
      <TextField
        id="agency"
        label="Your organisation"
        error={errors.agency?.message}
        {...register('agency')}
      />
      <h2>The disagreement</h2>
      <Choice id="urgency" label="How urgent is it?" error={errors.urgency?.message}>
        {URGENCY.map(([value, label]) => (
          <div className="checkbox" key={value}>
            <input id={`urgency-${value}`} type="radio" value={value} {...register('urgency')} />
            <label htmlFor={`urgency-${value}`}>{label}</label>
          </div>
        ))}
      </Choice>
      {urgency !== 'routine' && pack && <UrgentAdvice pack={pack} urgency={urgency} />}
      {pack && pack.categories.length > 0 && (
        <Choice
          id="categoryIds"
          label="What is the disagreement about?"
          error={errors.categoryIds?.message}
        >
          <p className="field__hint">
            Choose all that apply. These are the areas your partnership’s policy names.
          </p>
          {pack.categories.map((category) => (
            <div className="checkbox" key={category.id}>
              <input
                id={`category-${category.id}`}
                type="checkbox"
                value={category.id}
                {...register('categoryIds')}
              />
              <label htmlFor={`category-${category.id}`}>{category.label}</label>
            </div>
          ))}
        </Choice>
      )}
      <TextArea
        id="whatIsEscalated"
        label="What are you escalating?"
        hint="The decision or action you disagree with, which agency made it, and why you think it leaves the child or adult unsafe."
        error={errors.whatIsEscalated?.message}
        {...register('whatIsEscalated')}
      />
      <TextArea
        id="outcomeSought"
        label="What outcome are you seeking?"
        error={errors.outcomeSought?.message}
        {...register('outcomeSought')}
        rows={3}
      />
      <TextField
        id="outcomeSoughtBy"
        label="By when do you need it? (optional)"
        type="date"
        className="input--short"
        error={errors.outcomeSoughtBy?.message}
        {...register('outcomeSoughtBy')}
      />
    </>
  );
}
