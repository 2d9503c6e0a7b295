// Errors for the record's forms: react-hook-form's nested errors as error-summary items, and the
// form field a domain refusal names, so the rules' own words appear beside the input at fault.
import type { FieldErrors } from 'react-hook-form';
import type { FieldProblem } from '../../../ui/error-summary';

/** The id of the form element, which summary items with no input of their own point at. */
export const RECORD_FORM_ID = 'record-form';

/** The input id for a field name: "withWhom.0.name" becomes "withWhom-0-name". */
export function inputId(name: string): string {
  return name.replaceAll('.', '-');
}

const SKIPPED_KEYS = new Set(['ref', 'type', 'types']);

/**
 * Every message in react-hook-form's nested errors, in the order the fields were checked, as
 * summary items. `idFor` names the input to link to; form-wide (`root`) errors link to the form.
 */
export function problemsFromErrors(
  errors: FieldErrors,
  idFor: (name: string) => string = inputId,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') {
      const name = path.join('.');
      problems.push({ fieldId: path[0] === 'root' ? RECORD_FORM_ID : idFor(name), message });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!SKIPPED_KEYS.has(key)) walk(child, [...path, key]);
    }
  };
  walk(errors, []);
  return problems;
}

const DOMAIN_PREFIXES = ['discussion', 'resolution', 'statement'];

/**
 * The form field a domain refusal names: "discussion.withWhom[0].name" becomes "withWhom.0.name",
 * then `renames` applies to its first part (e.g. `heldAt` to `heldDate`, `withWhom` to `people`). Undefined when the refusal names no field
 * or one the form does not have (`hasField` says which it has).
 */
export function formFieldFor(
  domainField: string | undefined,
  hasField: (name: string) => boolean,
  renames: Readonly<Record<string, string>> = {},
): string | undefined {
  if (domainField === undefined) return undefined;
  const parts = domainField.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (parts.length > 1 && DOMAIN_PREFIXES.includes(parts[0] ?? '')) parts.shift();
  const [first = '', ...rest] = parts;
  const name = [renames[first] ?? first, ...rest].join('.');
  return hasField(name) ? name : undefined;
}
