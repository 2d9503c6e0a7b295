// The local server (`npm start`) answers a malformed URL with 400 and keeps serving, and sends text
// compressed when the browser takes it, compressed in advance so no first request waits for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

test('sends a route its own prerendered page, else the shell, and / the home page', async () => {
  const root = mkdtempSync(join(tmpdir(), 'escalate-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(root, 'shell.html'), '<!doctype html><title>Shell</title>');
  mkdirSync(join(root, 'guides'));
  writeFileSync(join(root, 'guides', 'a-pack.html'), '<!doctype html><title>A guide</title>');
  const server = await startServer({ root, port: 0 });
  const title = async (path) =>
    /<title>(.*)<\/title>/.exec(String((await fetchRaw(server.url, path)).body))?.[1];
  try {
    assert.equal(await title('/'), 'Home');
    assert.equal(await title('/guides/a-pack'), 'A guide');
    assert.equal(await title('/guides/a-pack?step=s1'), 'A guide');
    assert.equal(await title('/guides/another-pack'), 'Shell');
    assert.equal(await title('/settings'), 'Shell');
    assert.equal(await get(server.url, '/assets/missing.js'), 404);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

function fetchRaw(url, path, acceptEncoding) {
  return new Promise((done, fail) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    const req = request(`${url}${path}`, { method: 'GET', headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(5_000, () => req.destroy(new Error(`No answer for ${path}`)));
    req.end();
  });
}

test('sends scripts compressed with Brotli or gzip as the browser asks, and plain otherwise', async () => {
  const root = mkdtempSync(join(tmpdir(), 'escalate-serve-'));
  const script = `export const words = ${JSON.stringify('safeguarding '.repeat(500))};\n`;
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Escalate</title>');
  writeFileSync(join(root, 'app.js'), script);
  const server = await startServer({ root, port: 0 });
  try {
    const br = await fetchRaw(server.url, '/app.js', 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.ok(br.body.length < script.length / 4, 'the Brotli body is much smaller');
    assert.equal(brotliDecompressSync(br.body).toString(), script);

    const gzip = await fetchRaw(server.url, '/app.js', 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.body).toString(), script);

    const plain = await fetchRaw(server.url, '/app.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), script);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('compresses the text files as it starts, before anyone asks for them', async () => {
  const root = mkdtempSync(join(tmpdir(), 'escalate-serve-'));
  const file = join(root, 'app.js');
  const before = `export const words = ${JSON.stringify('before '.repeat(500))};\n`;
  const after = `export const words = ${JSON.stringify('after '.repeat(500))};\n`;
  const stamp = new Date('2026-01-01T00:00:00Z');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Escalate</title>');
  writeFileSync(file, before);
  utimesSync(file, stamp, stamp);
  const server = await startServer({ root, port: 0 });
  try {
    await server.ready;
    // Changed behind the server's back with its time kept: only a body compressed in advance
    // still holds the old text.
    writeFileSync(file, after);
    utimesSync(file, stamp, stamp);
    const br = await fetchRaw(server.url, '/app.js', 'br');
    assert.equal(brotliDecompressSync(br.body).toString(), before);
    assert.equal((await fetchRaw(server.url, '/app.js')).body.toString(), after);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('sends the security headers with every answer, errors included', async () => {
  const root = mkdtempSync(join(tmpdir(), 'escalate-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Escalate</title>');
  const server = await startServer({ root, port: 0 });
  try {
    // The page, a missing asset (404) and a malformed URL (400).
    for (const path of ['/', '/assets/missing.js', '/%E0%A4%A']) {
      const { headers } = await fetchRaw(server.url, path);
      const csp = String(headers['content-security-policy']);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/, path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
      assert.equal(headers['referrer-policy'], 'no-referrer', path);
      assert.equal(headers['cross-origin-opener-policy'], 'same-origin', path);
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
