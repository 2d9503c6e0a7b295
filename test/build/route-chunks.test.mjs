// Build test: the anonymiser's gazetteer of towns (about 58 kB gzip) loads with the notification
// review only, not with the record pages, which a practitioner opens far more often.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ASSETS = new URL('../../dist/assets/', import.meta.url).pathname;
/** A name from the gazetteer's list (src/domain/anonymise/gazetteer/gb-settlements.ts). */
const GAZETTEER_NAME = 'abbess roding';

/** The route's chunk and every chunk it imports statically: what opening the route evaluates. */
function routeCode(route) {
  const first = readdirSync(ASSETS).find(
    (name) => name.startsWith(`${route}-`) && name.endsWith('.js'),
  );
  assert.ok(first, `no ${route} chunk in dist/assets`);
  const seen = new Set();
  const code = [];
  for (const queue = [first]; queue.length > 0;) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(ASSETS, name), 'utf8');
    code.push(text);
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(match[1]);
  }
  return code.join('\n');
}

test('the record pages load without the gazetteer; the notification review loads it', () => {
  assert.ok(
    routeCode('notifications-route').includes(GAZETTEER_NAME),
    'the notification review does not carry the gazetteer (has its list changed?)',
  );
  assert.ok(
    !routeCode('escalations-route').includes(GAZETTEER_NAME),
    'the record pages carry the gazetteer',
  );
});
