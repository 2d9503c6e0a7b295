// Tuning aid for the anonymiser: lists every miss and false alarm per type on the tuning corpora
// (corpus*.ts, the dev notes and any dev2 to dev11 notes), never on the blind corpus, whose notes
// nobody reads, nor on a set not yet tuned on (a newer dev set, until its first score is recorded). `node scripts/anonymiser-errors.mjs` lists them;
// `… summary` prints only the tables; `… --case ID …` prints one tuning note with its client,
// answer key and findings.
import { readdirSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
const load = (path) => server.ssrLoadModule(path);
const { anonymise } = await load('/src/domain/anonymise/anonymise.ts');
const { measureAnonymiser, formatMeasurement } = await load('/src/domain/anonymise/evaluate.ts');
const { anonymiserCorpus } = await load('/test/fixtures/anonymiser/corpus.ts');
const { devCorpus } = await load('/test/fixtures/anonymiser/corpus-dev.ts');
const dev2 = [];
const dev3 = [];
const dev4 = [];
const dev5 = [];
const dev6 = [];
const dev7 = [];
const dev8 = [];
const dev9 = [];
const dev10 = [];
const dev11 = [];
const buckets = { dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11 };
for (const file of readdirSync('test/fixtures/anonymiser')) {
  const bucket = buckets[/^corpus-(dev[23456789]|dev1[01])-.*\.ts$/.exec(file)?.[1]];
  if (!bucket) continue;
  const module = await load(`/test/fixtures/anonymiser/${file}`);
  for (const value of Object.values(module)) if (Array.isArray(value)) bucket.push(...value);
}
const corpora = {
  tuning: anonymiserCorpus,
  dev: devCorpus,
  dev2,
  dev3,
  dev4,
  dev5,
  dev6,
  dev7,
  dev8,
  dev9,
  dev10,
  dev11,
};

const args = process.argv.slice(2);
if (args[0] === '--case') {
  const all = Object.values(corpora).flat();
  for (const id of args.slice(1)) {
    const item = all.find((note) => note.id === id);
    if (!item) {
      console.log(`no tuning note ${id}`);
      continue;
    }
    console.log(`== ${id}\n${item.text}\nCLIENT ${JSON.stringify(item.client)}`);
    console.log(`CONTEXT ${JSON.stringify(item.context)}`);
    for (const g of item.gold)
      console.log(`GOLD ${g.type} ${JSON.stringify(item.text.slice(g.start, g.end))}`);
    for (const f of anonymise(item.text, item.client, item.context).findings)
      console.log(`FIND ${f.type} ${f.confidence} ${JSON.stringify(f.original)} — ${f.reason}`);
  }
} else {
  for (const [name, corpus] of Object.entries(corpora)) {
    if (corpus.length === 0) continue;
    const m = measureAnonymiser(corpus);
    console.log(`== ${name} (${corpus.length})\n${formatMeasurement(m)}`);
    if (args[0] === 'summary') continue;
    for (const [label, errors] of [
      ['MISS', m.missed],
      ['FP  ', m.spurious],
    ])
      for (const e of errors)
        console.log(
          `${label} ${name} ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  | ${e.context}  [${e.caseId}]`,
        );
  }
}
await server.close();
