// What the sample scripts (sample-notifications.ts, sample-register.ts) share: finding the
// repository from wherever they run, and reading the embedded PDF font from it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NotificationFonts } from '../src/pdf/render-notification';

/** The repository root: the scripts run from scripts/ (as source) or from their bundle folder. */
export function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!isRoot(folder)) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Run this from inside the Escalate repository.');
    folder = parent;
  }
  return folder;
}

function isRoot(folder: string): boolean {
  try {
    return readFileSync(join(folder, 'package.json'), 'utf8').includes('"name": "escalate"');
  } catch {
    return false;
  }
}

/** The DejaVu Sans font the PDFs embed, read from src/pdf/fonts under `root`. */
export function readFonts(root: string): NotificationFonts {
  const fonts = join(root, 'src', 'pdf', 'fonts');
  return {
    regular: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans-Bold.ttf'))),
  };
}
