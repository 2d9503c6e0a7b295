// Build test: main.tsx starts the app in steps (dynamic imports, a task each) once the page has
// painted; every file those steps load is listed in the page for main.tsx to preload then, and
// nothing but the stylesheets and one small entry is fetched before the first paint (decision 0053).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** The files a built page lists for main.tsx to preload after its first paint. */
const listedForPreload = (html) =>
  new Set(
    (/<meta name="escalate-preload" content="([^"]*)"/.exec(html)?.[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((file) => file.replace(/^\//, '')),
  );

test('the page lists every file the entry loads step by step, for preloading after it paints', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(entry, 'index.html has no module entry script');
  const listed = listedForPreload(html);
  const code = readFileSync(join(DIST, entry), 'utf8');
  const stepFiles = [...code.matchAll(/["'`](assets\/[^"'`]+\.js)["'`]/g)].map((match) => match[1]);
  assert.ok(
    [...code.matchAll(/import\(/g)].length >= 2,
    'the entry no longer loads the app in steps',
  );
  assert.ok(stepFiles.length >= 5, 'the entry names too few files for its steps');
  for (const file of stepFiles) assert.ok(listed.has(file), `${file} is not listed for preloading`);
});

/** The files a built script imports statically (`from"./x.js"` or `import"./x.js"`), as dist paths. */
const staticImports = (file) =>
  [
    ...readFileSync(join(DIST, file), 'utf8').matchAll(
      /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g,
    ),
  ].map((match) => `assets/${match[1]}`);

test('each page lists a file after the files it imports, so main.tsx runs one file per task', () => {
  const pages = [
    'index.html',
    ...readdirSync(join(DIST, 'guides')).map((page) => `guides/${page}`),
  ];
  for (const page of pages) {
    const listed = [...listedForPreload(readFileSync(join(DIST, page), 'utf8'))];
    assert.ok(listed.length > 5, `${page} lists too few files`);
    listed.forEach((file, position) => {
      for (const imported of staticImports(file)) {
        const at = listed.indexOf(imported);
        if (at === -1) continue; // loaded by the entry itself (the preload helper, the runtime)
        assert.ok(at < position, `${page} lists ${file} before ${imported}, which it imports`);
      }
    });
  }
});

test('the entry is small and imports nothing of the app before the first paint', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const code = readFileSync(join(DIST, entry), 'utf8');
  assert.ok(statSync(join(DIST, entry)).size < 8 * 1024, `${entry} is no longer small`);
  const staticImports = [...code.matchAll(/^import[^;]*?from\s*"\.\/([^"]+)"/gm)].map((m) => m[1]);
  for (const file of staticImports)
    assert.ok(
      statSync(join(DIST, 'assets', file)).size < 4 * 1024,
      `the entry imports ${file} before the page paints`,
    );
});

/** What a built page draws inside #root before any script runs. */
function staticRoot(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const root = /<div id="root"[^>]*>([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1];
  assert.ok(root, `${page} has no static shell inside #root`);
  return { html, root };
}

for (const page of ['shell.html', 'index.html'])
  test(`${page} paints its header and navigation before any script runs`, () => {
    const { root } = staticRoot(page);
    assert.match(root, /<header class="site-header">/);
    assert.match(root, /<nav class="site-nav" aria-label="Main">/);
    assert.doesNotMatch(root, /<script|<button|style=/, `${page} has a script, control or style`);
  });

test('the shell paints its header, navigation and a loading line before any script runs', () => {
  const { html, root } = staticRoot('shell.html');
  assert.match(root, /<header class="site-header">/);
  assert.match(root, /<nav class="site-nav" aria-label="Main">/);
  for (const route of ['/', '/guides', '/escalations', '/settings']) {
    assert.match(
      root,
      new RegExp(`<a href="${route}" data-label=`),
      `the shell has no link to ${route}`,
    );
  }
  assert.match(root, /<main id="main-content" tabindex="-1" aria-busy="true">/);
  assert.match(root, /role="status">Loading Escalate…</);
  assert.doesNotMatch(
    root,
    /<script|<button|style=/,
    'the shell has a script, control or inline style',
  );
  const stylesheet = html.indexOf('rel="stylesheet"');
  assert.ok(
    stylesheet > 0 && stylesheet < html.indexOf('</head>'),
    'the stylesheet is not in <head>',
  );
});

test('before it paints, each page asks for its stylesheets and one small entry script only', () => {
  const pages = [
    'index.html',
    'shell.html',
    ...readdirSync(join(DIST, 'guides')).map((name) => `guides/${name}`),
  ];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    assert.doesNotMatch(html, /rel="modulepreload"/, `${page} preloads code before it paints`);
    const modules = html.match(/<script type="module"[^>]*>/g) ?? [];
    assert.equal(modules.length, 1, `${page} has more than one module script`);
    assert.match(modules[0], /fetchpriority="low"/, `${page}: ${modules[0]}`);
    assert.ok(listedForPreload(html).size > 5, `${page} lists too few files for after its paint`);
    assert.doesNotMatch(html, /rel="stylesheet"[^>]*fetchpriority/);
  }
});
