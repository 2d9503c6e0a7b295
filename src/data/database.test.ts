// A closed connection is reported to the shell one task later, never inside the close itself; a page
// going into the back/forward cache keeps no connection and no unfinished transaction.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase, setDatabaseForTests, subscribeToDatabaseEvents } from './database';

afterEach(async () => {
  await getDatabase().delete();
  setDatabaseForTests(undefined);
  vi.unstubAllGlobals();
});

function pageTransition(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
  return Object.assign(new Event(type), { persisted });
}

describe('database events', () => {
  it('reports a closed connection only after the task that closed it', async () => {
    setDatabaseForTests(undefined);
    const db = getDatabase();
    await db.open();
    const seen: string[] = [];
    const unsubscribe = subscribeToDatabaseEvents((event) => seen.push(event.type));

    // What Dexie does on a `pagehide` into the back/forward cache, just before WebKit freezes the
    // page: anything the report starts here (a reconnect query) would never finish.
    db.close({ disableAutoOpen: false });
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([]);

    await new Promise((done) => setTimeout(done, 0));
    expect(seen).toEqual(['closed']);
    unsubscribe();
  });

  it('stays shut while the page is in the back/forward cache, and opens again when it is shown', async () => {
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    setDatabaseForTests(undefined);
    const db = getDatabase();
    await db.settings.put({ key: 'k', value: 1 });

    page.dispatchEvent(pageTransition('pagehide', true));
    expect(db.isOpen()).toBe(false);
    // A query in the frozen page must fail rather than reopen the connection (WebKit would freeze
    // its transaction and block the next page's writes).
    await expect(db.settings.get('k')).rejects.toThrow();
    expect(db.isOpen()).toBe(false);

    page.dispatchEvent(pageTransition('pageshow', true));
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 1 });
  });

  it('aborts every unfinished transaction when the page goes into the back/forward cache', async () => {
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    setDatabaseForTests(undefined);
    const db = getDatabase();
    await db.settings.put({ key: 'k', value: 3 });

    // Reads still running when the user leaves: WebKit would keep them open in the frozen page,
    // holding `settings` against the next page's writes. They must end now, not when shown again.
    const reads = [db.settings.get('k'), db.drafts.toArray(), db.settings.count()];
    const pending = db.core.transaction(['settings'], 'readonly') as unknown as IDBTransaction;
    const aborted = new Promise((done) => pending.addEventListener('abort', done));
    page.dispatchEvent(pageTransition('pagehide', true));
    for (const read of reads) await expect(read).rejects.toThrow();
    await aborted;

    page.dispatchEvent(pageTransition('pageshow', true));
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 3 });
  });

  it('leaves the connection alone on an ordinary page hide (no back/forward cache)', async () => {
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    setDatabaseForTests(undefined);
    const db = getDatabase();
    await db.settings.put({ key: 'k', value: 2 });
    page.dispatchEvent(pageTransition('pagehide', false));
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 2 });
  });
});
