// The one place that says which annotated sets the anonymiser may be tuned on, for the scripts that
// read them (anonymiser-errors.mjs, train-token-model.mjs). The blind notes are never among them,
// nor the newest dev set while it is held out for its first score and the next round's honest gain
// (docs/anonymiser-quality.md): when a round starts tuning on it, add it to TUNING_DEV_SETS.
import { readdirSync } from 'node:fs';
import { createServer } from 'vite';

/** The dev sets after the first, oldest first; dev16 is held out. */
export const TUNING_DEV_SETS = [
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
];

/** A Vite server in middleware mode that loads the project's TypeScript modules for a script. */
export async function moduleLoader() {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return { load: (path) => server.ssrLoadModule(path), close: () => server.close() };
}

/**
 * Every tuning set by name: `tuning` (corpus.ts), `dev` (corpus-dev.ts) and each of
 * TUNING_DEV_SETS from its files (`corpus-devN-*.ts`), in file order.
 */
export async function loadTuningSets(load) {
  const { anonymiserCorpus } = await load('/test/fixtures/anonymiser/corpus.ts');
  const { devCorpus } = await load('/test/fixtures/anonymiser/corpus-dev.ts');
  const sets = { tuning: [...anonymiserCorpus], dev: [...devCorpus] };
  for (const name of TUNING_DEV_SETS) sets[name] = [];
  for (const file of readdirSync('test/fixtures/anonymiser').sort()) {
    const name = /^corpus-(dev\d+)-.*\.ts$/.exec(file)?.[1];
    if (!name || !TUNING_DEV_SETS.includes(name)) continue;
    const module = await load(`/test/fixtures/anonymiser/${file}`);
    for (const value of Object.values(module)) if (Array.isArray(value)) sets[name].push(...value);
  }
  return sets;
}
