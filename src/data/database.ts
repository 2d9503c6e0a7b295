// The app's database connection, and the events the shell must react to (another tab upgrading, a lost connection).
import type { DBCoreTransaction } from 'dexie';
import { createDatabase, type EscalateDatabase } from './db';
import { markDatabasePresent } from './database-presence';

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
    // Whoever asks for it opens it, which creates it if need be (./database-presence.ts).
    markDatabasePresent();
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
 * stores from the page the user is now on, for good. Closing the connection is not enough: a
 * closing connection still finishes its transactions, and WebKit only finishes one when the page
 * handles its results, which a frozen page never does (one live query still reading `settings`
 * kept the next page's passphrase write waiting for ever: "Setting up encryption…"). So, on a
 * `pagehide` into the cache:
 * - every transaction not yet finished is aborted (WebKit tells its database at once, without the
 *   page running again); a read loses nothing, and a write caught in that instant would otherwise
 *   stay frozen and be rolled back when the page leaves the cache;
 * - the connection is closed for good: Dexie closes it too but leaves auto-open on, so the next
 *   query (a live query, a draft being flushed, the auto-lock) would quietly reopen it.
 * When the page is shown again the connection opens before Dexie re-runs its live queries.
 */
function keepShutInBackForwardCache(db: EscalateDatabase): void {
  const unfinished = trackTransactions(db);
  if (typeof globalThis.addEventListener !== 'function') return;
  // Runs after Dexie's own listener (registered when Dexie loaded), so auto-open stays off.
  globalThis.addEventListener('pagehide', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    inBackForwardCache = true;
    for (const transaction of unfinished) {
      try {
        transaction.abort();
      } catch {
        // Already committing or finished: it needs nothing more from the page.
      }
    }
    unfinished.clear();
    db.close({ disableAutoOpen: true });
  });
  // Capture: before Dexie's listener re-runs the live queries against a shut connection.
  globalThis.addEventListener(
    'pageshow',
    (event) => {
      if (!(event as PageTransitionEvent).persisted || !inBackForwardCache) return;
      inBackForwardCache = false;
      db.open().catch(() => emit({ type: 'closed' }));
    },
    { capture: true },
  );
}

/**
 * The transactions of this connection that have not yet completed or aborted, kept up to date by a
 * Dexie middleware next to IndexedDB itself (below Dexie's own).
 */
function trackTransactions(db: EscalateDatabase): Set<DBCoreTransaction> {
  const unfinished = new Set<DBCoreTransaction>();
  db.use({
    stack: 'dbcore',
    name: 'abort-on-back-forward-cache',
    level: -100,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const transaction = down.transaction(stores, mode, options);
        if (isEventTarget(transaction)) {
          unfinished.add(transaction);
          const finished = () => unfinished.delete(transaction);
          transaction.addEventListener('complete', finished);
          transaction.addEventListener('abort', finished);
        }
        return transaction;
      },
    }),
  });
  return unfinished;
}

function isEventTarget<T extends object>(value: T): value is T & EventTarget {
  return 'addEventListener' in value;
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
