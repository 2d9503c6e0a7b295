// A live read of the database that does not create it (decision 0053): while the database is known
// not to exist, the hook answers what an empty database would, at once and without opening it; once
// it exists (this tab's first write, or another tab's, seen when this tab is shown), the read runs
// live as usual, re-rendering whenever what it read changes.
import { useState } from 'react';
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { databaseAbsent, useDatabaseAbsent } from './database-presence';

/**
 * `query`'s result, live; `undefined` while it first loads; `whenNoDatabase` (what the query would
 * answer on an empty database) while there is no database, and still while the first live read runs
 * once there is one, so that what the page drew does not blink into a loading state and back (a
 * list whose options vanish for a moment under the user's finger).
 */
export function useStoredQuery<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[],
  whenNoDatabase: T,
): T | undefined {
  const absent = useDatabaseAbsent();
  const [sawNoDatabase, setSawNoDatabase] = useState(absent);
  if (absent && !sawNoDatabase) setSawNoDatabase(true);
  // While there is no database nothing is read or watched: the hook holds `whenNoDatabase` from its
  // first render, as a value it already has, so it neither subscribes to a live read (Dexie's zone
  // and timers, a few milliseconds each on a phone, in the first render's one long effects task)
  // nor renders its reader again when that read would answer the same (an urgent update React
  // cannot slice: Layout and the whole guide drawn twice). Once the database exists, the live read
  // replaces it.
  const result = useObservable<T, T | undefined>(
    () =>
      absent
        ? answerAlready(whenNoDatabase)
        : liveQuery(() => (databaseAbsent() ? whenNoDatabase : query())),
    [absent, ...deps],
    absent ? whenNoDatabase : undefined,
  );
  if (absent) return whenNoDatabase;
  return result === undefined && sawNoDatabase ? whenNoDatabase : result;
}

/** An observable that holds `value` from the start and never changes (read with getValue()). */
function answerAlready<T>(value: T) {
  return {
    hasValue: () => true,
    getValue: () => value,
    subscribe: () => ({ unsubscribe: () => undefined }),
  };
}

/** `read()`, or `whenNoDatabase` without opening the database while there is none. */
export function readStored<T>(read: () => Promise<T>, whenNoDatabase: T): Promise<T> {
  return databaseAbsent() ? Promise.resolve(whenNoDatabase) : read();
}
