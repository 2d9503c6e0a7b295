import { describe, expect, it } from 'vitest';
import { describeStorageError, isStorageError } from './storage-errors';

describe('storage error messages', () => {
  it('explains a full device when the quota error is wrapped inside an AbortError', () => {
    const error = {
      name: 'AbortError',
      message: 'Transaction aborted',
      inner: { name: 'QuotaExceededError' },
    };
    const problem = describeStorageError(error);
    expect(problem.kind).toBe('quota');
    expect(problem.message).toMatch(/out of storage space/);
    expect(problem.message).toMatch(/earlier records are safe/);
  });

  it('explains the iPadOS lost connection and says to reload', () => {
    const problem = describeStorageError({
      name: 'UnknownError',
      message: 'Connection to Indexed Database server lost. Refresh the page to try again',
    });
    expect(problem.kind).toBe('connection-lost');
    expect(problem.message).toMatch(/Reload the page/);
  });

  it('explains a blocked upgrade by pointing at other tabs', () => {
    expect(describeStorageError({ name: 'BlockedError' }).message).toMatch(/other Escalate tabs/);
  });

  it('tells storage failures apart from the app’s own errors', () => {
    expect(isStorageError({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isStorageError(new TypeError('x is undefined'))).toBe(false);
  });
});
