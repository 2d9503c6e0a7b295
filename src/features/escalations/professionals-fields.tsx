// The professionals involved in the disagreement: repeatable name, role and agency rows.
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

export function ProfessionalsFields({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'professionals' });
  return (
    <fieldset>
      <legend>Agencies and professionals involved</legend>
      <p className="field__hint">
        Who you disagree with and anyone else involved. Their names stay on this device, encrypted;
        professionals’ names are kept on the notification.
      </p>
      <RepeatingRows
        keys={fields.map((field) => field.id)}
        noun="professional"
        onAdd={() => append({ name: '', role: '', agency: '' })}
        onRemove={remove}
        renderRow={(index) => (
          <>
            <TextField
              id={`professionals-${index}-name`}
              label="Name"
              autoComplete="off"
              error={errors.professionals?.[index]?.name?.message}
              {...register(`professionals.${index}.name`)}
            />
            <TextField
              id={`professionals-${index}-role`}
              label="Role"
              autoComplete="off"
              {...register(`professionals.${index}.role`)}
            />
            <TextField
              id={`professionals-${index}-agency`}
              label="Agency"
              autoComplete="off"
              {...register(`professionals.${index}.agency`)}
            />
          </>
        )}
      />
    </fieldset>
  );
}
