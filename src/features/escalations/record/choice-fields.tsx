// Radios and checkboxes wired to react-hook-form, in a fieldset whose legend asks the question.
// The first option carries the field's id, so the error summary's link lands on it.
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { errorOf } from './bound-fields';
import { inputId } from './form-errors';

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceFieldsProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice[];
  type: 'radio' | 'checkbox';
}

export function ChoiceFields<T extends FieldValues, O>({
  form,
  name,
  legend,
  hint,
  choices,
  type,
}: ChoiceFieldsProps<T, O>) {
  const id = inputId(name);
  const error = errorOf(form, name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}>
        <legend>{legend}</legend>
        {hint && (
          <div className="field__hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <p className="field__error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {choices.map((choice, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className="checkbox" key={choice.value}>
              <input id={optionId} type={type} value={choice.value} {...form.register(name)} />
              <label htmlFor={optionId}>
                {choice.label}
                {choice.hint && <span className="record-choice-hint">{choice.hint}</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
