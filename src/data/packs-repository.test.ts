// A built-in guide is never replaced: not by an import, not by a row stored before imports of
// built-in ids were refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeTestVault, openTestDatabase } from '../../test/fixtures/vault/test-vault';
import { builtInPacks } from '../domain/policy/built-in-packs';
import type { EscalateDatabase } from './db';
import { findPack, importPackFile } from './packs-repository';

let db: EscalateDatabase;
const builtIn = builtInPacks[0];
if (!builtIn) throw new Error('no built-in pack');
const hijack = {
  ...JSON.parse(JSON.stringify(builtIn)),
  version: builtIn.version + 1,
} as typeof builtIn;

beforeEach(() => {
  db = openTestDatabase('escalate-packs-test');
});

afterEach(() => closeTestVault(db));

describe('built-in packs', () => {
  it('refuses to import a pack that reuses a built-in id at a higher version', async () => {
    const result = await importPackFile(JSON.stringify(hijack), '2026-11-24T10:00:00.000Z');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('built into Escalate');
    expect(await db.customPacks.count()).toBe(0);
    expect((await findPack(builtIn.id))?.version).toBe(builtIn.version);
  });

  it('ignores an imported pack with a built-in id already on the device', async () => {
    await db.customPacks.put({
      id: hijack.id,
      version: hijack.version,
      importedAt: '2026-11-24T10:00:00.000Z',
      pack: hijack,
      origin: 'imported',
    });
    expect((await findPack(builtIn.id))?.version).toBe(builtIn.version);
    expect(await findPack(builtIn.id, hijack.version)).toBeUndefined();
  });
});
