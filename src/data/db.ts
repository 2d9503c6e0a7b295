// The one IndexedDB database, through Dexie. Every schema version ever shipped stays declared here
// (docs/decisions/0002-shipped-schema-versions-are-never-edited.md); add the next one, never edit one.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { EncryptedBlob } from './vault/field-crypto';
import type { RegisterFacts } from '../domain/register/register-entry';
import { recountOpenCounts, type CountTables } from './open-counts';
import type { RegisterFacets } from '../domain/register/register-filter';
import type { ThemesTally } from '../domain/register/register-tally';

export const DATABASE_NAME = 'escalate';

/** A setting or small piece of app state, keyed by name. Holds no personal data. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * Autosaved form input, so a closed tab or a crash loses nothing. Since version 2 the values are
 * `sealed` (encrypted); a version 1 row still has plain `values` until the first unlock seals it.
 */
export interface DraftRow {
  id: string;
  formId: string;
  updatedAt: string;
  values?: unknown;
  sealed?: EncryptedBlob;
}

/** A policy pack the user imported from a file, or a snapshot of one a record started under. */
export interface CustomPackRow {
  id: string;
  version: number;
  importedAt: string;
  pack: unknown;
  /** `snapshot`: a copy of a built-in pack a record started under (not listed as imported). */
  origin?: 'imported' | 'snapshot';
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

/**
 * An escalation: the fields in clear are only those needed to find and sort records, none of which
 * identifies anyone (docs/security.md); everything else is in `sealed`.
 */
export interface EscalationRow {
  id: string;
  caseRef: string;
  packId: string;
  packVersion: number;
  status: string;
  /** `packId/stageId` of the current stage, for counts by stage. */
  stageKey: string;
  /** The current stage's due instant, or `~` (sorts after every date) when there is none. */
  dueSort: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  categoryIds: string[];
  /** 1 for synthetic training records (IndexedDB cannot index booleans). */
  example: 0 | 1;
  sealed: EncryptedBlob;
}

/** The client's identifying details for one escalation, sealed. */
export interface ClientRow {
  escalationId: string;
  sealed: EncryptedBlob;
}

/** One entry of a discussion log (append-only), sealed but for its place in the log. */
export interface DiscussionRow {
  id: string;
  escalationId: string;
  sequence: number;
  heldAt: string;
  sealed: EncryptedBlob;
}

/** One audit event; what it says may name people, so the detail is sealed. */
export interface AuditEventRow {
  id: string;
  escalationId: string;
  at: string;
  action: string;
  sealed: EncryptedBlob;
}

/** A notification prepared from an escalation, and what happened to it. */
export interface NotificationRow {
  id: string;
  escalationId: string;
  status: 'prepared' | 'sent';
  preparedAt: string;
  sealed: EncryptedBlob;
}

/**
 * Schema version 2 (shipped in 0.2.0): version 1, plus the encrypted records.
 * - escalations: `&id, caseRef, status, packId, stageKey, createdAt, updatedAt, [status+dueSort],
 *   [status+stageKey], *categoryIds, example`
 * - clients: `&escalationId`
 * - discussions: `&id, escalationId, [escalationId+sequence]`
 * - auditEvents: `&id, escalationId, [escalationId+at]`
 * - notifications: `&id, escalationId, [status+preparedAt]`
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  escalations:
    '&id, caseRef, status, packId, stageKey, createdAt, updatedAt, [status+dueSort], [status+stageKey], *categoryIds, example',
  clients: '&escalationId',
  discussions: '&id, escalationId, [escalationId+sequence]',
  auditEvents: '&id, escalationId, [escalationId+at]',
  notifications: '&id, escalationId, [status+preparedAt]',
} as const;

/**
 * A notification received by the partnership (register mode). In clear: the anonymous case
 * reference, the data's hash, dates, status and the theme facts (categories, agency types, stage,
 * ending, working days), none of which identifies anyone; the printed text and the partnership's
 * own free text are in `sealed`.
 */
export interface RegisterEntryRow {
  id: string;
  caseRef: string;
  sha256: string | null;
  source: 'notification' | 'spreadsheet';
  receivedOn: string;
  generatedAt: string | null;
  status: string;
  acknowledgedOn: string | null;
  facts: RegisterFacts;
  sealed: EncryptedBlob;
  /**
   * Since version 5, copies of clear facts in indexable form (./register-index.ts): the entry's
   * cell (its filterable facts as one string), its date received newest first, and the sort values
   * of the stage, category and acknowledged columns.
   */
  cell: string;
  /** `receivedOn` with each digit d as 9 − d: ascending, newest first (read forward, in one go). */
  newest: string;
  sortStage: string;
  sortCategory: string;
  sortAcknowledged: string;
}

/** One change to a register entry; its detail quotes the old and new text, so it is sealed. */
export interface RegisterAuditRow {
  id: string;
  entryId: string;
  at: string;
  /** Orders the events written together at the same instant. */
  order: number;
  action: string;
  sealed: EncryptedBlob;
}

/**
 * Schema version 3: version 2, plus the partnership's register.
 * - registerEntries: `&id, &caseRef, receivedOn, status`
 * - registerAudit: `&id, entryId, [entryId+at]`
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  registerEntries: '&id, &caseRef, receivedOn, status',
  registerAudit: '&id, entryId, [entryId+at]',
} as const;

/** A count of open escalations, kept as records change (./open-counts.ts). No personal data. */
export interface OpenCountRow {
  /** `stage <packId/stageId>` or `due <YYYY-MM-DD>`. */
  key: string;
  count: number;
}

/**
 * Schema version 4: version 3, plus the dashboard's counts of open records, kept as they change.
 * - openCounts: `&key`
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  openCounts: '&key',
} as const;

/** One cell of the register (entries with the same filterable facts) and how many entries it has. */
export interface RegisterCellRow {
  cell: string;
  facets: RegisterFacets;
  count: number;
}

/** The themes' counts of the entries received in one month (`YYYY-MM`), and each cell's. */
export interface RegisterMonthRow {
  month: string;
  tally: ThemesTally;
  /** Entries that month by cell; cells at zero are left out. */
  cells: Record<string, number>;
}

/**
 * Schema version 5: version 4, plus the register read through indexes and kept counts
 * (docs/decisions/0042-register-read-through-indexes-and-kept-tallies.md).
 * - registerEntries: `&id, &caseRef, receivedOn, status, [receivedOn+caseRef], [newest+caseRef],
 *   [status+caseRef], [sortStage+caseRef], [sortCategory+caseRef], [sortAcknowledged+caseRef],
 *   [cell+newest+caseRef]`
 * - registerCells: `&cell`
 * - registerMonths: `&month`
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  registerEntries:
    '&id, &caseRef, receivedOn, status, [receivedOn+caseRef], [newest+caseRef], [status+caseRef], [sortStage+caseRef], [sortCategory+caseRef], [sortAcknowledged+caseRef], [cell+newest+caseRef]',
  registerCells: '&cell',
  registerMonths: '&month',
} as const;

/**
 * Schema version 6 changes no table. A register entry that does not say whether it was resolved (a
 * spreadsheet row) shared its cell with the entries not resolved, so the "Not resolved" filter
 * listed it; it now has a cell of its own (`facetsOf`), so the entries' cells are made again.
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * Set by the upgrades to versions 5 and 6 when the register's entries still need indexing and
 * counting.
 */
export const REGISTER_NEEDS_INDEXING = 'registerNeedsIndexing';

/**
 * The Dexie schema version the current code declares last. Not bound into ciphertexts: see
 * RECORD_FORMAT_VERSION in ./vault/record-format.ts (docs/decisions/0004).
 */
export const CURRENT_SCHEMA_VERSION = 6;

export type EscalateDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  drafts: EntityTable<DraftRow, 'id'>;
  customPacks: Dexie.Table<CustomPackRow, [string, number]>;
  escalations: EntityTable<EscalationRow, 'id'>;
  clients: EntityTable<ClientRow, 'escalationId'>;
  discussions: EntityTable<DiscussionRow, 'id'>;
  auditEvents: EntityTable<AuditEventRow, 'id'>;
  notifications: EntityTable<NotificationRow, 'id'>;
  registerEntries: EntityTable<RegisterEntryRow, 'id'>;
  registerAudit: EntityTable<RegisterAuditRow, 'id'>;
  openCounts: EntityTable<OpenCountRow, 'key'>;
  registerCells: EntityTable<RegisterCellRow, 'cell'>;
  registerMonths: EntityTable<RegisterMonthRow, 'month'>;
};

