// The five policy packs that ship with the app, every one loaded, for the pages that list or check
// against them all. A guide's page loads only its own (built-in-pack-registry.ts).
import { pack as cambridgeshire } from './built-in/cambridgeshire-lscb-2013';
import { pack as wiltshire } from './built-in/wiltshire-scb-2013';
import { pack as unnamedPartnership } from './built-in/unnamed-lscp-resolution-procedure';
import { pack as lincolnshire } from './built-in/lincolnshire-scb-2010';
import { pack as southTyneside } from './built-in/south-tyneside-joint-2024';
import type { PolicyPack } from './policy-pack';

/** The built-in packs, in the order the app lists them (BUILT_IN_PACK_IDS's order). */
export const builtInPacks: readonly PolicyPack[] = Object.freeze([
  cambridgeshire,
  wiltshire,
  unnamedPartnership,
  lincolnshire,
  southTyneside,
]);

/** The built-in pack with this id, or undefined. */
export function findBuiltInPack(id: string): PolicyPack | undefined {
  return builtInPacks.find((pack) => pack.id === id);
}
