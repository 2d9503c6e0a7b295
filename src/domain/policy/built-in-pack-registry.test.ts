// A guide's page loads its own built-in pack alone: the registry must name and load exactly the
// packs the rest of the app lists, and nothing else.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PACK_IDS,
  isBuiltInPackId,
  loadBuiltInPack,
  loadedBuiltInPack,
} from './built-in-pack-registry';
import { builtInPacks } from './built-in-packs';

describe('built-in pack registry', () => {
  it('names the same packs, in the same order, as the full list', () => {
    expect(BUILT_IN_PACK_IDS).toEqual(builtInPacks.map((pack) => pack.id));
  });

  it('loads each pack from its own file as the very object the full list holds', async () => {
    for (const pack of builtInPacks) {
      expect(loadedBuiltInPack(pack.id)).toBe(pack);
      await expect(loadBuiltInPack(pack.id)).resolves.toBe(pack);
    }
  });

  it('knows no other id', async () => {
    expect(isBuiltInPackId('my-partnership-2026')).toBe(false);
    expect(loadedBuiltInPack('my-partnership-2026')).toBeUndefined();
    await expect(loadBuiltInPack('my-partnership-2026')).resolves.toBeUndefined();
    // Not a key of an ordinary object either.
    expect(isBuiltInPackId('constructor')).toBe(false);
  });
});
