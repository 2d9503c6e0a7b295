// The shared text inputs wired to react-hook-form: the field's id, its registration and its inline
// error (the same words as the error summary) in one place.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { TextArea, TextField } from '../../../ui/text-field';
import { inputId } from './form-errors';

interface BoundProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
}

/** The inline error message for a field, if it has one. */
export function errorOf<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  name: string,
): string | undefined {
  const error: unknown = get(form.formState.errors, name);
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'form'>;

export function BoundTextField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  ...input
}: BoundProps<T, O> & InputProps) {
  const { ref, ...registration } = form.register(name);
  return (
    <TextField
      id={inputId(name)}
      label={label}
      hint={hint}
      error={errorOf(form, name)}
      inputRef={ref}
      {...input}
      {...registration}
    />
  );
}

export function BoundTextArea<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  rows,
}: BoundProps<T, O> & { rows?: number }) {
  const { ref, ...registration } = form.register(name);
  return (
    <TextArea
      id={inputId(name)}
      label={label}
      hint={hint}
      error={errorOf(form, name)}
      inputRef={ref}
      rows={rows}
      {...registration}
    />
  );
}
