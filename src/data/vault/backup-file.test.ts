import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as KeyDerivation from './key-derivation';
import {
  BACKUP_VERSION,
  DEFAULT_MAX_BACKUP_BYTES,
  readBackup,
  writeBackup,
  type ReadBackupResult,
} from './backup-file';
import { concatBytes, utf8Decode, utf8Encode } from './bytes';

// Key derivation is deterministic, so these tests memoise it: thousands of mutated files can then
// be read in seconds. readBackup still derives from whatever parameters each mutated header holds.
vi.mock('./key-derivation', async (importOriginal) => {
  const actual = await importOriginal<typeof KeyDerivation>();
  const cache = new Map<string, Promise<CryptoKey>>();
  const deriveBackupKey: typeof actual.deriveBackupKey = (passphrase, params) => {
    const id = JSON.stringify([passphrase, params]);
    const key = cache.get(id) ?? actual.deriveBackupKey(passphrase, params);
    cache.set(id, key);
    return key;
  };
  return { ...actual, deriveBackupKey };
});

const passphrase = 'violet harbour spoon';
const meta = { createdAt: '2025-03-14T09:30:00.000Z', appVersion: '0.1.0' };
const cheap = { iterations: 100_000 };
const payload = {
  format: 'escalate-data',
  cases: [{ id: 'c1', child: 'Ava Smith', notes: 'é ✓' }],
};
let backup: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  backup = await writeBackup(payload, passphrase, meta, cheap);
});

function text(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function errorKind(result: ReadBackupResult): string {
  return result.ok ? 'ok' : result.error.kind;
}

function withHeader(change: (header: Record<string, unknown>) => void): Uint8Array {
  const newline = backup.indexOf(0x0a);
  const header = JSON.parse(utf8Decode(backup.subarray(0, newline))) as Record<string, unknown>;
  change(header);
  return concatBytes(utf8Encode(JSON.stringify(header)), backup.subarray(newline));
}

describe('writeBackup and readBackup', () => {
  it('round-trips the payload with the header readable as the first line', async () => {
    const result = await readBackup(backup, passphrase);
    expect(result).toMatchObject({ ok: true, payload });
    const [headerLine, body, end] = text(backup).split('\n');
    expect(JSON.parse(headerLine ?? '')).toMatchObject({
      format: 'escalate-backup',
      version: BACKUP_VERSION,
      createdAt: meta.createdAt,
      appVersion: meta.appVersion,
      kdf: { algorithm: 'PBKDF2-SHA256', iterations: 100_000 },
    });
    expect(body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(end).toBe('');
    expect(text(backup)).not.toContain('Ava');
  });

  it('uses a fresh salt and IV for every file', async () => {
    const again = await writeBackup(payload, passphrase, meta, cheap);
    const header = (bytes: Uint8Array) => JSON.parse(text(bytes).split('\n')[0] ?? '') as object;
    expect(header(again)).not.toMatchObject({ iv: (header(backup) as { iv: string }).iv });
    expect(header(again)).not.toMatchObject({ kdf: (header(backup) as { kdf: object }).kdf });
  });

  it('compresses repetitive records', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `case-${i}`, status: 'open' }));
    const file = await writeBackup(many, passphrase, meta, cheap);
    expect(file.length).toBeLessThan(JSON.stringify(many).length / 4);
    expect(await readBackup(file, passphrase)).toMatchObject({ ok: true, payload: many });
  });

  it('writes 600,000 iterations by default', async () => {
    const file = await writeBackup([], passphrase, meta);
    expect(text(file)).toContain('"iterations":600000');
    expect((await readBackup(file, passphrase)).ok).toBe(true);
  });

  it('refuses to write what it could not read back', async () => {
    await expect(writeBackup(1, passphrase, meta, { iterations: 10 })).rejects.toThrow(RangeError);
    await expect(writeBackup(undefined, passphrase, meta, cheap)).rejects.toThrow(TypeError);
    const badMeta = { ...meta, createdAt: 'yesterday' };
    await expect(writeBackup(1, passphrase, badMeta, cheap)).rejects.toThrow(RangeError);
  });
});

