// The page paints before the app's code is fetched (decision 0053). The build lists, in a meta tag,
// every file main.tsx's steps will load (and, on a prerendered guide, the guide's own code); once
// the browser has drawn the page, main.tsx asks for them all, two per task, so the steps then wait
// for no network round trip. Until the first paint only the page, its stylesheet and main.tsx
// itself are fetched: on a slow phone the first paint does not share the line with 300 KB of code.

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

/**
 * Ends the current task: what follows runs in a new one, so the browser may paint and handle input
 * in between. A message, not `setTimeout(0)`: after five nested timers a browser waits at least
 * 4 ms for each, and start-up takes a few dozen steps.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * How many preload links are added in one task: starting each download costs the main thread 1-3 ms
 * on a phone, so two dozen at once were one long task.
 */
export const LINKS_PER_TASK = 2;

/**
 * Asks for every listed file (fetched and compiled, not run: main.tsx runs them in steps), a few
 * links per task, so that starting two dozen downloads is not one long task on a slow phone.
 */
export async function preloadListedModules(doc: Document = document): Promise<void> {
  const files = listedModules(doc);
  for (let start = 0; start < files.length; start += LINKS_PER_TASK) {
    if (start > 0) await nextTask();
    for (const href of files.slice(start, start + LINKS_PER_TASK)) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
  }
}

/**
 * Runs every listed file, one per task, in the order listed (the build lists a file after the files
 * it imports): a file whose imports have all run is evaluated on its own. Files main.tsx's steps
 * already ran cost nothing. Without this, the first page's code (a guide's dozen files) was
 * evaluated in one long task when the router asked for it. A file that fails to run is left for the
 * router, which asks for it again and shows the error page.
 */
export async function runListedModules(
  doc: Document = document,
  load: (file: string) => Promise<unknown> = (file) => import(/* @vite-ignore */ file),
): Promise<void> {
  for (const file of listedModules(doc)) {
    try {
      await load(file);
    } catch {
      // The router reports it.
    }
    await nextTask();
  }
}
