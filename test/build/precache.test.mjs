// Build test: the service worker precaches the shell and every chunk the app can load later, so
// nothing is missing offline; jsPDF's unused optional chunks stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const OPTIONAL = [/^html2canvas/, /^index\.es/, /^purify/];

function precachedUrls() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
}

test('precaches the shell: page, manifest, icons', () => {
  const urls = precachedUrls();
  for (const file of [
    'index.html',
    'shell.html',
    'manifest.webmanifest',
    'icons/favicon-32.png',
    'apple-touch-icon.png',
    'icons/icon-192.png',
    'icons/icon-512.png',
    'icons/icon-maskable-512.png',
  ]) {
    assert.ok(urls.has(file), `${file} is not precached`);
  }
});

test('precaches every script, stylesheet and font the app may load later', () => {
  const urls = precachedUrls();
  const assets = readdirSync(join(DIST, 'assets')).filter((name) =>
    /\.(js|css|ttf|woff2)$/.test(name),
  );
  assert.ok(
    assets.some((name) => name.endsWith('.js')),
    'the build has no scripts',
  );
  const missing = assets
    .filter((name) => !OPTIONAL.some((pattern) => pattern.test(name)))
    .filter((name) => !urls.has(`assets/${name}`));
  assert.deepEqual(missing, []);
});

test('leaves jsPDF’s unused optional chunks out of the precache', () => {
  const urls = [...precachedUrls()];
  const optional = urls.filter((url) =>
    OPTIONAL.some((pattern) => pattern.test(url.replace('assets/', ''))),
  );
  assert.deepEqual(optional, []);
});

test('serves deep links from the precached shell offline, and Home from its own page', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /NavigationRoute/);
  assert.match(sw, /createHandlerBoundToURL\("shell\.html"\)/);
  // The precache route (registered before the navigation route) answers `/` with index.html.
  assert.ok(sw.indexOf('precacheAndRoute') < sw.indexOf('NavigationRoute'));
  assert.doesNotMatch(
    sw,
    /directoryIndex|cleanURLs:\s*!1/,
    'Workbox must keep its default / -> index.html',
  );
});

test('index.html paints Home from HTML; shell.html is the busy frame for every other route', () => {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  const shell = readFileSync(join(DIST, 'shell.html'), 'utf8');
  assert.match(home, /<main id="main-content" tabindex="-1"><h1>Escalate<\/h1><p class="lead">/);
  assert.doesNotMatch(home, /aria-busy/);
  assert.match(shell, /<main id="main-content" tabindex="-1" aria-busy="true">/);
  assert.doesNotMatch(shell, /class="lead"/);
  // Home holds the app's whole first render, for React to hydrate; the shell is replaced.
  assert.match(home, /<div id="root" data-prerendered="\/">/);
  assert.match(home, /<footer class="site-footer">/);
  assert.match(shell, /<div id="root">/);
  // The same head (scripts, stylesheet, Content-Security-Policy): only the main area differs.
  const head = (html) => html.slice(0, html.indexOf('</head>'));
  assert.equal(head(home), head(shell));
});

test('puts the Content-Security-Policy in the built page', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(
    html,
    /https?:\/\/(?!www\.w3\.org)/,
    'the page must load nothing from another origin',
  );
});

test('switches zod to jitless before any module chunk runs, and works offline', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const jitless = html.indexOf('<script defer src="/zod-jitless.js"></script>');
  const firstModule = html.indexOf('<script type="module"');
  assert.ok(jitless >= 0, 'index.html does not load zod-jitless.js');
  assert.ok(firstModule > jitless, 'a module script runs before zod is made jitless');
  assert.match(readFileSync(join(DIST, 'zod-jitless.js'), 'utf8'), /jitless: true/);
  assert.ok(precachedUrls().has('zod-jitless.js'), 'zod-jitless.js is not precached');
});

test('each built-in guide has its own page, precached, with its first screenful and its code', () => {
  const urls = precachedUrls();
  const guides = readdirSync(join(DIST, 'guides')).filter((name) => name.endsWith('.html'));
  assert.equal(guides.length, 5, 'one page for each of the five built-in guides');
  const shell = readFileSync(join(DIST, 'shell.html'), 'utf8');
  for (const name of guides) {
    assert.ok(urls.has(`guides/${name}`), `guides/${name} is not precached`);
    const html = readFileSync(join(DIST, 'guides', name), 'utf8');
    assert.match(html, /<main id="main-content" tabindex="-1"><div class="guide"><header/);
    assert.ok(
      html.includes(`<div id="root" data-prerendered="/guides/${name.replace(/\.html$/, '')}">`),
      `guides/${name} is not marked with its own path for hydration`,
    );
    assert.match(html, /<h1>[^<]+<\/h1>/);
    assert.match(html, /<title>[^<]+ step guide – Escalate<\/title>/);
    assert.match(html, /<meta name="escalate-preload" content="[^"]*\/assets\/guide-routes-/);
    assert.match(
      html,
      /<link rel="stylesheet" crossorigin href="\/assets\/guide-routes-[^"]+\.css">/,
    );
    // No script beyond the shell's own (the Content-Security-Policy allows no inline script).
    const scripts = (page) => page.match(/<script[^>]*>/g);
    assert.deepEqual(scripts(html), scripts(shell));
    assert.doesNotMatch(html, /aria-busy/);
  }
});
