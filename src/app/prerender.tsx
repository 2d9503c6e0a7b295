// Pages the build writes out as HTML (scripts/prerendered-pages.mjs): Home and each built-in guide
// as the app first draws them in the browser, rendered from the app itself (its routes, layout and
// pages, in the same tree), so the browser paints the page's largest text before any JavaScript has
// run, and React then hydrates that markup rather than drawing the page again (decision 0064).
// What the app reads from the device (stored settings, counts, whether it is online) is drawn as a
// first visit has it, which is also what every read answers while React hydrates (useDatabaseAbsent,
// useOnlineStatus): the first client render is the same markup. prerender.test.tsx hydrates these
// pages and fails on any difference.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, type DataRouter } from 'react-router';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { App, appRoutes } from './app';
import { routerReady } from './router-start';

/** The pages the build writes, by their path in the app; `file` is the page's name in the build. */
export const prerenderedPages = (): { path: string; file: string; title?: string }[] => [
  { path: '/', file: 'index.html' },
  ...builtInPacks.map((pack) => ({
    path: `/guides/${pack.id}`,
    file: `guides/${pack.id}.html`,
    title: `${pack.partnership.shortName} step guide – Escalate`,
  })),
];

/** The app's tree, as main.tsx renders (and hydrates) it. */
export const appTree = (router: DataRouter) => (
  <StrictMode>
    <App router={router} />
  </StrictMode>
);

/**
 * Everything the app draws inside `#root` at `path` on its first render, before anything is read
 * from the device: the markup React hydrates (with the markers it needs, such as `<!-- -->` between
 * adjacent texts).
 */
export async function prerenderPage(path: string): Promise<string> {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  try {
    await routerReady(router);
    return renderToString(appTree(router));
  } finally {
    router.dispose();
  }
}
