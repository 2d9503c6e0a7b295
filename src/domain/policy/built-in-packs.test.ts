import { describe, expect, it } from 'vitest';
import { agencyTypeLabels } from './agency-type';
import { builtInPacks, findBuiltInPack } from './built-in-packs';
import { parsePolicyPack, type PolicyPack } from './policy-pack';

/** Every object in `value`, with its path, for structural checks across a whole pack. */
function objectsIn(value: unknown, path = ''): { path: string; object: Record<string, unknown> }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => objectsIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  return [
    { path, object },
    ...Object.entries(object).flatMap(([key, child]) => objectsIn(child, `${path}.${key}`)),
  ];
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('builtInPacks', () => {
  it('ships the five source policies in a fixed order', () => {
    expect(builtInPacks.map((pack) => pack.id)).toEqual([
      'cambridgeshire-lscb-2013',
      'wiltshire-scb-2013',
      'unnamed-lscp-resolution-procedure',
      'lincolnshire-scb-2010',
      'south-tyneside-joint-2024',
    ]);
  });

  it('starts every built-in pack at version 1', () => {
    expect(builtInPacks.map((pack) => pack.version)).toEqual([1, 1, 1, 1, 1]);
  });

  it('finds a built-in pack by id and returns undefined for an unknown id', () => {
    expect(findBuiltInPack('lincolnshire-scb-2010')?.partnership.name).toBe(
      'Lincolnshire Safeguarding Children Board',
    );
    expect(findBuiltInPack('no-such-pack')).toBeUndefined();
  });

  it('round-trips every pack through JSON and the schema unchanged', () => {
    for (const pack of builtInPacks) {
      const again = parsePolicyPack(JSON.parse(JSON.stringify(pack)));
      expect(again).toEqual({ ok: true, pack });
    }
  });

  it('cites a source section on every piece of guidance', () => {
    for (const pack of builtInPacks) {
      for (const { path, object } of objectsIn(pack)) {
        if (typeof object['text'] === 'string') {
          expect(object['source'], `${pack.id}${path}`).toEqual(expect.any(String));
        }
      }
    }
  });

  it('marks every form that is not the partnership’s own and explains why', () => {
    const origins = builtInPacks.map((pack) => [pack.id, pack.notificationForm.origin]);
    expect(origins).toEqual([
      ['cambridgeshire-lscb-2013', 'app-designed'],
      ['wiltshire-scb-2013', 'partnership'],
      ['unnamed-lscp-resolution-procedure', 'app-designed'],
      ['lincolnshire-scb-2010', 'app-designed'],
      ['south-tyneside-joint-2024', 'reconstructed'],
    ]);
    for (const pack of builtInPacks) {
      if (pack.notificationForm.origin !== 'partnership') {
        expect(pack.notificationForm.originNote, pack.id).toMatch(/not (a|the|a copy of)/);
      }
    }
  });

  it('uses only agency types that have a label', () => {
    for (const pack of builtInPacks) {
      for (const { object } of objectsIn(pack)) {
        for (const key of ['agencyType', 'appliesTo']) {
          const value = object[key];
          if (typeof value === 'string' && value !== 'any') {
            expect(Object.keys(agencyTypeLabels)).toContain(value);
          }
        }
      }
    }
  });
});

describe('personal names', () => {
  it('keeps directory entries to agencies and roles, with no field for a name', () => {
    const entryKeys = new Set<string>();
    for (const pack of builtInPacks) {
      for (const directory of pack.directories) {
        if (directory.kind !== 'contacts') continue;
        for (const entry of directory.entries) {
          Object.keys(entry).forEach((key) => entryKeys.add(key));
          expect(entry.role.length).toBeGreaterThan(0);
        }
      }
    }
    expect([...entryKeys].sort()).toEqual(
      ['agency', 'agencyType', 'correction', 'id', 'mailbox', 'note', 'phone', 'role'].sort(),
    );
  });

  it('refuses a name field on a directory entry or a local slot', () => {
    const pack = JSON.parse(JSON.stringify(findBuiltInPack('wiltshire-scb-2013'))) as {
      directories: { entries: Record<string, unknown>[] }[];
      localSlots: Record<string, unknown>[];
    };
    const entry = pack.directories[0]?.entries[0];
    const slot = pack.localSlots[0];
    if (!entry || !slot) throw new Error('Wiltshire pack should have a directory entry and a slot');
    entry['name'] = 'Someone';
    slot['name'] = 'Someone';
    const result = parsePolicyPack(pack);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      'directories[0].entries[0].name',
      'localSlots[0].name',
    ]);
  });

  it('publishes only generic mailboxes, never a person’s e-mail address', () => {
    const addresses = builtInPacks.flatMap((pack: PolicyPack) =>
      stringsIn(pack).flatMap((text) => text.match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? []),
    );
    expect([...new Set(addresses)]).toEqual(['LSCB@wiltshire.gov.uk']);
  });
});
