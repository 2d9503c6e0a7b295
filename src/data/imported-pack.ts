// The packs a user imported, read one id at a time: what a guide's page needs of the packs on this
// device. It knows the built-in packs by id alone (built-in-pack-registry.ts), so a guide's page never
// loads the five built-in packs to show one imported pack, or one built-in pack.
import { useStoredQuery } from './stored-query';
import { isBuiltInPackId } from '../domain/policy/built-in-pack-registry';
import { parsePolicyPack, type PolicyPack } from '../domain/policy/policy-pack';
import { getDatabase } from './database';
import type { CustomPackRow } from './db';

/** A pack the user can choose, and where it came from. */
export interface AvailablePack {
  pack: PolicyPack;
  origin: 'built-in' | 'imported';
}

export type StoredPackRow = CustomPackRow;

/**
 * Stored packs that pass the pack schema and match their row. An imported pack with a built-in id
 * (stored before such imports were refused, or written by hand) is ignored: a built-in guide is
 * never replaced.
 */
export function parseStored(
  rows: StoredPackRow[],
): { pack: PolicyPack; origin: 'imported' | 'snapshot' }[] {
  return rows.flatMap((row) => {
    const origin = row.origin ?? 'imported';
    if (origin === 'imported' && isBuiltInPackId(row.id)) return [];
    const parsed = parsePolicyPack(row.pack);
    const matches = parsed.ok && parsed.pack.id === row.id && parsed.pack.version === row.version;
    return parsed.ok && matches ? [{ pack: parsed.pack, origin }] : [];
  });
}

/** The stored packs with this id that pass the schema (see `parseStored`). */
export async function storedWithId(id: string) {
  return parseStored(await getDatabase().customPacks.where('id').equals(id).toArray());
}

/** The highest version among `packs`, or undefined when there are none. */
export function newest(packs: readonly PolicyPack[]): PolicyPack | undefined {
  return packs.reduce<PolicyPack | undefined>(
    (best, pack) => (!best || pack.version > best.version ? pack : best),
    undefined,
  );
}

/**
 * The newest imported pack with this id, live: `null` when there is none (or `id` is undefined, which
 * reads nothing), `undefined` while looking. Unlike `useAvailablePacks` it neither parses every
 * stored pack nor sorts them: a guide's page needs one pack, and the first sort of a page sets up
 * the browser's collation, 20-40 ms on a phone.
 */
export function useImportedPack(id: string | undefined): AvailablePack | null | undefined {
  return useStoredQuery<AvailablePack | null>(
    async () => {
      if (id === undefined) return null;
      const imported = (await storedWithId(id)).filter((stored) => stored.origin === 'imported');
      const pack = newest(imported.map((stored) => stored.pack));
      return pack ? { pack, origin: 'imported' } : null;
    },
    [id],
    null,
  );
}
