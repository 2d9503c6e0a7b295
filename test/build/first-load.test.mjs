// Build test: main.tsx starts the app in steps (dynamic imports, a task each); every file those
// steps load is preloaded by the page itself, so the steps add no network round trip on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;

test('the page preloads every file the entry loads, statically or step by step', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(entry, 'index.html has no module entry script');
  const preloaded = new Set(
    [...html.matchAll(/<link rel="modulepreload" crossorigin href="\/(assets\/[^"]+)"/g)].map(
      (match) => match[1],
    ),
  );
  const code = readFileSync(join(DIST, entry), 'utf8');
  const loaded = new Set([
    ...[...code.matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map(
      (match) => `assets/${match[1]}`,
    ),
    ...[...code.matchAll(/["'`](assets\/[^"'`]+\.js)["'`]/g)].map((match) => match[1]),
  ]);
  assert.ok(
    [...code.matchAll(/import\(/g)].length >= 2,
    'the entry no longer loads the app in steps',
  );
  for (const file of loaded) assert.ok(preloaded.has(file), `${file} is not preloaded`);
});

/** What a built page draws inside #root before any script runs. */
function staticRoot(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const root = /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1];
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

test('every script the pages ask for is fetched at low priority, the stylesheet as usual', () => {
  const pages = [
    'index.html',
    'shell.html',
    ...readdirSync(join(DIST, 'guides')).map((name) => `guides/${name}`),
  ];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const scripts = html.match(/<(?:script type="module"|link rel="modulepreload")[^>]*>/g) ?? [];
    assert.ok(scripts.length > 5, `${page} asks for too few scripts`);
    for (const tag of scripts) assert.match(tag, /fetchpriority="low"/, `${page}: ${tag}`);
    assert.doesNotMatch(html, /rel="stylesheet"[^>]*fetchpriority/);
  }
});
