// Build step for the licences of what the app ships: the minifier drops the libraries' licence
// comments, so this plugin collects every npm package with a module in the client bundle and emits
// `third-party-licences.txt` (each package's name, version, licence and licence text, then the full
// notices of the data and fonts whose licences ask for them). Reads only the local node_modules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LICENCES_FILE = 'third-party-licences.txt';

/** The full notices shipped with the data and fonts, as their licences ask. */
const DATA_NOTICES = [
  {
    title: 'SCOWL (Spell Checker Oriented Word Lists): the common English words list',
    file: new URL('../src/domain/anonymise/names/SCOWL-COPYRIGHT.txt', import.meta.url),
  },
  {
    title: 'DejaVu fonts: embedded in the PDFs the app makes',
    file: new URL('../src/pdf/fonts/DejaVu-LICENSE.txt', import.meta.url),
  },
];

/**
 * The Workbox packages vite-plugin-pwa bundles into the service worker after this build step (so they
 * are in no chunk here). test/build checks that each one the built service worker names is listed.
 */
const SERVICE_WORKER_PACKAGES = ['core', 'precaching', 'routing', 'strategies'].map((name) =>
  fileURLToPath(new URL(`../node_modules/workbox-${name}`, import.meta.url)),
);

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;
const RULE = '='.repeat(78);

/** The package directory of a module id inside node_modules (the last one, for nested packages). */
export function packageDirectory(id) {
  const path = id.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
  const match = /^(.*\/node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match ? match[1] + match[2] : null;
}

/** Name, version, licence and licence text of the package in `directory`. */
export function readPackage(directory) {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  const licence =
    typeof manifest.license === 'string'
      ? manifest.license
      : (manifest.license?.type ?? 'not stated');
  const file = readdirSync(directory)
    .filter((name) => LICENCE_FILE.test(name))
    .sort()[0];
  return {
    name: manifest.name,
    version: manifest.version,
    licence,
    text: file
      ? readFileSync(join(directory, file), 'utf8').trim()
      : `(The package has no licence file; its package.json declares the licence: ${licence}.)`,
  };
}

/** The text of the licences file, for the given package directories. */
export function licencesText(directories) {
  const packages = [...new Set(directories)]
    .map(readPackage)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  const unique = packages.filter(
    (pkg, index) =>
      index === 0 ||
      pkg.name !== packages[index - 1].name ||
      pkg.version !== packages[index - 1].version,
  );
  // A licence text word for word the same as one printed above (the same copyright holder's packages:
  // react, react-dom and scheduler; the Workbox packages) is printed once and referred to after.
  const firstWithText = new Map();
  const software = unique.map((pkg) => {
    const first = firstWithText.get(pkg.text);
    if (!first) firstWithText.set(pkg.text, pkg);
    const text = first
      ? `Licence text: word for word the same as ${first.name} ${first.version} above.`
      : pkg.text;
    return `${RULE}\n${pkg.name} ${pkg.version}\nLicence: ${pkg.licence}\n\n${text}\n`;
  });
  const data = DATA_NOTICES.map(
    ({ title, file }) => `${RULE}\n${title}\n\n${readFileSync(file, 'utf8').trim()}\n`,
  );
  return [
    'Escalate: third-party software and data licences\n',
    'The app includes the open-source software and the data below. Their licences ask that these',
    'notices go with every copy. The open data the app carries (OS Open Names, ONS baby names,',
    "mySociety's UK local authority names) and its attribution statements are listed in the app",
    'under "Data sources and licences" (/licences).\n',
    `${RULE}\nSOFTWARE (${unique.length} packages)\n`,
    ...software,
    `${RULE}\nDATA AND FONTS\n`,
    ...data,
  ].join('\n');
}

/**
 * The development server has no bundle to read: it answers with the app's direct dependencies
 * (package.json), said so at the top, so the licences page's link works under `npm run dev` too.
 */
export function developmentLicencesText() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const directories = Object.keys(manifest.dependencies ?? {}).map((name) =>
    join(root, 'node_modules', name),
  );
  return (
    'Development server: this lists the packages the app depends on directly. The built app lists\n' +
    'every package in its bundle.\n\n' +
    licencesText([...directories, ...SERVICE_WORKER_PACKAGES])
  );
}

/** @returns {import('vite').Plugin[]} */
export function thirdPartyLicences() {
  return [
    {
      name: 'escalate-third-party-licences',
      apply: 'build',
      generateBundle(_options, bundle) {
        const directories = Object.values(bundle)
          .filter((output) => output.type === 'chunk')
          .flatMap((chunk) => chunk.moduleIds.map(packageDirectory))
          .filter((directory) => directory !== null);
        const source = licencesText([...directories, ...SERVICE_WORKER_PACKAGES]);
        this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source });
      },
    },
    {
      name: 'escalate-third-party-licences-dev',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use(`/${LICENCES_FILE}`, (_request, response) => {
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(developmentLicencesText());
        });
      },
    },
  ];
}
