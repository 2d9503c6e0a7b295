// The outcome of a domain operation that can be refused: a value, or an error value. Domain rules
// return one of these instead of throwing, so callers must handle the refusal.

/** Either `ok: true` with the value, or `ok: false` with the error. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A successful result carrying `value`. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A refused result carrying `error`. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
