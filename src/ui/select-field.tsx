// A labelled drop-down list with an optional hint and inline error, wired for screen readers like
// TextField: the hint and the error describe the list, and an error marks it invalid. Form-state
// restore is off unless the field asks otherwise (`autoComplete`), as for TextField.
import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './text-field';

/** One choice in the list: the value it stands for and the words shown for it. */
export type SelectOption = readonly [value: string, label: string];

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly SelectOption[];
  /** Words for a first choice with the empty value ('Any', 'Choose …'); none when left out. */
  emptyOption?: string;
  selectRef?: Ref<HTMLSelectElement>;
};

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  emptyOption,
  selectRef,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        ref={selectRef}
        className={`input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete="off"
        {...select}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
