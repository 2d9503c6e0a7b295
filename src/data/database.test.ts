// A closed connection is reported to the shell one task later, never inside the close itself.
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase, setDatabaseForTests, subscribeToDatabaseEvents } from './database';

afterEach(async () => {
  await getDatabase().delete();
  setDatabaseForTests(undefined);
});

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
});
