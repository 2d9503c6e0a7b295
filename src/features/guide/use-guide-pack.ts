// The pack a guide page shows: the newest version of the id in the address, built-in or imported.
import { useAvailablePacks, type AvailablePack } from '../../data/packs-repository';

/** `undefined` while loading, `null` when no pack has this id. */
export function useGuidePack(packId: string | undefined): AvailablePack | null | undefined {
  const packs = useAvailablePacks();
  if (packs === undefined) return undefined;
  return packs.find((available) => available.pack.id === packId) ?? null;
}
