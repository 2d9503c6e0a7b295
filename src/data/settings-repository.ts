// Small named settings (no personal data): read with a live hook, written one key at a time.
import { settingSchema } from '../domain/settings/setting-schemas';
import { getDatabase } from './database';
import type { SettingRow } from './db';
import { requestPersistenceOnFirstSave } from './durability';
import { readStored, useStoredQuery } from './stored-query';

/**
 * The stored value, checked against the setting's schema (src/domain/settings/setting-schemas.ts);
 * `fallback` when it has never been set or is not a valid value, so one bad value (from a backup,
 * say) never stops a page rendering.
 */
function checkedValue<T>(row: SettingRow | undefined, fallback: T): T {
  if (row === undefined) return fallback;
  const schema = settingSchema(row.key);
  if (schema && !schema.safeParse(row.value).success) return fallback;
  return row.value as T;
}

/** Reads a setting, or `fallback` when it has never been set or its value is not valid. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  return readStored(
    async () => checkedValue(await getDatabase().settings.get(key), fallback),
    fallback,
  );
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
  return useStoredQuery(
    async () => checkedValue(await getDatabase().settings.get(key), fallback),
    [key],
    fallback,
  );
}
