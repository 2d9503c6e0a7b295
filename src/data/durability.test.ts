import { describe, expect, it } from 'vitest';
import { looksLikePrivateBrowsing } from './durability';

describe('private browsing detection', () => {
  it('flags a secure page with no service worker (Firefox private windows)', async () => {
    expect(await looksLikePrivateBrowsing({ isSecureContext: true, hasServiceWorker: false })).toBe(
      true,
    );
  });

  it('flags Chromium’s small incognito quota', async () => {
    const estimate = async () => ({ quota: 100 * 1024 * 1024, usage: 0 });
    expect(
      await looksLikePrivateBrowsing({ isSecureContext: true, hasServiceWorker: true, estimate }),
    ).toBe(true);
  });

  it('does not flag a normal profile with a share of the disk', async () => {
    const estimate = async () => ({ quota: 50 * 1024 ** 3, usage: 1024 });
    expect(
      await looksLikePrivateBrowsing({ isSecureContext: true, hasServiceWorker: true, estimate }),
    ).toBe(false);
  });
});
