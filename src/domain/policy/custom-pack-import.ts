// The rule for installing a custom pack beside the built-in ones: a built-in pack's id is never
// taken (a file must not replace a built-in guide or where its notifications go); an imported pack's
// id may be reused only as a newer version, so records still find the version they started under.
import type { PackRef, PolicyPack, PolicyPackError } from './policy-pack';

/** A pack the app already has: its id and version, and whether it ships with the app. */
export interface KnownPack extends PackRef {
  readonly builtIn: boolean;
}

export type CustomPackAdmission =
  | { ok: true; pack: PolicyPack; supersedes: KnownPack | null }
  | { ok: false; errors: PolicyPackError[] };

/**
 * Decides whether a validated custom pack may be installed. A pack with a built-in id is refused
 * at any version. A pack whose id was imported before is refused unless its version is higher than
 * every known version of that id; the older versions are kept, so history is never rewritten.
 */
export function admitCustomPack(
  pack: PolicyPack,
  known: readonly KnownPack[],
): CustomPackAdmission {
  if (known.some((existing) => existing.builtIn && existing.id === pack.id)) {
    return {
      ok: false,
      errors: [
        {
          path: 'id',
          message: `id: "${pack.id}" is the id of a policy built into Escalate, and a built-in guide is never replaced by a file (whatever its version). If this is your own policy, give it its own id (for example "${pack.id}-local") and import it again.`,
        },
      ],
    };
  }
  const sameId = known.filter((existing) => existing.id === pack.id);
  const newest = sameId.reduce<KnownPack | null>(
    (best, existing) => (best === null || existing.version > best.version ? existing : best),
    null,
  );
  if (newest === null) return { ok: true, pack, supersedes: null };
  if (pack.version > newest.version) return { ok: true, pack, supersedes: newest };
  const owner = newest.builtIn ? 'A built-in pack' : 'A pack you imported earlier';
  const verb = pack.version === newest.version ? 'is already installed' : 'is older';
  return {
    ok: false,
    errors: [
      {
        path: 'version',
        message: `version: ${owner} already uses the id "${pack.id}" at version ${newest.version}, so this file's version ${pack.version} ${verb}. A pack with this id is accepted only as a newer version (${newest.version + 1} or higher); to add a different policy, give it its own id.`,
      },
    ],
  };
}