/** Declares every schema version, oldest first. Used by the app and by the migration tests. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  // Version 2 adds tables only. Version 1 drafts keep their plain `values`; they cannot be
  // encrypted here (no WebCrypto inside an upgrade), so sealPlainDrafts() does it at first unlock.
  db.version(2).stores(SCHEMA_V2);
  // Version 3 adds the register's tables only; nothing existing changes.
  db.version(3).stores(SCHEMA_V3);
  // Version 4 adds the dashboard's counts, counted once here from the indexes (no row is decrypted).
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade((tx) =>
      recountOpenCounts({
        escalations: tx.table('escalations'),
        openCounts: tx.table('openCounts'),
      } as CountTables),
    );
  // Version 5 indexes the register and keeps its counts. That is done by the register's own code
  // (loaded with its pages, not at first load: ./register-counts.ts, indexRegisterIfNeeded); here a
  // register with entries is only marked for it.
  const markRegisterForIndexing = async (tx: Transaction) => {
    if ((await tx.table('registerEntries').count()) > 0)
      await tx.table('settings').put({ key: REGISTER_NEEDS_INDEXING, value: true });
  };
  db.version(5).stores(SCHEMA_V5).upgrade(markRegisterForIndexing);
  // Version 6 gives the register's entries that do not say whether they were resolved a cell of
  // their own; as at version 5, a register with entries is only marked here for its own code.
  db.version(6).stores(SCHEMA_V6).upgrade(markRegisterForIndexing);
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
