import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBuiltInPack } from '../domain/policy/built-in-packs';
import { buildBlankFormModel } from '../domain/notification/notification-model';
import { extractPdf } from '../../test/fixtures/notifications/pdf-text';

/** Serves the font files the way the built app does: by URL, from src/pdf/fonts on disk. */
function fontServer() {
  return vi.fn(async (url: string) => {
    const name = /DejaVuSans(-Bold)?\.ttf/.exec(url)?.[0];
    if (!name) return new Response(null, { status: 404 });
    return new Response(readFileSync(new URL(`./fonts/${name}`, import.meta.url)));
  });
}

async function freshModules() {
  vi.resetModules();
  const generate = await import('./generate-notification');
  const fonts = await import('./load-fonts');
  return { ...generate, ...fonts };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('generateNotificationPdf', () => {
  it('returns a PDF file rendered with the fonts it fetched', async () => {
    const fetch = fontServer();
    vi.stubGlobal('fetch', fetch);
    const { generateNotificationPdf } = await freshModules();
    const pack = findBuiltInPack('wiltshire-scb-2013');
    if (!pack) throw new Error('no Wiltshire pack');
    const blob = await generateNotificationPdf(buildBlankFormModel(pack));
    expect(blob.type).toBe('application/pdf');
    const pdf = await extractPdf(new Uint8Array(await blob.arrayBuffer()));
    expect(pdf.pages[0]).toContain('OFFICIAL-SENSITIVE');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('fetches the fonts once, then serves them from memory', async () => {
    const fetch = fontServer();
    vi.stubGlobal('fetch', fetch);
    const { loadNotificationFonts, preloadNotificationPdf } = await freshModules();
    await preloadNotificationPdf();
    const [first, second] = await Promise.all([loadNotificationFonts(), loadNotificationFonts()]);
    expect(first).toBe(second);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed font load', async () => {
    const failing = vi.fn(async () => new Response(null, { status: 503 }));
    vi.stubGlobal('fetch', failing);
    const { loadNotificationFonts } = await freshModules();
    await expect(loadNotificationFonts()).rejects.toThrow(/could not be loaded/);
    vi.stubGlobal('fetch', fontServer());
    await expect(loadNotificationFonts()).resolves.toHaveProperty('regular');
  });
});
