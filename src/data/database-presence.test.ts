// A first visit creates no database: reads answer "nothing stored" until the first write, which
// creates it (decision 0053). Runs against the app's own database name on fake-indexeddb, through
// getDatabase(), as the app does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from './database';
import { DATABASE_NAME } from './db';
import { databaseAbsent, markDatabasePresent, probeDatabase } from './database-presence';
import { readSetting, writeSetting } from './settings-repository';
import { findPack } from './packs-repository';
import { databaseNames, endFirstVisit, startFirstVisit } from '../../test/fixtures/first-visit';

beforeEach(startFirstVisit);

afterEach(endFirstVisit);

describe('a device with no database yet', () => {
  it('reads settings and packs as empty without creating the database', async () => {
    await probeDatabase();
    expect(databaseAbsent()).toBe(true);
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(5);
    expect((await findPack('wiltshire-scb-2013'))?.id).toBe('wiltshire-scb-2013');
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });

  it('creates the database on the first write, and reads it from then on', async () => {
    await probeDatabase();
    await writeSetting('vault.autoLockMinutes', 15);
    expect(databaseAbsent()).toBe(false);
    expect(await databaseNames()).toContain(DATABASE_NAME);
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(15);
  });

  it('finds a database that exists, and reads it', async () => {
    await getDatabase().settings.put({ key: 'vault.autoLockMinutes', value: 30 });
    getDatabase().close();
    startFirstVisit();
    await probeDatabase();
    expect(databaseAbsent()).toBe(false);
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(30);
  });
});

describe('when the browser cannot say', () => {
  it('opens the database as always where indexedDB.databases() is missing', async () => {
    await probeDatabase({} as Pick<IDBFactory, 'databases'>);
    expect(databaseAbsent()).toBe(false);
    expect(await readSetting('vault.autoLockMinutes', 5)).toBe(5);
    expect(await databaseNames()).toContain(DATABASE_NAME);
  });

  it('opens the database as always when indexedDB.databases() fails', async () => {
    await probeDatabase({ databases: () => Promise.reject(new Error('denied')) });
    expect(databaseAbsent()).toBe(false);
  });

  it('keeps a database opened while the browser was answering', async () => {
    let answer: (names: IDBDatabaseInfo[]) => void = () => undefined;
    const probing = probeDatabase({
      databases: () => new Promise((resolve) => (answer = resolve)),
    });
    markDatabasePresent();
    answer([]);
    await probing;
    expect(databaseAbsent()).toBe(false);
  });
});
