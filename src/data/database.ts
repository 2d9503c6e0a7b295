// The app's database connection, and the events the shell must react to (another tab upgrading, a lost connection).
import { createDatabase, type EscalateDatabase } from './db';

type DatabaseEvent = { type: 'versionchange' } | { type: 'closed' };
type Listener = (event: DatabaseEvent) => void;

let database: EscalateDatabase | undefined;
const listeners = new Set<Listener>();

function emit(event: DatabaseEvent): void {
  for (const listener of listeners) listener(event);
}

/** The shared database, opened on first use. */
export function getDatabase(): EscalateDatabase {
  if (!database) {
    const db = createDatabase();
    db.on('versionchange', () => {
      // Another tab is opening a newer version. Let it: close here, and let the shell tell the user.
      emit({ type: 'versionchange' });
      db.close();
      return false;
    });
    // Reported one task later, never inside the close: Dexie also closes the connection itself on
    // a `pagehide` into the back/forward cache, and WebKit (every iPad browser) then freezes the
    // page. A reconnect query started in that same task would stay open in the frozen page and
    // block every write to its store from the next page for good ("Setting up encryption…").
    // A frozen page runs no timers, so the report waits until the page is shown again.
    db.on('close', () => {
      setTimeout(() => emit({ type: 'closed' }), 0);
    });
    database = db;
  }
  return database;
}

/** Subscribe to database events; returns the unsubscribe function. */
export function subscribeToDatabaseEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reopens the database after iPadOS dropped the connection ("Connection to Indexed Database server
 * lost"). Returns true when the database answers again.
 */
export async function reopenDatabase(): Promise<boolean> {
  const db = getDatabase();
  try {
    if (!db.isOpen()) await db.open();
    await db.settings.count();
    return true;
  } catch {
    return false;
  }
}

/** Replaces the shared database (tests only: each test gets a fresh one). */
export function setDatabaseForTests(db: EscalateDatabase | undefined): void {
  database = db;
}
