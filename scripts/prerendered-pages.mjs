// Build step: pages written out as HTML, so that a phone paints their largest text before any
// JavaScript has run (decision 0047). The page Vite builds from index.html (the header, navigation
// and a busy main area with a loading line) becomes `shell.html`, which the server and the service
// worker send for every route without a page of its own; `index.html`, sent for `/`, is the same
// page with Home's main area drawn in (src/app/prerender.tsx renders it from the app's own
// components). No script is added: the Content-Security-Policy is unchanged.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The page every other route is sent (the generic shell). */
export const SHELL_PAGE = 'shell.html';

/** The busy main area of the shell in the built page, as index.html writes it. */
const SHELL_MAIN = /<main id="main-content" tabindex="-1" aria-busy="true">[\s\S]*?<\/main>/;

/** The shell page with its main area replaced by `main` (a whole `<main>` element). */
export function withMain(shell, main) {
  if (!SHELL_MAIN.test(shell)) throw new Error('The built page has no busy main area to replace.');
  return shell.replace(SHELL_MAIN, () => main);
}

async function loadPrerender() {
  const file = fileURLToPath(new URL('../src/app/prerender.tsx', import.meta.url));
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'warn' });
  return module;
}

/** @returns {import('vite').Plugin} */
export function prerenderedPages() {
  return {
    name: 'escalate-prerendered-pages',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const shell = String(page.source);
      const { prerenderHomeMain } = await loadPrerender();
      this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: shell });
      page.source = withMain(shell, prerenderHomeMain());
    },
  };
}
