// The five policy packs that ship with the app, validated against the schema: when the app is built
// (scripts/prevalidated-packs.ts, so a phone does not repeat the work) or else when this module loads.
import cambridgeshire from './packs/cambridgeshire-lscb-2013.json';
import wiltshire from './packs/wiltshire-scb-2013.json';
import unnamedPartnership from './packs/unnamed-lscp-resolution-procedure.json';
import lincolnshire from './packs/lincolnshire-scb-2010.json';
import southTyneside from './packs/south-tyneside-joint-2024.json';
import { parsePolicyPack, type PolicyPack } from './policy-pack';
import { prevalidatedPack } from './prevalidated-pack';

function load(file: string, json: unknown): PolicyPack {
  const checked = prevalidatedPack<PolicyPack>(json);
  if (checked) return Object.freeze(checked);
  const result = parsePolicyPack(json);
  if (result.ok) return Object.freeze(result.pack);
  const problems = result.errors.map((error) => error.message).join('\n');
  throw new Error(`Built-in policy pack ${file} is invalid:\n${problems}`);
}

/** The built-in packs, in the order the app lists them. */
export const builtInPacks: readonly PolicyPack[] = Object.freeze([
  load('cambridgeshire-lscb-2013.json', cambridgeshire),
  load('wiltshire-scb-2013.json', wiltshire),
  load('unnamed-lscp-resolution-procedure.json', unnamedPartnership),
  load('lincolnshire-scb-2010.json', lincolnshire),
  load('south-tyneside-joint-2024.json', southTyneside),
]);

/** The built-in pack with this id, or undefined. */
export function findBuiltInPack(id: string): PolicyPack | undefined {
  return builtInPacks.find((pack) => pack.id === id);
}
