// Build test: main.tsx starts the app in steps (dynamic imports, a task each); every file those
// steps load is preloaded by the page itself, so the steps add no network round trip on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
