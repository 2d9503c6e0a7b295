// One pack's file runs on its own: a guide's page gets its pack without the other four being loaded.
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack, loadedBuiltInPack } from './built-in-pack-registry';

describe('a built-in pack loaded alone', () => {
  it('is there after its own file runs, and the others are not', async () => {
    expect(loadedBuiltInPack('wiltshire-scb-2013')).toBeUndefined();
    const pack = await loadBuiltInPack('wiltshire-scb-2013');
    expect(pack?.partnership.name).toMatch(/Wiltshire/);
    expect(loadedBuiltInPack('wiltshire-scb-2013')).toBe(pack);
    expect(loadedBuiltInPack('lincolnshire-scb-2010')).toBeUndefined();
  });
});
