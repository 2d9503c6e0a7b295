import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from './bytes';
import {
  decryptJson,
  DecryptionError,
  encryptJson,
  type EncryptedBlob,
  type FieldAad,
} from './field-crypto';

const aad: FieldAad = {
  recordId: 'c0ffee00-0000-4000-8000-000000000001',
  table: 'cases',
  schemaVersion: 3,
};
let dataKey: CryptoKey;

function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function failure(promise: Promise<unknown>): Promise<DecryptionError> {
  const error: unknown = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(DecryptionError);
  return error as DecryptionError;
}

beforeAll(async () => {
  dataKey = await newDataKey();
});

describe('encryptJson and decryptJson', () => {
  it('round-trips any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const blob = await encryptJson(dataKey, value, aad);
        expect(await decryptJson(dataKey, blob, aad)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps names and free text out of the stored bytes and pads lengths', async () => {
    const short = await encryptJson(dataKey, { name: 'Jo' }, aad);
    const longer = await encryptJson(dataKey, { name: 'Joanna Smith-Taylor' }, aad);
    expect(new TextDecoder('latin1').decode(longer.ct)).not.toContain('Joanna');
    expect(short.ct.length).toBe(longer.ct.length);
    expect((short.ct.length - 16) % 32).toBe(0);
  });

  it('never repeats an IV across 1,000 encryptions', async () => {
    const blobs = await Promise.all(
      Array.from({ length: 1000 }, () => encryptJson(dataKey, 'same value', aad)),
    );
    const ivs = new Set(blobs.map((blob) => toBase64(blob.iv)));
    expect(ivs.size).toBe(1000);
    expect(blobs.every((blob) => blob.iv.length === 12)).toBe(true);
  });

  it.each<[string, FieldAad]>([
    ['another record id', { ...aad, recordId: 'c0ffee00-0000-4000-8000-000000000002' }],
    ['another table', { ...aad, table: 'drafts' }],
    ['another schema version', { ...aad, schemaVersion: 4 }],
  ])('refuses a ciphertext moved to %s', async (_label, otherAad) => {
    const blob = await encryptJson(dataKey, { note: 'private' }, aad);
    expect((await failure(decryptJson(dataKey, blob, otherAad))).reason).toBe(
      'authentication-failed',
    );
  });

  it('refuses a blob decrypted with another key', async () => {
    const blob = await encryptJson(dataKey, 'secret', aad);
    const error = await failure(decryptJson(await newDataKey(), blob, aad));
    expect(error.reason).toBe('authentication-failed');
  });

  it('refuses every single flipped bit in the IV or ciphertext', async () => {
    const blob = await encryptJson(dataKey, { note: 'x' }, aad);
    for (const field of ['iv', 'ct'] as const) {
      for (let i = 0; i < blob[field].length; i += 1) {
        const changed: EncryptedBlob = { ...blob, [field]: blob[field].slice() };
        changed[field][i] = (changed[field][i] ?? 0) ^ (1 << (i % 8));
        await failure(decryptJson(dataKey, changed, aad));
      }
    }
  });

  it('refuses malformed blobs with a typed error', async () => {
    const blob = await encryptJson(dataKey, 1, aad);
    const malformed = [
      null,
      { ...blob, v: 2 },
      { ...blob, iv: blob.iv.slice(1) },
      { ...blob, ct: blob.ct.slice(0, 15) },
      { ...blob, iv: toBase64(blob.iv) },
    ];
    for (const value of malformed) {
      const error = await failure(decryptJson(dataKey, value as EncryptedBlob, aad));
      expect(error.reason).toBe('malformed-blob');
    }
  });

  it('treats a bad AAD or a value with no JSON form as a programming error', async () => {
    await expect(encryptJson(dataKey, undefined, aad)).rejects.toThrow(TypeError);
    await expect(encryptJson(dataKey, 1, { ...aad, recordId: '' })).rejects.toThrow(TypeError);
    await expect(encryptJson(dataKey, 1, { ...aad, schemaVersion: 1.5 })).rejects.toThrow(
      TypeError,
    );
  });

  it('survives a round trip through IndexedDB as typed arrays', async () => {
    const blob = await encryptJson(dataKey, { name: 'Sam' }, aad);
    const stored = await storeAndReload(blob);
    expect(await decryptJson(dataKey, stored, aad)).toEqual({ name: 'Sam' });
  });
});

function storeAndReload(blob: EncryptedBlob): Promise<EncryptedBlob> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(`field-crypto-${crypto.randomUUID()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('blobs');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('blobs', 'readwrite').objectStore('blobs');
      store.put(blob, 'one');
      const read = store.get('one');
      read.onsuccess = () => resolve(read.result as EncryptedBlob);
      read.onerror = () => reject(read.error);
    };
  });
}
