import { describe, expect, it } from 'vitest';
import { builtInPacks, findBuiltInPack } from './built-in-packs';
import { admitCustomPack, type KnownPack } from './custom-pack-import';
import type { PolicyPack } from './policy-pack';

const wiltshire = findBuiltInPack('wiltshire-scb-2013');
if (!wiltshire) throw new Error('The Wiltshire pack should be built in');
const known: KnownPack[] = builtInPacks.map(({ id, version }) => ({ id, version, builtIn: true }));

function withVersion(pack: PolicyPack, id: string, version: number): PolicyPack {
  return { ...pack, id, version };
}

describe('admitCustomPack', () => {
  it('accepts a pack with a new id', () => {
    const custom = withVersion(wiltshire, 'my-area-2025', 1);
    expect(admitCustomPack(custom, known)).toEqual({ ok: true, pack: custom, supersedes: null });
  });

  it.each([1, 2, 99])('refuses a pack that reuses a built-in id, at version %i', (version) => {
    const result = admitCustomPack(withVersion(wiltshire, 'wiltshire-scb-2013', version), known);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'id',
          message:
            'id: "wiltshire-scb-2013" is the id of a policy built into Escalate, and a built-in guide is never replaced by a file (whatever its version). If this is your own policy, give it its own id (for example "wiltshire-scb-2013-local") and import it again.',
        },
      ],
    });
  });

  it('compares against the newest version already installed', () => {
    const installed: KnownPack[] = [...known, { id: 'my-area-2025', version: 3, builtIn: false }];
    const older = admitCustomPack(withVersion(wiltshire, 'my-area-2025', 2), installed);
    expect(older.ok ? '' : older.errors[0]?.message).toContain(
      'A pack you imported earlier already uses the id "my-area-2025" at version 3, so this file\'s version 2 is older.',
    );
    expect(admitCustomPack(withVersion(wiltshire, 'my-area-2025', 4), installed)).toMatchObject({
      ok: true,
      supersedes: { id: 'my-area-2025', version: 3, builtIn: false },
    });
  });
});
