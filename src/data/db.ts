// The one IndexedDB database, through Dexie. Every schema version ever shipped stays declared here
// (docs/decisions/0002-shipped-schema-versions-are-never-edited.md); add the next one, never edit one.
import { Dexie, type EntityTable } from 'dexie';

export const DATABASE_NAME = 'escalate';

/** A setting or small piece of app state, keyed by name. Holds no personal data. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Autosaved form input, so a closed tab or a crash loses nothing. */
export interface DraftRow {
  id: string;
  formId: string;
  updatedAt: string;
  values: unknown;
}

/** A policy pack the user imported from a file (built-in packs ship with the code). */
export interface CustomPackRow {
  id: string;
  version: number;
  importedAt: string;
  pack: unknown;
}

/**
 * Schema version 1 (shipped in 0.1.0):
 * - settings: `&key`
 * - drafts: `&id, formId, updatedAt`
 * - customPacks: `&[id+version], id`
 */
export const SCHEMA_V1 = {
  settings: '&key',
  drafts: '&id, formId, updatedAt',
  customPacks: '&[id+version], id',
} as const;

export type EscalateDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  drafts: EntityTable<DraftRow, 'id'>;
  customPacks: Dexie.Table<CustomPackRow, [string, number]>;
};

/** Declares every schema version, oldest first. Used by the app and by the migration tests. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}

/**
 * Opens (lazily) the database. `chromeTransactionDurability: 'strict'` makes Chrome flush a write to
 * disk before reporting success: a safeguarding record must survive a dead battery.
 */
export function createDatabase(
  name: string = DATABASE_NAME,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): EscalateDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options });
  declareSchema(db);
  return db as EscalateDatabase;
}
