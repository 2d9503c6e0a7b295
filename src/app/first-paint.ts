// The page paints before the app's code is fetched (decision 0053). The build lists, in a meta tag,
// every file main.tsx's steps will load (and, on a prerendered guide, the guide's own code); once
// the browser has drawn the page, main.tsx asks for them all at once, so the steps then wait for no
// network round trip. Until the first paint only the page, its stylesheet and main.tsx itself are
// fetched: on a slow phone the first paint does not share the line with 300 KB of code.

/** The meta tag's name; vite.config.ts and scripts/prerendered-pages.mjs write it. */
export const PRELOAD_META = 'escalate-preload';

/** The longest main.tsx waits for a paint that a visible page should have drawn long before. */
const PAINT_WAIT_LIMIT_MS = 1000;

/**
 * Resolves once the browser has drawn the page: a task after the next animation frame, which runs
 * just before the frame is drawn. A hidden page draws no frames, so it does not wait; nor does a page
 * whose frame never comes (it is hidden meanwhile), past PAINT_WAIT_LIMIT_MS.
 */
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function')
    return Promise.resolve();
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, PAINT_WAIT_LIMIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(limit);
        resolve();
      }, 0),
    );
  });
}

/** The files the page lists for preloading (none in development, where Vite serves modules). */
export function listedModules(doc: Document = document): string[] {
  const content = doc.querySelector(`meta[name="${PRELOAD_META}"]`)?.getAttribute('content') ?? '';
  return content.split(/\s+/).filter((file) => /^\/(?!\/)/.test(file));
}

/** How many preload links are added in one task: each costs the browser a little to start. */
const LINKS_PER_TASK = 5;

/**
 * Asks for every listed file (fetched and compiled, not run: main.tsx runs them in steps), a few
 * links per task, so that starting two dozen downloads is not one long task on a slow phone.
 */
export async function preloadListedModules(doc: Document = document): Promise<void> {
  const files = listedModules(doc);
  for (let start = 0; start < files.length; start += LINKS_PER_TASK) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const href of files.slice(start, start + LINKS_PER_TASK)) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
  }
}
