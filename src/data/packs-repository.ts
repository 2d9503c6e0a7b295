// Policy packs available on this device: the built-in ones, ones the user imported, and snapshots
// of every pack a record was started under, so a pack update never rewrites a record's history.
import { useEffect, useState } from 'react';
import { readStored, useStoredQuery } from './stored-query';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { admitCustomPack, type KnownPack } from '../domain/policy/custom-pack-import';
import {
  parsePolicyPack,
  parsePolicyPackText,
  type PolicyPack,
  type PolicyPackError,
} from '../domain/policy/policy-pack';
import { getDatabase } from './database';
import type { CustomPackRow } from './db';

/** A pack the user can choose, and where it came from. */
export interface AvailablePack {
  pack: PolicyPack;
  origin: 'built-in' | 'imported';
}

type StoredPackRow = CustomPackRow;

const builtInIds = new Set(builtInPacks.map((pack) => pack.id));

/**
 * Stored packs that pass the pack schema and match their row. An imported pack with a built-in id
 * (stored before such imports were refused, or written by hand) is ignored: a built-in guide is
 * never replaced.
 */
function parseStored(
  rows: StoredPackRow[],
): { pack: PolicyPack; origin: 'imported' | 'snapshot' }[] {
  return rows.flatMap((row) => {
    const origin = row.origin ?? 'imported';
    if (origin === 'imported' && builtInIds.has(row.id)) return [];
    const parsed = parsePolicyPack(row.pack);
    const matches = parsed.ok && parsed.pack.id === row.id && parsed.pack.version === row.version;
    return parsed.ok && matches ? [{ pack: parsed.pack, origin }] : [];
  });
}

/** The newest version of each pack id, built-in and imported, sorted by partnership name. */
export function choosablePacks(
  stored: { pack: PolicyPack; origin: 'imported' | 'snapshot' }[],
): AvailablePack[] {
  const newest = new Map<string, AvailablePack>();
  const candidates: AvailablePack[] = [
    ...builtInPacks.map((pack) => ({ pack, origin: 'built-in' as const })),
    ...stored
      .filter((s) => s.origin === 'imported')
      .map((s) => ({ pack: s.pack, origin: 'imported' as const })),
  ];
  for (const candidate of candidates) {
    const current = newest.get(candidate.pack.id);
    if (!current || candidate.pack.version > current.pack.version)
      newest.set(candidate.pack.id, candidate);
  }
  return [...newest.values()].sort((a, b) =>
    a.pack.partnership.name.localeCompare(b.pack.partnership.name),
  );
}

let builtInChoices: AvailablePack[] | undefined;

/**
 * What the user can choose on a device with no database yet: the built-in packs. Sorted on first
 * use, not when this module loads: a guide's page loads it without listing packs, and the first
 * `localeCompare` of a page sets up the browser's collation, 20-40 ms on a phone.
 */
function noStoredPacks(): AvailablePack[] {
  builtInChoices ??= choosablePacks([]);
  return builtInChoices;
}

/** Every pack the user can choose, live. */
export function useAvailablePacks(): AvailablePack[] | undefined {
  return useStoredQuery(
    async () => choosablePacks(parseStored(await getDatabase().customPacks.toArray())),
    [],
    noStoredPacks(),
  );
}

/** The stored packs with this id that pass the schema (see `parseStored`). */
async function storedWithId(id: string) {
  return parseStored(await getDatabase().customPacks.where('id').equals(id).toArray());
}

