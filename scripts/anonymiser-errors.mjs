// Lists misses and false positives on tuning + dev corpora (never blind).
import { createServer } from 'vite';
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { measureAnonymiser, formatMeasurement } = await server.ssrLoadModule(
  '/src/domain/anonymise/evaluate.ts',
);
const { anonymiserCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus.ts');
const { devCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus-dev.ts');
const extra = [];
const fs = await import('node:fs');
for (const f of fs.readdirSync('test/fixtures/anonymiser'))
  if (/^corpus-dev2.*\.ts$/.test(f) && f !== 'corpus-dev2.ts') {
    const m = await server.ssrLoadModule('/test/fixtures/anonymiser/' + f);
    for (const v of Object.values(m)) if (Array.isArray(v)) extra.push(...v);
  }
const which = process.argv[2] ?? 'all';
const sets = { tuning: anonymiserCorpus, dev: devCorpus, dev2: extra };
for (const [name, corpus] of Object.entries(sets)) {
  if (!corpus.length) continue;
  const m = measureAnonymiser(corpus);
  console.log(`== ${name} (${corpus.length})\n${formatMeasurement(m)}`);
  if (which === 'summary') continue;
  for (const e of m.missed)
    console.log(
      `MISS ${name} ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  | ${e.context}  [${e.caseId}]`,
    );
  for (const e of m.spurious)
    console.log(
      `FP   ${name} ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  | ${e.context}  [${e.caseId}]`,
    );
}
await server.close();
