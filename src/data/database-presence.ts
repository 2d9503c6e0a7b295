// Whether this device holds Escalate's database yet (decision 0053). Opening a database that does
// not exist creates it, so on a first visit every read the first page makes (settings, counts) would
// create an empty database and its thirteen stores just to find nothing in them: the slowest work of
// a first load on a phone, and storage left on a shared device by someone who only read a guide.
// main.tsx asks the browser once, before the first render, whether the database exists; while it
// does not, reads answer "nothing stored" without opening it. The first write opens (so creates) it,
// which marks it present, and every live read then runs as usual.
import { useSyncExternalStore } from 'react';
import { DATABASE_NAME } from './db';

/** `unknown` until main.tsx has asked (and in tests): reads then open the database as always. */
type Presence = 'unknown' | 'absent' | 'present';

let presence: Presence = 'unknown';
const listeners = new Set<() => void>();

function setPresence(next: Presence): void {
  if (presence === next) return;
  presence = next;
  for (const listener of listeners) listener();
}

/** Read through a function, so that a check after an `await` sees any change made meanwhile. */
const currentPresence = (): Presence => presence;

/** True only when the browser said the database does not exist and nothing has opened it since. */
export function databaseAbsent(): boolean {
  return presence === 'absent';
}

/** Called when the database is opened for use (./database.ts): it exists from then on. */
export function markDatabasePresent(): void {
  setPresence('present');
}

/**
 * Asks the browser whether the database exists. Where it cannot say (no `indexedDB.databases()`, or
 * it fails), presence stays unknown and reads open the database as they always did.
 */
export async function probeDatabase(
  factory: Pick<IDBFactory, 'databases'> | undefined = globalThis.indexedDB,
  name: string = DATABASE_NAME,
): Promise<void> {
  if (presence === 'present' || typeof factory?.databases !== 'function') return;
  try {
    const exists = (await factory.databases()).some((database) => database.name === name);
    // Opened meanwhile (a write while the browser was answering): it exists, whatever was said.
    setPresence(exists || currentPresence() === 'present' ? 'present' : 'absent');
  } catch {
    // Unknown: reads open the database as before.
  }
}

/**
 * Another tab may create the database while this one shows a first visit's empty pages: ask again
 * whenever this tab is shown.
 */
export function probeDatabaseWhenShown(target: Document = document): void {
  target.addEventListener('visibilitychange', () => {
    if (target.visibilityState === 'visible' && databaseAbsent()) void probeDatabase();
  });
}

/**
 * Re-renders when the database's presence changes; true while it is known to be absent. Also true
 * while React hydrates a page the build wrote (decision 0064): the build draws a first visit, with
 * no database, and the first client render must draw the same; React renders again with the
 * device's answer straight after.
 */
export function useDatabaseAbsent(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    databaseAbsent,
    () => true,
  );
}

/** Forgets what was probed (tests only). */
export function resetDatabasePresenceForTests(): void {
  presence = 'unknown';
}