describe('readBackup refuses', () => {
  it('a wrong passphrase, saying honestly it cannot tell that from tampering', async () => {
    const result = await readBackup(backup, 'violet harbour spoons');
    expect(errorKind(result)).toBe('wrong-passphrase-or-tampered');
    expect(!result.ok && result.error.message).toMatch(/passphrase.*or the file has been changed/);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a file of blank lines', utf8Encode('\n \r\n\t'), 'empty'],
    [
      'a PDF',
      utf8Encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'not-a-backup',
    ],
    ['a JSON file', utf8Encode('{"cases":[]}\n'), 'not-a-backup'],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), 'not-a-backup'],
    ['a cut-off header', utf8Encode('{"format":"escalate-ba'), 'truncated'],
  ])('%s', async (_label, bytes, kind) => {
    const result = await readBackup(bytes, passphrase);
    expect(errorKind(result)).toBe(kind);
    expect(!result.ok && result.error.message.length).toBeGreaterThan(20);
  });

  it('a file made by a newer version, asking for an update', async () => {
    const v2 = withHeader((header) => (header.version = 2));
    const result = await readBackup(v2, passphrase);
    expect(result).toMatchObject({ ok: false, error: { kind: 'newer-version', fileVersion: 2 } });
    expect(!result.ok && result.error.message).toMatch(/Update Escalate/);
    expect(errorKind(await readBackup(backup, passphrase, { supportedVersion: 0 }))).toBe(
      'newer-version',
    );
  });

  it('a file over the size limit, before reading it', async () => {
    const result = await readBackup(backup, passphrase, { maxBytes: backup.length - 1 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(!result.ok && result.error.message).toMatch(/larger than any Escalate backup/);
  });

  it('content that inflates past the size limit, stopping there', async () => {
    const bomb = await writeBackup({ notes: 'x'.repeat(50_000) }, passphrase, meta, cheap);
    expect(bomb.length).toBeLessThan(10_000);
    const result = await readBackup(bomb, passphrase, { maxBytes: 10_000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('anything over 50 MB by default', async () => {
    expect(DEFAULT_MAX_BACKUP_BYTES).toBe(50 * 1024 * 1024);
    const huge = new Uint8Array(DEFAULT_MAX_BACKUP_BYTES + 1);
    huge.set(backup);
    expect(await readBackup(huge, passphrase)).toMatchObject({
      ok: false,
      error: { kind: 'too-large', sizeBytes: DEFAULT_MAX_BACKUP_BYTES + 1 },
    });
  });

  it('a changed header that still parses, as tampering', async () => {
    const edited = withHeader((header) => (header.appVersion = '9.9.9'));
    expect(errorKind(await readBackup(edited, passphrase))).toBe('wrong-passphrase-or-tampered');
  });

  it('a header that does not parse or has unknown fields, as a corrupt header', async () => {
    expect(
      errorKind(
        await readBackup(
          withHeader((h) => (h.extra = 1)),
          passphrase,
        ),
      ),
    ).toBe('corrupt-header');
    const broken = concatBytes(backup.subarray(0, 40), utf8Encode('}'), backup.subarray(40));
    expect(errorKind(await readBackup(broken, passphrase))).toBe('corrupt-header');
  });

  it('a file cut short anywhere in the body, as truncated', async () => {
    const newline = backup.indexOf(0x0a);
    for (const end of [newline + 1, newline + 10, backup.length - 1]) {
      expect(errorKind(await readBackup(backup.slice(0, end), passphrase))).toBe('truncated');
    }
  });

  it('a body with characters that are not base64, as damaged', async () => {
    const changed = backup.slice();
    changed[backup.length - 5] = 0x2a; // '*'
    expect(errorKind(await readBackup(changed, passphrase))).toBe('damaged');
  });
});

describe('readBackup on mutated files', () => {
  async function expectRefused(bytes: Uint8Array): Promise<void> {
    const result = await readBackup(bytes, passphrase);
    expect(result.ok).toBe(false);
  }

  it('refuses every single-byte change, in the header or the body', async () => {
    for (let i = 0; i < backup.length; i += 1) {
      for (const mask of [0x01, 0x20, 0x80]) {
        const changed = backup.slice();
        changed[i] = (changed[i] ?? 0) ^ mask;
        await expectRefused(changed);
      }
    }
  });

  const position = () => fc.nat({ max: backup.length });
  const options = { numRuns: 300 };

  it('refuses any flipped byte', async () => {
    await fc.assert(
      fc.asyncProperty(position(), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const changed = backup.slice();
        const index = Math.min(at, backup.length - 1);
        changed[index] = (changed[index] ?? 0) ^ mask;
        await expectRefused(changed);
      }),
      options,
    );
  });

  it('refuses any truncation', async () => {
    await fc.assert(
      fc.asyncProperty(position(), async (end) => {
        await expectRefused(backup.slice(0, Math.min(end, backup.length - 1)));
      }),
      options,
    );
  });

  it('refuses any inserted bytes', async () => {
    const inserted = fc.uint8Array({ minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(position(), inserted, async (at, extra) => {
        await expectRefused(concatBytes(backup.subarray(0, at), extra, backup.subarray(at)));
      }),
      options,
    );
  });

  it('refuses any deleted bytes', async () => {
    await fc.assert(
      fc.asyncProperty(position(), fc.integer({ min: 1, max: 8 }), async (at, count) => {
        const start = Math.min(at, backup.length - 1);
        await expectRefused(concatBytes(backup.subarray(0, start), backup.subarray(start + count)));
      }),
      options,
    );
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const withMagic = concatBytes(utf8Encode('{"format":"escalate-backup",'), bytes);
        await expectRefused(bytes);
        await expectRefused(withMagic);
      }),
      options,
    );
  });
});