/** The highest version among `packs`, or undefined when there are none. */
function newest(packs: readonly PolicyPack[]): PolicyPack | undefined {
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

/** The pack with this id and version, wherever it is kept, or undefined. */
export async function findPack(id: string, version?: number): Promise<PolicyPack | undefined> {
  const stored = await readStored(() => storedWithId(id), []);
  const all = [...builtInPacks.filter((pack) => pack.id === id), ...stored.map((s) => s.pack)];
  if (version !== undefined) return all.find((pack) => pack.version === version);
  return newest(all);
}

/**
 * The pack with this id and version (the one a record started under): undefined while looking,
 * null when it is not on this device.
 */
export function usePackVersion(
  packId: string | undefined,
  version: number | undefined,
): PolicyPack | null | undefined {
  const key = packId === undefined ? undefined : `${packId}@${String(version)}`;
  const [found, setFound] = useState<{ key: string; pack: PolicyPack | null }>();
  useEffect(() => {
    if (packId === undefined || version === undefined) return;
    let current = true;
    const settle = (pack: PolicyPack | null) => {
      if (current) setFound({ key: `${packId}@${String(version)}`, pack });
    };
    void findPack(packId, version).then(
      (pack) => settle(pack ?? null),
      () => settle(null),
    );
    return () => {
      current = false;
    };
  }, [packId, version]);
  return found !== undefined && found.key === key ? found.pack : undefined;
}

/** Keeps a copy of the exact pack a record starts under (does nothing if one is already kept). */
export async function keepPackSnapshot(pack: PolicyPack, now: string): Promise<void> {
  if (builtInPacks.some((builtIn) => builtIn.id === pack.id && builtIn.version === pack.version)) {
    const db = getDatabase();
    const existing = await db.customPacks.get([pack.id, pack.version]);
    if (!existing)
      await db.customPacks.put({
        id: pack.id,
        version: pack.version,
        importedAt: now,
        pack,
        origin: 'snapshot',
      } as StoredPackRow);
  }
}

export type ImportResult =
  { ok: true; pack: PolicyPack } | { ok: false; errors: PolicyPackError[] };

/** Validates a pack file's text and installs it if allowed. Nothing is saved unless all of it is valid. */
export async function importPackFile(text: string, now: string): Promise<ImportResult> {
  const parsed = parsePolicyPackText(text);
  if (!parsed.ok) return parsed;
  const db = getDatabase();
  const stored = (await db.customPacks.toArray()) as StoredPackRow[];
  const known: KnownPack[] = [
    ...builtInPacks.map((pack) => ({ id: pack.id, version: pack.version, builtIn: true })),
    ...stored
      .filter((row) => row.origin !== 'snapshot')
      .map((row) => ({ id: row.id, version: row.version, builtIn: false })),
  ];
  const admitted = admitCustomPack(parsed.pack, known);
  if (!admitted.ok) return admitted;
  await db.customPacks.put({
    id: parsed.pack.id,
    version: parsed.pack.version,
    importedAt: now,
    pack: JSON.parse(text) as unknown,
    origin: 'imported',
  } as StoredPackRow);
  return { ok: true, pack: parsed.pack };
}

/** Packs the user imported (every version), live. */
export function useImportedPacks(): { pack: PolicyPack; importedAt: string }[] | undefined {
  return useStoredQuery(
    async () => {
      const rows = ((await getDatabase().customPacks.toArray()) as StoredPackRow[]).filter(
        (row) => row.origin !== 'snapshot' && !builtInIds.has(row.id),
      );
      return rows.flatMap((row) => {
        const parsed = parsePolicyPack(row.pack);
        return parsed.ok ? [{ pack: parsed.pack, importedAt: row.importedAt }] : [];
      });
    },
    [],
    [],
  );
}

/**
 * Deletes an imported pack version. Refused while a record was started under it, because that
 * record's history depends on it.
 */
export async function deleteImportedPack(
  id: string,
  version: number,
): Promise<{ ok: boolean; message?: string }> {
  const db = getDatabase();
  const inUse = await db.escalations
    .where('packId')
    .equals(id)
    .filter((row) => row.packVersion === version)
    .count();
  if (inUse > 0) {
    return {
      ok: false,
      message: `This policy cannot be deleted: ${inUse} escalation record${inUse === 1 ? ' was' : 's were'} started under it.`,
    };
  }
  await db.customPacks.delete([id, version]);
  return { ok: true };
}
