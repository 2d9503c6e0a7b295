// Serves the production build (dist/) on 127.0.0.1 with the service worker, SPA deep links and the
// same security headers a real host should send, and text compressed (Brotli or gzip) as a real host
// would. Used by `npm start` and by the browser tests. Every text file is compressed once, in the
// background as the server starts (`ready` says when that is done), so that no visitor, and no
// Lighthouse run, waits while a 200 KB script is compressed on its first request.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentSecurityPolicy } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sent with every answer, errors included (docs/security.md, "Content-Security-Policy"). */
const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

async function fileFor(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    return info.isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);
/** Compressed bodies by encoding, file and modification time: each file is compressed once. */
const compressed = new Map();

/** True for a text file big enough to be worth compressing. */
const worthCompressing = (file, size) => size >= 1024 && COMPRESSIBLE.has(extname(file));
/** The key of a file's compressed body: a changed file is compressed again. */
const compressedKey = (encoding, file, modified) => `${encoding} ${file} ${modified}`;

/** The encoding to answer with: Brotli, then gzip, when the client takes it; else none. */
function encodingFor(request, file, size) {
  if (!worthCompressing(file, size)) return undefined;
  const accepted = String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

const brotliOptions = (body) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 9,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  },
});
const GZIP_OPTIONS = { level: 9 };
const brotliAsync = promisify(brotliCompress);

function compress(body, encoding, file, modified) {
  const key = compressedKey(encoding, file, modified);
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotliCompressSync(body, brotliOptions(body))
        : gzipSync(body, GZIP_OPTIONS);
    compressed.set(key, result);
  }
  return result;
}

/**
 * Compresses every text file under `root` with Brotli (which every browser the app supports asks
 * for; gzip is left for its first request), one file at a time off the main thread (zlib's thread
 * pool), so requests are answered meanwhile. Never rejects: a file that cannot be read is compressed
 * on its first request instead.
 */
async function compressAll(root) {
  let files = [];
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return;
  }
  // Smallest first: a page's HTML, stylesheet and first scripts are ready within moments, the
  // large lazily loaded chunks (the PDF library, the name lists) last.
  const sized = [];
  for (const file of files) {
    try {
      const info = await stat(file);
      if (worthCompressing(file, info.size)) sized.push({ file, info });
    } catch {
      // Left for its first request.
    }
  }
  sized.sort((a, b) => a.info.size - b.info.size);
  for (const { file, info } of sized) {
    try {
      const raw = await readFile(file);
      const key = compressedKey('br', file, info.mtimeMs);
      if (!compressed.has(key)) compressed.set(key, await brotliAsync(raw, brotliOptions(raw)));
    } catch {
      // Left for its first request.
    }
  }
}

function cacheControl(file) {
  if (/[/\\]assets[/\\]/.test(file)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * Starts the server. A path without a file gets its prerendered page (`<path>.html`) if the build
 * wrote one, else shell.html (deep links; index.html for a build without it), except asset-like
 * paths, which get a 404 so a missing chunk is never answered with HTML.
 * @param {{ root?: string, host?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, ready: Promise<void>, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? fileURLToPath(new URL('../dist', import.meta.url)));
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    answer(root, request, response).catch((error) => {
      // One bad request must never stop the server: a malformed URL is the client's mistake.
      const status = error instanceof URIError || error instanceof TypeError ? 400 : 500;
      if (!response.headersSent) {
        response.writeHead(status, {
          'Content-Type': 'text/plain; charset=utf-8',
          ...SECURITY_HEADERS,
        });
      }
      response.end(status === 400 ? 'Bad request' : 'Server error');
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 4173, host, () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const ready = compressAll(root);
  return {
    url: `http://${host}:${port}`,
    ready,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Answers one request from `root`; throws a URIError or TypeError for a malformed URL. */
async function answer(root, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let file = await fileFor(root, pathname === '/' ? '/index.html' : pathname);
  // A page written out for this route (`/guides/x` -> guides/x.html), else the app's shell.
  if (!file && !extname(pathname)) file = await fileFor(root, `${pathname}.html`);
  if (!file && !extname(pathname)) file = await fileFor(root, '/shell.html');
  if (!file && !extname(pathname)) file = join(root, 'index.html');
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('Not found');
    return;
  }
  try {
    const [raw, info] = await Promise.all([readFile(file), stat(file)]);
    const encoding = encodingFor(request, file, raw.length);
    const body = encoding ? compress(raw, encoding, file, info.mtimeMs) : raw;
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(file),
      'Content-Length': String(body.length),
      ...(COMPRESSIBLE.has(extname(file)) ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...SECURITY_HEADERS,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('Could not read the file');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await stat(fileURLToPath(new URL('../dist/index.html', import.meta.url)));
  } catch {
    console.error('There is no build to serve. Run `npm run build` first (or use `npm start`).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  try {
    const { url } = await startServer({ port });
    console.log(`Escalate is running at ${url}/  (press Ctrl+C to stop)`);
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Stop the other server, or run: PORT=4174 npm run serve`,
      );
      process.exit(1);
    }
    throw error;
  }
}
