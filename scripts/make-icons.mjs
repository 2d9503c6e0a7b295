// Draws the app icons (three rising steps on navy) as PNGs, so no image tool is needed.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed under public/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const NAVY = [29, 59, 83];
const WHITE = [255, 255, 255];
const AMBER = [255, 191, 71];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Pixel colour at (x, y) for an icon of `size`, the glyph scaled into `safe` of the square. */
function pixel(x, y, size, safe) {
  const inset = (size * (1 - safe)) / 2;
  const u = (x - inset) / (size * safe);
  const v = (y - inset) / (size * safe);
  const steps = [
    [0.14, 0.62, 0.34, 0.84],
    [0.4, 0.42, 0.6, 0.84],
    [0.66, 0.2, 0.86, 0.84],
  ];
  for (const [i, [x0, y0, x1, y1]] of steps.entries()) {
    if (u >= x0 && u <= x1 && v >= y0 && v <= y1) return i === 2 ? AMBER : WHITE;
  }
  return NAVY;
}

function png(size, safe) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x + 0.5, y + 0.5, size, safe);
      const at = y * (size * 3 + 1) + 1 + x * 3;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, 0.9));
writeFileSync('public/icons/icon-512.png', png(512, 0.9));
writeFileSync('public/icons/icon-maskable-512.png', png(512, 0.66));
writeFileSync('public/apple-touch-icon.png', png(180, 0.8));
// The tab's icon: a small PNG, which a browser decodes in a moment, where an SVG favicon costs the
// page's main thread a document of its own to draw.
writeFileSync('public/icons/favicon-32.png', png(32, 0.9));
console.log('Icons written to public/');
