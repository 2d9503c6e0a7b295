// The pack a guide page shows: the newest version of the id in the address, built-in or imported.
import { useMemo } from 'react';
import { useImportedPack, type AvailablePack } from '../../data/packs-repository';
import { findBuiltInPack } from '../../domain/policy/built-in-packs';

/**
 * `undefined` while loading, `null` when no pack has this id. A built-in pack is never replaced by
 * an imported one (packs-repository.ts), so a built-in guide is there at once, without waiting for
 * the database to open: on a phone that is the difference between the guide and a loading line.
 * Nor does it list (so sort) every pack: it reads only this id's imported versions.
 */
export function useGuidePack(packId: string | undefined): AvailablePack | null | undefined {
  const builtIn = useMemo(() => {
    const pack = packId === undefined ? undefined : findBuiltInPack(packId);
    return pack && { pack, origin: 'built-in' as const };
  }, [packId]);
  // A built-in id is never an imported pack's: nothing is read for it.
  const imported = useImportedPack(builtIn ? undefined : packId);
  return builtIn ?? imported;
}
