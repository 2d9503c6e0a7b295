// Small named settings (no personal data): read with a live hook, written one key at a time.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './database';
import { requestPersistenceOnFirstSave } from './durability';

/** Reads a setting, or `fallback` when it has never been set. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await getDatabase().settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

/** Writes a setting (one put: atomic on its own). */
export async function writeSetting<T>(key: string, value: T): Promise<void> {
  await getDatabase().settings.put({ key, value });
  void requestPersistenceOnFirstSave();
}

/** Removes a setting. */
export async function removeSetting(key: string): Promise<void> {
  await getDatabase().settings.delete(key);
}

/**
 * A setting that re-renders when it changes (in this tab or another). `undefined` while loading.
 */
export function useSetting<T>(key: string, fallback: T): T | undefined {
  return useLiveQuery(async () => {
    const row = await getDatabase().settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  }, [key]);
}
