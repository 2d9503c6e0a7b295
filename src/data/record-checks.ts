// Every record is checked against its schema on the way in (before it is sealed) and on the way out
// (after it is decrypted), with the same schemas and length limits a backup is checked with, so the
// device never holds a record a backup of it could not restore (src/domain/limits.ts).
import type { z } from 'zod';

/** A record did not pass its schema: too long, or not the shape Escalate writes. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}

/** Plain English for the first thing wrong with a value, naming where it is. */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not in the form Escalate expects';
  const where = issue.path.length > 0 ? issue.path.join(' › ') : 'the record';
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `${where} is too long (it can be up to ${issue.maximum.toLocaleString('en-GB')} characters)`;
  }
  return `${where}: ${issue.message}`;
}

/** Returns `value` checked against `schema`, or throws an InvalidRecordError saying what to do. */
export function checkBeforeSave<T>(schema: z.ZodType<T>, value: T, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidRecordError(
    `The ${what} could not be saved because ${describeFirstIssue(result.error)}. Shorten or correct it, then save again.`,
  );
}

/** Returns a decrypted value checked against `schema`, or throws an InvalidRecordError. */
export function checkAfterRead<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidRecordError(
    `A stored ${what} is not in the form Escalate expects (${describeFirstIssue(result.error)}), so Escalate cannot open it. Your other records are not affected; restore this one from a backup if you have one.`,
  );
}
