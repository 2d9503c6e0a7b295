// Finds Debian's WebKit (WebKitWebDriver and MiniBrowser, under Xvfb) and Firefox ESR for the
// browser tests in other engines; installs them with apt-get when missing and root. Never downloads
// a browser from a test tool's own installer.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const LIB = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
export const MINIBROWSER = `/usr/lib/${LIB}/webkit2gtk-4.1/MiniBrowser`;
export const FIREFOX = '/usr/bin/firefox-esr';

/** Debian package → the file it must provide. */
const PACKAGES = {
  'webkit2gtk-driver': '/usr/bin/WebKitWebDriver',
  xvfb: '/usr/bin/Xvfb',
  'firefox-esr': FIREFOX,
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes sure WebKit, Xvfb and Firefox ESR are installed, installing them first when we are root. */
export function ensureOtherEngines() {
  const missing = Object.entries(PACKAGES)
    .filter(([, path]) => !executable(path))
    .map(([name]) => name);
  if (missing.length === 0 && executable(MINIBROWSER)) return;
  if (!missing.includes('webkit2gtk-driver') && !executable(MINIBROWSER))
    missing.push('webkit2gtk-driver');
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The WebKit and Firefox browser tests need Debian packages that are missing: install them with \`sudo ${command}\`, then run the tests again.`,
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get for the WebKit and Firefox tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
  }
  const still = Object.values(PACKAGES)
    .concat(MINIBROWSER)
    .filter((path) => !executable(path));
  if (still.length > 0)
    throw new Error(`apt-get finished but ${still.join(', ')} is still missing.`);
}
