// The error-summary pattern: a list of what needs fixing at the top of a form, focused when a
// save fails, each item a link that moves focus to its field. The same words appear inline.
import { useLayoutEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the input to focus. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({
  problems,
  attempt,
  title = 'There is a problem',
}: {
  problems: FieldProblem[];
  /**
   * Changes each time the user tries to save: react-hook-form's `submitCount`, or a count the
   * form keeps of the times it showed problems. The summary takes focus when this changes and
   * there are problems, and only then.
   */
  attempt: number;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<number>(undefined);
  const shown = problems.length > 0;

  // Focus follows the attempt, not the words: once a form has been submitted, react-hook-form
  // checks it again at every key, so the messages change as the user types (from "Enter a
  // passphrase" to "at least 12 characters"), and focusing on each change took the next key
  // away from the field. An attempt that shows no problems still counts as seen, so problems
  // that appear later while the user edits do not take focus either.
  // A layout effect: focus moves in the same commit as the summary appears. A passive effect runs
  // some moment later, and a key pressed meanwhile (Enter again on Save) went to the old focus.
  useLayoutEffect(() => {
    if (focusedFor.current === attempt) return;
    focusedFor.current = attempt;
    if (shown) ref.current?.focus();
  }, [attempt, shown]);

  if (problems.length === 0) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={`${problem.fieldId}-${problem.message}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(problem.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Turns react-hook-form's errors into summary items, in the order the fields are listed. */
export function problemsFrom(
  errors: Record<string, { message?: unknown } | undefined>,
  order: readonly string[],
  idFor: (name: string) => string = (name) => name,
): FieldProblem[] {
  return order.flatMap((name) => {
    const message = errors[name]?.message;
    return typeof message === 'string' ? [{ fieldId: idFor(name), message }] : [];
  });
}

/** The DOM id for a react-hook-form field name: `child.firstName` → `child-firstName`. */
export function fieldId(name: string): string {
  return name.replace(/\./g, '-');
}

/** Every message in a nested react-hook-form errors object, in schema order, as summary items. */
export function flattenFieldErrors(errors: unknown, prefix = ''): FieldProblem[] {
  if (!errors || typeof errors !== 'object') return [];
  const node = errors as { message?: unknown; ref?: unknown; type?: unknown };
  if (typeof node.message === 'string' && ('type' in node || 'ref' in node)) {
    return [{ fieldId: fieldId(prefix), message: node.message }];
  }
  return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'root' || key === 'ref'
      ? []
      : flattenFieldErrors(value, prefix ? `${prefix}.${key}` : key),
  );
}
