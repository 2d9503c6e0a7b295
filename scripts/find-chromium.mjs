// Finds Debian's Chromium for the browser tests; installs it with apt-get when missing and root.
// Never downloads a browser from a test tool's own installer (that cannot work on these machines).
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156 renders its address bar's drop-down as a web page of its own (a "WebUI Top
  // Renderer") when it starts, headless too: about 1.5 s of CPU per launch here, a quarter of a
  // launch's whole cost, competing with the page under test on two cores. Chromium merges this
  // switch with the --disable-features that Playwright and Lighthouse pass themselves.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, installing Debian's package first when we are root and it is missing. */
export function ensureChromium() {
  const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (executable(wanted)) return wanted;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${wanted}, but there is no executable there.`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is missing: install it with `sudo apt-get install -y chromium` (or set CHROME_PATH), then run the tests again.',
    );
  }
  console.log('Chromium is missing; installing Debian’s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
  }
  if (!executable(wanted))
    throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
  return wanted;
}
