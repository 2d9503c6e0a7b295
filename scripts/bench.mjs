// The benchmark: builds the app and prints its sizes, then measures in headless Chromium the
// record screens at 100 and 10,000 escalations, unlocking, decrypting, the notification PDF and
// the anonymiser's precision and recall, each against its budget. Exits 1 when a figure is over.
// Lighthouse then scores Home and a guide (mobile performance and layout shift, median of three;
// not judged on a busy machine) and the layout shift of Settings.
// `npm run bench -- --sizes-only` skips the browser parts; `-- --no-lighthouse` skips Lighthouse;
// `-- --lighthouse-only` runs only Lighthouse;
// `-- --records-only --no-lighthouse` times only the record screens at 100 and 10,000 escalations;
// `-- --register-only` times only the register (with --no-lighthouse).
import { spawnSync } from 'node:child_process';
import { browserFigures } from './bench-browser.mjs';
import { lighthouseFigures } from './bench-lighthouse.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const KB = 1024;
/** gzip size of an empty React 19 + vite-plugin-pwa + Dexie + react-hook-form + zod app (issue #2). */
const EMPTY_STACK_JS_GZIP = 134 * KB;
const BUDGETS = {
  firstLoadJs: 1.25 * EMPTY_STACK_JS_GZIP,
  firstLoadCss: 20 * KB,
  // 3.5 MB, plus the passphrase estimator's dictionaries (~1.6 MB raw, loaded on demand but
  // precached so a passphrase can be set offline on first run: issue #12), plus 50 KB for the
  // anonymiser's rules as issue #9 goes on, plus 40 KB for the register's spreadsheet facts,
  // the themes' ties and dates, and the case file's and review's fixes (decision 0073).
  precache: (5.25 * 1024 + 90) * KB,
  pdfChunk: 160 * KB,
};

function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function format(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** Files the home page loads before it can render: entry scripts, preloads and stylesheets. */
function firstLoadFiles() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

function precachedFiles() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).concat(['sw.js']);
}

export function measureSizes() {
  const first = firstLoadFiles();
  const js = first
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSize(join(DIST, f)), 0);
  const css = first
    .filter((f) => f.endsWith('.css'))
    .reduce((sum, f) => sum + gzipSize(join(DIST, f)), 0);
  const precache = precachedFiles().reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
  const lazy = readdirSync(join(DIST, 'assets'))
    .filter((name) => name.endsWith('.js') && !first.includes(`assets/${name}`))
    .map((name) => ({ name, gzip: gzipSize(join(DIST, 'assets', name)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { js, css, precache, lazy };
}

export function row(label, value, budget) {
  const verdict = budget === undefined ? '' : value <= budget ? 'ok' : 'OVER BUDGET';
  const budgetText = budget === undefined ? '' : format(budget);
  console.log(
    `${label.padEnd(44)} ${format(value).padStart(10)} ${budgetText.padStart(10)}  ${verdict}`,
  );
  return budget === undefined || value <= budget;
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sizes = measureSizes();
console.log(
  `\n${'Escalate size benchmark'.padEnd(44)} ${'figure'.padStart(10)} ${'budget'.padStart(10)}`,
);
const results = [
  row('First-load JS of the home page (gzip)', sizes.js, BUDGETS.firstLoadJs),
  row('First-load CSS of the home page (gzip)', sizes.css, BUDGETS.firstLoadCss),
  row('Service-worker precache (raw)', sizes.precache, BUDGETS.precache),
];
console.log(
  `  (JS is ${(sizes.js / EMPTY_STACK_JS_GZIP).toFixed(2)}× the empty-stack app; budget 1.25×)`,
);
console.log('\nLazy chunks, loaded on demand (gzip):');
for (const chunk of sizes.lazy)
  console.log(`  ${chunk.name.padEnd(52)} ${format(chunk.gzip).padStart(10)}`);
const pdfChunk = sizes.lazy.find((chunk) => chunk.name.startsWith('render-notification'));
if (pdfChunk)
  results.push(row('PDF engine chunk, loaded on demand (gzip)', pdfChunk.gzip, BUDGETS.pdfChunk));
if (!process.argv.includes('--sizes-only')) {
  if (!process.argv.includes('--lighthouse-only')) results.push(...(await browserFigures()));
  if (!process.argv.includes('--no-lighthouse')) results.push(...(await lighthouseFigures()));
}
process.exit(results.every(Boolean) ? 0 : 1);
