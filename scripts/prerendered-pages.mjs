// Build step: pages written out as HTML, so that a phone paints their largest text before any
// JavaScript has run (decision 0047), and React hydrates them rather than drawing them again
// (decision 0064). The page Vite builds from index.html (the header, navigation and a busy main
// area with a loading line) becomes `shell.html`, which the server and the service worker send for
// every route without a page of its own; `index.html`, sent for `/`, and `guides/<id>.html`, sent
// for `/guides/<id>`, hold in `#root` everything the app draws first at that address
// (src/app/prerender.tsx renders it with the app itself), marked with the path it was drawn for.
// No script is added: the Content-Security-Policy is unchanged.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The page every other route is sent (the generic shell). */
export const SHELL_PAGE = 'shell.html';

/** The `#root` element of the built page and its content: everything up to the end of the body. */
const ROOT = /<div id="root">[\s\S]*<\/div>(?=\s*<\/body>)/;

/**
 * The shell page with `#root` holding `markup` (what the app draws at `path`), marked with that
 * path (src/app/router-start.ts reads it to decide whether to hydrate).
 */
export function withRoot(shell, markup, path) {
  if (!ROOT.test(shell)) throw new Error('The built page has no #root to draw into.');
  return shell.replace(
    ROOT,
    () => `<div id="root" data-prerendered="${escapeAttribute(path)}">${markup}</div>`,
  );
}

/** The meta tag listing the files main.tsx preloads after the first paint (src/app/first-paint.ts). */
const PRELOAD_META = /<meta name="escalate-preload" content="([^"]*)" \/>/;

/** The page, listing `files` (built paths, without the leading slash) for preloading after its first paint. */
export function withPreloads(html, files) {
  const listed = PRELOAD_META.exec(html)?.[1].split(' ').filter(Boolean) ?? [];
  const all = [...new Set([...listed, ...files.map((file) => `/${file}`)])];
  const tag = `<meta name="escalate-preload" content="${all.join(' ')}" />`;
  if (PRELOAD_META.test(html)) return html.replace(PRELOAD_META, () => tag);
  return html.replace('</head>', () => `  ${tag}\n  </head>`);
}

/** Stylesheets are the build's business: to the renderer each is an empty module. */
const NO_CSS = '\0escalate-prerender-no-css';
/** The service worker's registration (vite-plugin-pwa's virtual module): nothing to report yet. */
const NO_SW = '\0escalate-prerender-no-service-worker';
const NO_SW_MODULE = `import { useState } from 'react';
export function useRegisterSW() {
  return { needRefresh: useState(false), offlineReady: useState(false), updateServiceWorker: async () => {} };
}`;
const ignoreStylesheets = {
  name: 'escalate-prerender-ignore-css',
  enforce: 'pre',
  resolveId: (source) =>
    source.endsWith('.css') ? NO_CSS : source === 'virtual:pwa-register/react' ? NO_SW : null,
  load: (id) => (id === NO_CSS ? 'export {};' : id === NO_SW ? NO_SW_MODULE : null),
};

async function loadPrerender() {
  const file = fileURLToPath(new URL('../src/app/prerendered-markup.ts', import.meta.url));
  const { module } = await runnerImport(file, {
    configFile: false,
    logLevel: 'warn',
    plugins: [ignoreStylesheets],
  });
  return module;
}

/** The built chunk of `source` (a lazy route's module), with every file it imports statically. */
function routeFiles(bundle, source) {
  const chunk = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(source),
  );
  if (!chunk) throw new Error(`The build has no chunk for ${source}.`);
  // Each file after the files it imports: main.tsx runs the listed files in this order, one per
  // task (src/app/first-paint.ts), so that each is evaluated on its own.
  const seen = new Set();
  const scripts = [];
  const styles = new Set();
  const visit = (name) => {
    const file = bundle[name];
    if (seen.has(name) || file?.type !== 'chunk') return;
    seen.add(name);
    file.viteMetadata?.importedCss.forEach((css) => styles.add(css));
    file.imports.forEach(visit);
    scripts.push(name);
  };
  visit(chunk.fileName);
  return { scripts, styles: [...styles] };
}

/**
 * A guide's page: the shell with the guide drawn in, its title, the guide's own stylesheets, and its
 * code listed with the app's for main.tsx to ask for once the page has painted (the code would
 * otherwise wait for the router to ask for it).
 */
export function guidePage(shell, { markup, path, title, scripts, styles }) {
  const head = styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
  const page = withRoot(shell, markup, path)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`)
    .replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`);
  return withPreloads(page, scripts);
}

const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

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
      const { prerenderedMarkup } = await loadPrerender();
      this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: shell });
      const files = routeFiles(bundle, 'src/app/guide-routes.tsx');
      for (const { path, file, title, markup } of prerenderedMarkup) {
        // The router draws its error page when a route fails to load or render: never ship that.
        if (!markup.includes('<main id="main-content" tabindex="-1">'))
          throw new Error(`The prerendered page for ${path} did not draw the app's main area.`);
        if (file === 'index.html') {
          page.source = withRoot(shell, markup, path);
          continue;
        }
        this.emitFile({
          type: 'asset',
          fileName: file,
          source: guidePage(shell, { markup, path, title, ...files }),
        });
      }
    },
  };
}
