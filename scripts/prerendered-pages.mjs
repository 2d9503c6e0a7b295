// Build step: pages written out as HTML, so that a phone paints their largest text before any
// JavaScript has run (decision 0047). The page Vite builds from index.html (the header, navigation
// and a busy main area with a loading line) becomes `shell.html`, which the server and the service
// worker send for every route without a page of its own; `index.html`, sent for `/`, is the same
// page with Home's main area drawn in, and `guides/<id>.html`, sent for `/guides/<id>`, has the
// first screenful of each built-in guide (src/app/prerender.tsx renders both from the app's own
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
const ignoreStylesheets = {
  name: 'escalate-prerender-ignore-css',
  enforce: 'pre',
  resolveId: (source) => (source.endsWith('.css') ? NO_CSS : null),
  load: (id) => (id === NO_CSS ? 'export {};' : null),
};

async function loadPrerender() {
  const file = fileURLToPath(new URL('../src/app/prerender.tsx', import.meta.url));
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
export function guidePage(shell, { main, title, scripts, styles }) {
  const head = styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
  const page = withMain(shell, main)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`)
    .replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`);
  return withPreloads(page, scripts);
}

const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
      const { prerenderHomeMain, prerenderGuideMain, prerenderedGuides } = await loadPrerender();
      this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: shell });
      page.source = withMain(shell, prerenderHomeMain());
      const files = routeFiles(bundle, 'src/app/guide-routes.tsx');
      for (const guide of prerenderedGuides()) {
        const main = prerenderGuideMain(guide.path.slice('guides/'.length));
        this.emitFile({
          type: 'asset',
          fileName: `${guide.path}.html`,
          source: guidePage(shell, { main, title: guide.title, ...files }),
        });
      }
    },
  };
}
