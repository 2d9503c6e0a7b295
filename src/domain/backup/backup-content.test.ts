import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../calendar/iso-date';
import { policyName } from './backup-content';

describe('the policies a backup lists before restoring', () => {
  const customPack = {
    id: 'my-lscp-2025',
    version: 1,
    importedAt: '2026-12-01T09:00:00.000Z' as IsoDateTime,
    pack: { partnership: { name: 'Wexbury Safeguarding Partnership' } },
  };

  it('names a built-in policy by its partnership, not its code', () => {
    expect(policyName({ customPacks: [] }, 'wiltshire-scb-2013')).toBe(
      'Wiltshire Safeguarding Children Board',
    );
  });

  it('names an imported policy from the pack the backup carries', () => {
    expect(policyName({ customPacks: [customPack] }, 'my-lscp-2025')).toBe(
      'Wexbury Safeguarding Partnership',
    );
  });

  it('falls back to the code when no name is known', () => {
    expect(policyName({ customPacks: [] }, 'unknown-pack')).toBe('unknown-pack');
  });
});
