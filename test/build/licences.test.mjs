// Build test: the built app carries its software's and data's licence notices (the minifier drops
// the libraries' own comments) in `third-party-licences.txt`, and the service worker precaches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const licences = () => readFileSync(join(DIST, 'third-party-licences.txt'), 'utf8');

/** The part of the licences file from `heading` to the next package's rule. */
function sectionOf(text, heading) {
  const start = text.indexOf(heading);
  assert.ok(start >= 0, `no section starts with ${JSON.stringify(heading)}`);
  const end = text.indexOf('='.repeat(78), start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The first lines of a file in the repository, which the licences file must quote. */
const opening = (path) =>
  readFileSync(join(ROOT, path), 'utf8').trim().split('\n').slice(0, 3).join('\n');

test('names each main library with its version, licence and licence text', () => {
  const text = licences();
  for (const name of ['react', 'react-dom', 'dexie', 'zod', 'jspdf', 'react-router']) {
    const { version, license } = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    );
    const heading = `\n${name} ${version}\nLicence: ${license}\n`;
    assert.ok(text.includes(heading), `${name} ${version} is not listed with its licence`);
    const licenceFile = readdirSync(join(ROOT, 'node_modules', name)).find((file) =>
      /^licen[cs]e(\.(md|txt))?$/i.test(file),
    );
    assert.ok(licenceFile, `${name} has no licence file to compare with`);
    const section = sectionOf(text, heading);
    const same = /^Licence text: word for word the same as (\S+) (\S+) above\.$/m.exec(section);
    // A text printed once for several packages: the package named holds it, word for word.
    const holder = same ? sectionOf(text, `\n${same[1]} ${same[2]}\nLicence: `) : section;
    assert.ok(
      holder.includes(opening(join('node_modules', name, licenceFile))),
      `${name}'s licence text is missing`,
    );
    if (same) {
      const own = readFileSync(join(ROOT, 'node_modules', name, licenceFile), 'utf8').trim();
      assert.ok(holder.includes(own), `${name}'s licence is not the same as ${same[1]}'s`);
    }
  }
});

test('prints a licence text shared word for word by several packages once, naming it for each', () => {
  const text = licences();
  const react = sectionOf(text, '\nreact ');
  const reactDom = sectionOf(text, '\nreact-dom ');
  assert.match(reactDom, /Licence text: word for word the same as react \S+ above\./);
  assert.ok(react.includes('Permission is hereby granted'), 'react holds the MIT text');
  assert.ok(!reactDom.includes('Permission is hereby granted'), 'react-dom does not repeat it');
});

test('names the Workbox packages the service worker is built from', () => {
  const text = licences();
  const workbox = readdirSync(DIST).find((file) => /^workbox-.*\.js$/.test(file));
  assert.ok(workbox, 'the build has no Workbox file');
  const parts = new Set(
    [...readFileSync(join(DIST, workbox), 'utf8').matchAll(/workbox:([a-z-]+):/g)].map((m) => m[1]),
  );
  assert.ok(parts.size > 0, 'the Workbox file names no packages');
  for (const part of parts) assert.match(text, new RegExp(`\\nworkbox-${part} \\d`));
});

test('includes the full notices of SCOWL and the DejaVu fonts', () => {
  const text = licences();
  for (const file of [
    'src/domain/anonymise/names/SCOWL-COPYRIGHT.txt',
    'src/pdf/fonts/DejaVu-LICENSE.txt',
  ]) {
    const notice = readFileSync(join(ROOT, file), 'utf8').trim();
    assert.ok(text.includes(notice), `${file} is not quoted in full`);
  }
  assert.ok(text.indexOf('Kevin Atkinson') > text.indexOf('\nreact '), 'data comes after software');
});

test('is in the service worker’s precache manifest', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /url:"third-party-licences\.txt"/);
});
