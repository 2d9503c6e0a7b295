// The pack a guide page shows: the newest version of the id in the address, built-in or imported.
import { useEffect, useMemo, useState } from 'react';
import { useImportedPack, type AvailablePack } from '../../data/imported-pack';
import {
  isBuiltInPackId,
  loadBuiltInPack,
  loadedBuiltInPack,
} from '../../domain/policy/built-in-pack-registry';

/**
 * `undefined` while loading, `null` when no pack has this id. A built-in pack is never replaced by
 * an imported one (packs-repository.ts), so a built-in guide needs no database: only its own pack's
 * file, which a prerendered guide's page has already run before the first render (it is there at
 * once, and React adopts the page's HTML); elsewhere it loads in a moment, from the app's cache.
 * Nor does it list (so sort) every pack: it reads only this id's imported versions.
 */
export function useGuidePack(packId: string | undefined): AvailablePack | null | undefined {
  const builtInId = packId !== undefined && isBuiltInPackId(packId) ? packId : undefined;
  const [failure, setFailure] = useState<{ id: string; error: unknown }>();
  const [, setArrived] = useState<string>();
  const pack = builtInId === undefined ? undefined : loadedBuiltInPack(builtInId);
  useEffect(() => {
    if (builtInId === undefined || loadedBuiltInPack(builtInId)) return;
    let current = true;
    loadBuiltInPack(builtInId).then(
      () => current && setArrived(builtInId),
      (error: unknown) => current && setFailure({ id: builtInId, error }),
    );
    return () => {
      current = false;
    };
  }, [builtInId]);
  const builtIn = useMemo(() => pack && { pack, origin: 'built-in' as const }, [pack]);
  // A built-in id is never an imported pack's: nothing is read for it.
  const imported = useImportedPack(builtInId === undefined ? packId : undefined);
  // The router's error page says what went wrong and offers a reload.
  if (failure && failure.id === builtInId) throw failure.error;
  return builtInId === undefined ? imported : builtIn;
}
