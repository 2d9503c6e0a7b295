// Runs the browser tests against the production build: first the Chromium suite (test/e2e/*.e2e.ts,
// Debian's Chromium through playwright-core), then the same core journeys in WebKit and Firefox
// (test/e2e/engines, Debian's WebKitWebDriver + MiniBrowser and firefox-esr). Files named on the
// command line run in whichever suite holds them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureOtherEngines } from './find-browsers.mjs';
import { ensureChromium } from './find-chromium.mjs';

const files = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const options = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
const isEngineFile = (file) => file.includes('engines/');
const suites = [
  { config: 'vitest.e2e.config.ts', files: files.filter((file) => !isEngineFile(file)) },
  { config: 'vitest.engines.config.ts', files: files.filter(isEngineFile) },
].filter((suite) => files.length === 0 || suite.files.length > 0);

try {
  process.env.CHROME_PATH = ensureChromium();
  if (suites.some((suite) => suite.config === 'vitest.engines.config.ts')) ensureOtherEngines();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!existsSync('dist/sw.js')) {
  console.error('There is no production build to test. Run `npm run build` first.');
  process.exit(1);
}
// puppeteer-core never downloads a browser; make sure no inherited setting tells it otherwise.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('PUPPETEER_')),
);

for (const suite of suites) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', suite.config, ...options, ...suite.files],
    { stdio: 'inherit', env },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
