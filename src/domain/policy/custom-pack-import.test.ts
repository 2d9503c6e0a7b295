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

  it('refuses a pack that reuses a built-in id at the same version', () => {
    const result = admitCustomPack(withVersion(wiltshire, 'wiltshire-scb-2013', 1), known);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message:
            'version: A built-in pack already uses the id "wiltshire-scb-2013" at version 1, so this file\'s version 1 is already installed. A pack with this id is accepted only as a newer version (2 or higher); to add a different policy, give it its own id.',
        },
      ],
    });
  });

  it('accepts a newer version of a built-in pack and says which version it follows', () => {
    const result = admitCustomPack(withVersion(wiltshire, 'wiltshire-scb-2013', 2), known);
    expect(result.ok && result.supersedes).toEqual({
      id: 'wiltshire-scb-2013',
      version: 1,
      builtIn: true,
    });
  });

  it('compares against the newest version already installed', () => {
    const installed: KnownPack[] = [
      ...known,
      { id: 'wiltshire-scb-2013', version: 3, builtIn: false },
    ];
    const older = admitCustomPack(withVersion(wiltshire, 'wiltshire-scb-2013', 2), installed);
    expect(older.ok ? '' : older.errors[0]?.message).toContain(
      'A pack you imported earlier already uses the id "wiltshire-scb-2013" at version 3, so this file\'s version 2 is older.',
    );
    expect(admitCustomPack(withVersion(wiltshire, 'wiltshire-scb-2013', 4), installed).ok).toBe(
      true,
    );
  });
});
