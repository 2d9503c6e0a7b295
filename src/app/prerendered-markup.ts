// What the build writes into each prerendered page (scripts/prerendered-pages.mjs loads this module
// through Vite's module runner). The runner closes once this module has loaded, and a page's own
// code is a lazy route the router imports through it: so every page is rendered while this module
// loads, not afterwards.
import { prerenderedPages, prerenderPage } from './prerender';

const pages: { path: string; file: string; title?: string; markup: string }[] = [];
for (const page of prerenderedPages())
  pages.push({ ...page, markup: await prerenderPage(page.path) });

/** Home and each built-in guide: its path, the file the build writes, its title and its markup. */
export const prerenderedMarkup = pages;
