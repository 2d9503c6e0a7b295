// Which policy packs ship with the app, and each one loaded on its own: a guide's page runs only its
// own pack's file (about a fifth of the five), not all five, which on a phone was the largest piece
// of work a guide did after its first paint (decision 0019). Pages that need every pack (the list of
// guides, starting an escalation, backups) import built-in-packs.ts, which loads all five.
import type { PolicyPack } from './policy-pack';

/** The built-in packs' ids, in the order the app lists them. */
export const BUILT_IN_PACK_IDS = [
  'cambridgeshire-lscb-2013',
  'wiltshire-scb-2013',
  'unnamed-lscp-resolution-procedure',
  'lincolnshire-scb-2010',
  'south-tyneside-joint-2024',
] as const;

export type BuiltInPackId = (typeof BUILT_IN_PACK_IDS)[number];

const builtInIds: ReadonlySet<string> = new Set(BUILT_IN_PACK_IDS);

/** Whether `id` is a built-in pack's (an imported pack can never take such an id). */
export function isBuiltInPackId(id: string): id is BuiltInPackId {
  return builtInIds.has(id);
}

/** Each built-in pack's own file (src/domain/policy/built-in/), loaded when first asked for. */
const packFiles: Record<BuiltInPackId, () => Promise<{ pack: PolicyPack }>> = {
  'cambridgeshire-lscb-2013': () => import('./built-in/cambridgeshire-lscb-2013'),
  'wiltshire-scb-2013': () => import('./built-in/wiltshire-scb-2013'),
  'unnamed-lscp-resolution-procedure': () => import('./built-in/unnamed-lscp-resolution-procedure'),
  'lincolnshire-scb-2010': () => import('./built-in/lincolnshire-scb-2010'),
  'south-tyneside-joint-2024': () => import('./built-in/south-tyneside-joint-2024'),
};

const loaded = new Map<string, PolicyPack>();

/** Called by each pack's file as it runs: from then on the pack is there without waiting. */
export function rememberBuiltInPack(pack: PolicyPack): PolicyPack {
  loaded.set(pack.id, pack);
  return pack;
}

/**
 * The built-in pack with this id if its file has already run (a prerendered guide's page runs it
 * before the first render), else undefined.
 */
export function loadedBuiltInPack(id: string): PolicyPack | undefined {
  return loaded.get(id);
}

/** The built-in pack with this id, loading its file if need be; undefined for any other id. */
export async function loadBuiltInPack(id: string): Promise<PolicyPack | undefined> {
  if (!isBuiltInPackId(id)) return undefined;
  return loaded.get(id) ?? (await packFiles[id]()).pack;
}
