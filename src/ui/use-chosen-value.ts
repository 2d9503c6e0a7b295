// A stored value the user changes from a field: the field follows their choice at once.
import { useState } from 'react';

/**
 * `[shown, choose]` for a field bound to a stored value that a live query reads back. Without it a
 * controlled field snaps back to the old value until the write lands and the query re-reads (a
 * visible flicker on a slow tablet). The choice shows while the stored value is still the one it
 * was made from; once the stored value changes (this write, or another tab's) the store wins. If
 * the write fails the field returns to the stored value and `choose`'s promise rejects, so a
 * caller that leaves it (`void choose(x)`) lets the failure reach the app-wide handler that
 * explains storage problems.
 */
export function useChosenValue<T>(
  stored: T | undefined,
  save: (value: T) => Promise<void>,
): [T | undefined, (value: T) => Promise<void>] {
  const [choice, setChoice] = useState<{ value: T; from: T | undefined } | null>(null);
  const shown = choice && Object.is(choice.from, stored) ? choice.value : stored;
  const choose = (value: T) => {
    const made = { value, from: stored };
    setChoice(made);
    return save(value).catch((error: unknown) => {
      setChoice((current) => (current === made ? null : current));
      throw error;
    });
  };
  return [shown, choose];
}
