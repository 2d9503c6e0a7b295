// How a built-in pack file looks once the build has checked it against the schema
// (scripts/prevalidated-packs.ts, which repeats the key): the parsed pack, under a key no pack file
// has.

export const PREVALIDATED_PACK = 'escalate:prevalidated-pack';

/** The already-checked pack in `json`, or undefined when `json` is a raw pack file to check. */
export function prevalidatedPack<T>(json: unknown): T | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const marked = json as { [PREVALIDATED_PACK]?: unknown; pack?: T };
  return marked[PREVALIDATED_PACK] === true ? marked.pack : undefined;
}
