// What the router does, slowly the first time in a page, when main.tsx makes it: done beforehand,
// each in a task of its own, so that making the router is not one long task on a phone; and how
// main.tsx knows when to render, and whether to hydrate the page's HTML.
import type { DataRouter } from 'react-router';

/**
 * Reads sessionStorage once. The first read in a page opens the tab's storage (3-9 ms here); the
 * router reads it when it is made (the view transitions it restores). Nothing is stored.
 */
export function warmSessionStorage(storage: () => Storage = () => window.sessionStorage): void {
  try {
    storage().getItem('escalate:warm-up');
  } catch {
    // Storage turned off: the router copes, as it would without this.
  }
}

/**
 * Writes the page's place in history (`idx: 0`) into history.state, as the router does on a page's
 * first load when it is missing, keeping everything else in the state. Nothing happens when the
 * state already has one (a reload, or a page reached by back or forward).
 */
export function recordHistoryIndex(history: History = window.history): void {
  const state: unknown = history.state;
  const current = typeof state === 'object' && state !== null ? state : {};
  if ('idx' in current && current.idx != null) return;
  history.replaceState({ ...current, idx: 0 }, '');
}

/** Resolves once `router` has loaded the first page's code (a lazy route) and can render it. */
export function routerReady(router: Pick<DataRouter, 'state' | 'subscribe'>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The attribute the build writes on `#root` of a prerendered page: the path it was drawn for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * Whether `root` holds the app's own markup for this address, written at build time (decision
 * 0064), which React can hydrate: the page was prerendered for this path, with no query (a query,
 * such as a guide's `?step=`, may draw something else; such pages get the shell anyway).
 */
export function prerenderedHere(root: Element, location: Location = window.location): boolean {
  return root.getAttribute(PRERENDERED_ATTRIBUTE) === location.pathname && location.search === '';
}
