// A live read of the database that does not create it (decision 0053): while the database is known
// not to exist, the hook answers what an empty database would, at once and without opening it; once
// it exists (this tab's first write, or another tab's, seen when this tab is shown), the read runs
// live as usual, re-rendering whenever what it read changes.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
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
  // While there is no database the live read answers `whenNoDatabase` itself, the very value the
  // first render was given as its starting result: the hook sees nothing new and does not render the
  // page again. (Starting from `undefined`, it re-rendered every reader when that answer came, as an
  // urgent update React cannot slice: the longest task of a first visit's guide on a phone.)
  const result = useLiveQuery(
    () => (databaseAbsent() ? whenNoDatabase : query()),
    [absent, ...deps],
    absent ? whenNoDatabase : undefined,
  );
  if (absent) return whenNoDatabase;
  return result === undefined && sawNoDatabase ? whenNoDatabase : result;
}

/** `read()`, or `whenNoDatabase` without opening the database while there is none. */
export function readStored<T>(read: () => Promise<T>, whenNoDatabase: T): Promise<T> {
  return databaseAbsent() ? Promise.resolve(whenNoDatabase) : read();
}
