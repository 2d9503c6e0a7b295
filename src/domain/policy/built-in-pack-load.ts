// How a built-in pack's file becomes a pack: checked when the app was built (the marked, parsed pack
// that scripts/prevalidated-packs.mjs writes) or else checked here, frozen, and remembered.
import { parsePolicyPack, type PolicyPack } from './policy-pack';
import { prevalidatedPack } from './prevalidated-pack';
import { rememberBuiltInPack } from './built-in-pack-registry';

/** The pack in a built-in pack file; throws, naming the file, if it fails the pack schema. */
export function builtInPack(file: string, json: unknown): PolicyPack {
  const checked = prevalidatedPack<PolicyPack>(json);
  if (checked) return rememberBuiltInPack(Object.freeze(checked));
  const result = parsePolicyPack(json);
  if (result.ok) return rememberBuiltInPack(Object.freeze(result.pack));
  const problems = result.errors.map((error) => error.message).join('\n');
  throw new Error(`Built-in policy pack ${file} is invalid:\n${problems}`);
}
