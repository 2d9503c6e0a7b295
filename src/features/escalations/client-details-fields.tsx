// The client's identifying details: kept encrypted on this device, left out of every notification,
// printed only in the case-file export for the agency's own records, and otherwise used only to
// find and remove identifiers before a notification leaves the device.
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { RepeatingRows } from '../../ui/repeating-rows';
import { TextField } from '../../ui/text-field';
import type { StartEscalationValues } from './start-escalation-schema';

interface Props {
  control: Control<StartEscalationValues>;
  register: UseFormRegister<StartEscalationValues>;
  errors: FieldErrors<StartEscalationValues>;
}

function FamilyMembers({ control, register }: Omit<Props, 'errors'>) {
  const { fields, append, remove } = useFieldArray({ control, name: 'familyMembers' });
  return (
    <fieldset>
      <legend>Parents, carers and other family members</legend>
      <RepeatingRows
        keys={fields.map((field) => field.id)}
        noun="family member"
        onAdd={() =>
          append({ relationship: '', firstName: '', lastName: '', dob: '', phone: '', email: '' })
        }
        onRemove={remove}
        renderRow={(index) => (
          <>
            <TextField
              id={`familyMembers-${index}-relationship`}
              label="Relationship, for example mother or stepfather"
              autoComplete="off"
              {...register(`familyMembers.${index}.relationship`)}
            />
            <TextField
              id={`familyMembers-${index}-firstName`}
              label="First name"
              autoComplete="off"
              {...register(`familyMembers.${index}.firstName`)}
            />
            <TextField
              id={`familyMembers-${index}-lastName`}
              label="Last name"
              autoComplete="off"
              {...register(`familyMembers.${index}.lastName`)}
            />
            <TextField
              id={`familyMembers-${index}-phone`}
              label="Phone number"
              autoComplete="off"
              inputMode="tel"
              {...register(`familyMembers.${index}.phone`)}
            />
            <TextField
              id={`familyMembers-${index}-email`}
              label="Email address"
              autoComplete="off"
              {...register(`familyMembers.${index}.email`)}
            />
          </>
        )}
      />
    </fieldset>
  );
}

function Siblings({ control, register }: Omit<Props, 'errors'>) {
  const { fields, append, remove } = useFieldArray({ control, name: 'siblings' });
  return (
    <fieldset>
      <legend>Brothers and sisters</legend>
      <RepeatingRows
        keys={fields.map((field) => field.id)}
        noun="sibling"
        onAdd={() => append({ firstName: '', lastName: '', dob: '' })}
        onRemove={remove}
        renderRow={(index) => (
          <>
            <TextField
              id={`siblings-${index}-firstName`}
              label="First name"
              autoComplete="off"
              {...register(`siblings.${index}.firstName`)}
            />
            <TextField
              id={`siblings-${index}-lastName`}
              label="Last name"
              autoComplete="off"
              {...register(`siblings.${index}.lastName`)}
            />
            <TextField
              id={`siblings-${index}-dob`}
              label="Date of birth"
              type="date"
              className="input--short"
              {...register(`siblings.${index}.dob`)}
            />
          </>
        )}
      />
    </fieldset>
  );
}

export function ClientDetailsFields({ control, register, errors }: Props) {
  return (
    <section className="sensitive-section" aria-labelledby="client-heading">
      <h2 id="client-heading">The child or adult: sensitive details</h2>
      <p>
        These details are encrypted on this device and never go into a notification: Escalate uses
        them to find and hide identifying details before you send one. The more you enter, the more
        it can catch. Only the case-file export for your agency’s own records includes them.
      </p>
      <TextField
        id="child-firstName"
        label="First name"
        autoComplete="off"
        error={errors.child?.firstName?.message}
        {...register('child.firstName')}
      />
      <TextField
        id="child-middleNames"
        label="Middle names (optional)"
        autoComplete="off"
        {...register('child.middleNames')}
      />
      <TextField
        id="child-lastName"
        label="Last name"
        autoComplete="off"
        {...register('child.lastName')}
      />
      <TextField
        id="child-preferredName"
        label="Preferred name or nickname (optional)"
        autoComplete="off"
        {...register('child.preferredName')}
      />
      <TextField
        id="child-dob"
        label="Date of birth"
        type="date"
        className="input--short"
        error={errors.child?.dob?.message}
        {...register('child.dob')}
      />
      <TextField
        id="child-edd"
        label="Expected date of delivery, for an unborn baby (optional)"
        type="date"
        className="input--short"
        error={errors.child?.edd?.message}
        {...register('child.edd')}
      />
      <TextField
        id="child-nhsNumber"
        label="NHS number (optional)"
        autoComplete="off"
        inputMode="numeric"
        className="input--short"
        {...register('child.nhsNumber')}
      />
      <TextField
        id="child-upn"
        label="Unique pupil number (optional)"
        autoComplete="off"
        className="input--short"
        {...register('child.upn')}
      />
      <TextField
        id="school"
        label="School or setting (optional)"
        autoComplete="off"
        {...register('school')}
      />
      <fieldset>
        <legend>Home address</legend>
        <TextField
          id="address-line1"
          label="Address line 1"
          autoComplete="off"
          {...register('address.line1')}
        />
        <TextField
          id="address-line2"
          label="Address line 2 (optional)"
          autoComplete="off"
          {...register('address.line2')}
        />
        <TextField
          id="address-town"
          label="Town or city"
          autoComplete="off"
          {...register('address.town')}
        />
        <TextField
          id="address-postcode"
          label="Postcode"
          autoComplete="off"
          className="input--short"
          {...register('address.postcode')}
        />
      </fieldset>
      <Siblings control={control} register={register} />
      <FamilyMembers control={control} register={register} />
    </section>
  );
}
