// The local server (`npm start`) answers a malformed URL with 400 and keeps serving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

function get(url, path) {
  return new Promise((done, fail) => {
    const req = request(`${url}${path}`, { method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode));
    });
    req.on('error', fail);
    req.setTimeout(5_000, () => req.destroy(new Error(`No answer for ${path}`)));
    req.end();
  });
}

test('answers a malformed URL with 400, then still serves the app', async () => {
  const root = mkdtempSync(join(tmpdir(), 'escalate-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Escalate</title>');
  const server = await startServer({ root, port: 0 });
  try {
    assert.equal(await get(server.url, '/%E0%A4%A'), 400);
    assert.equal(await get(server.url, '/records/%'), 400);
    assert.equal(await get(server.url, '/'), 200);
    assert.equal(await get(server.url, '/records/abc'), 200);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
