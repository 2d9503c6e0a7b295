// The app's database connection, and the events the shell must react to (another tab upgrading, a lost connection).
import { createDatabase, type EscalateDatabase } from './db';

type DatabaseEvent = { type: 'versionchange' } | { type: 'closed' };
type Listener = (event: DatabaseEvent) => void;

let database: EscalateDatabase | undefined;
const listeners = new Set<Listener>();
/** True while the page sits in the back/forward cache: the connection stays shut until it is shown. */
let inBackForwardCache = false;

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
    keepShutInBackForwardCache(db);
    database = db;
  }
  return database;
}

/**
 * A page going into the back/forward cache must hold no IndexedDB connection or transaction: WebKit
 * (every iPad browser) freezes it there, and a transaction frozen in it blocks every write to its
 * stores from the page the user is now on, for good. Dexie closes the connection on such a
 * `pagehide` but leaves auto-open on, so the next query (a live query, a draft being flushed, the
 * auto-lock) would quietly reopen it in the frozen page. Close it for good instead, and open it
 * again when the page is shown.
 */
function keepShutInBackForwardCache(db: EscalateDatabase): void {
  if (typeof globalThis.addEventListener !== 'function') return;
  globalThis.addEventListener('pagehide', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    inBackForwardCache = true;
    db.close({ disableAutoOpen: true });
  });
  globalThis.addEventListener('pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted || !inBackForwardCache) return;
    inBackForwardCache = false;
    db.open().catch(() => emit({ type: 'closed' }));
  });
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
  // Shut on purpose while the page is in the back/forward cache; `pageshow` reopens it.
  if (inBackForwardCache) return true;
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
