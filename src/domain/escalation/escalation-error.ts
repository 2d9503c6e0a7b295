// Why the escalation rules refused a change: a code for the program, and plain English for the
// person that says what to do next.

/** Every reason the escalation rules can refuse a change. */
export type EscalationErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-date'
  | 'date-in-past'
  | 'date-in-future'
  | 'date-too-early'
  | 'unknown-category'
  | 'no-category'
  | 'invalid-case-reference'
  | 'pack-mismatch'
  | 'clock-behind'
  | 'record-closed'
  | 'invalid-record'
  | 'unknown-stage'
  | 'stage-not-later'
  | 'no-further-stage'
  | 'stage-not-visited'
  | 'discussion-not-found'
  | 'amendment-of-amendment'
  | 'no-changes';

/**
 * A refusal. `message` is a whole sentence or two in plain English that says what is wrong and
 * what to do next; `field` names the input at fault (e.g. `statement.outcomeSought`) when there is one.
 */
export interface EscalationError {
  code: EscalationErrorCode;
  message: string;
  field?: string;
  /**
   * Further refusals found by the same check, each at its own field, so a form can show every
   * problem after one save rather than one a save. Absent when there is only the one.
   */
  also?: readonly EscalationError[];
}

/** A refused result with the given error. */
export function refuse(
  code: EscalationErrorCode,
  message: string,
  field?: string,
): { ok: false; error: EscalationError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** A refused result for every problem in `errors` (at least one): the first, with the rest `also`. */
export function refuseAll(
  first: EscalationError,
  ...rest: EscalationError[]
): { ok: false; error: EscalationError } {
  return { ok: false, error: rest.length === 0 ? first : { ...first, also: rest } };
}
