// Repeatable name / role / agency rows (the people a discussion was with, or the professionals on
// the record), with one-tap buttons to add someone the record already knows.
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Professional } from '../../../domain/escalation/escalation';
import { BoundTextField, errorOf } from './bound-fields';
import { describePerson } from './record-text';

/** One row as the forms hold it; `id` only for the record's own professionals. */
export interface PersonRow {
  id?: string;
  name: string;
  role: string;
  agency: string;
  agencyType: Professional['agencyType'];
}

interface PeopleForm {
  people: PersonRow[];
}

/** The id of the "add another" button, where a problem with the list as a whole links to. */
export const ADD_PERSON_ID = 'people-add';

interface PeopleFieldsProps<T extends PeopleForm, O> {
  form: UseFormReturn<T, unknown, O>;
  legend: string;
  hint?: string;
  /** People the record already knows, offered as one-tap additions. */
  suggestions?: readonly Omit<Professional, 'id'>[];
  /** The fewest rows the list may have (1 for a discussion, 0 for the record's professionals). */
  minRows: number;
}

const isBlank = (row: PersonRow) => `${row.name}${row.role}${row.agency}`.trim() === '';
const samePerson = (a: Omit<PersonRow, 'id'>, b: Omit<PersonRow, 'id'>) =>
  a.name.trim() === b.name.trim() && a.agency.trim() === b.agency.trim();

function Suggestions({
  people,
  onAdd,
}: {
  people: readonly Omit<Professional, 'id'>[];
  onAdd: (person: Omit<Professional, 'id'>) => void;
}) {
  if (people.length === 0) return null;
  return (
    <div className="record-suggestions">
      <p className="field__hint">Add someone already on this record:</p>
      <ul className="record-suggestions__list">
        {people.map((person) => (
          <li key={`${person.name}|${person.agency}`}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onAdd(person)}
            >
              Add {describePerson(person)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PeopleFields<T extends PeopleForm, O>(props: PeopleFieldsProps<T, O>) {
  // The rows live at `people` in every form that uses this, so one concrete type serves them all.
  const form = props.form as unknown as UseFormReturn<PeopleForm, unknown, O>;
  const { fields, append, remove, update } = useFieldArray({
    control: form.control,
    name: 'people',
  });
  const rows = useWatch({ control: form.control, name: 'people' });
  const listError = errorOf(form, 'people') ?? errorOf(form, 'people.root');
  const unused = (props.suggestions ?? []).filter(
    (person) => !rows.some((row) => samePerson(row, person)),
  );

  const add = (person: Omit<Professional, 'id'>) => {
    const only = rows[0];
    if (rows.length === 1 && only !== undefined && isBlank(only)) {
      update(0, { ...person, id: only.id ?? '' });
      form.setFocus('people.0.name');
    } else append({ ...person, id: '' });
  };

  return (
    <div className={`field record-people${listError ? ' field--error' : ''}`}>
      <fieldset>
        <legend>{props.legend}</legend>
        {props.hint && <div className="field__hint">{props.hint}</div>}
        {listError && (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {listError}
          </p>
        )}
        {fields.map((field, index) => (
          <fieldset className="record-person" key={field.id}>
            <legend>Person {index + 1}</legend>
            <BoundTextField form={form} name={`people.${index}.name`} label="Name" />
            <BoundTextField form={form} name={`people.${index}.role`} label="Role" />
            <BoundTextField form={form} name={`people.${index}.agency`} label="Agency" />
            {fields.length > props.minRows && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  remove(index);
                  document.getElementById(ADD_PERSON_ID)?.focus();
                }}
              >
                Remove person {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        <Suggestions people={unused} onAdd={add} />
        <button
          type="button"
          id={ADD_PERSON_ID}
          className="button button--secondary"
          onClick={() => append({ name: '', role: '', agency: '', agencyType: null, id: '' })}
        >
          Add another person
        </button>
      </fieldset>
    </div>
  );
}
