// Lists the anonymiser's misses and false alarms on the tuning, dev and dev2 corpora (never the blind
// one), for tuning: `node scripts/anonymiser-misses.mjs [type…]`, e.g. `place address vehicle-registration`.
// Loads the TypeScript sources through Vite's SSR loader, so nothing is built first.
import { createServer } from 'vite';

const types = new Set(process.argv.slice(2));
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { measureAnonymiser } = await server.ssrLoadModule('/src/domain/anonymise/evaluate.ts');
  const { anonymiserCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus.ts');
  const { devCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus-dev.ts');
  const { dev2Corpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus-dev2.ts');
  for (const [label, corpus] of [
    ['tuning', anonymiserCorpus],
    ['dev', devCorpus],
    ['dev2', dev2Corpus],
  ]) {
    const m = measureAnonymiser(corpus);
    const wanted = (e) => types.size === 0 || types.has(e.type);
    console.log(`\n=== ${label}: ${corpus.length} notes`);
    for (const [type, s] of Object.entries(m.byType))
      if (types.size === 0 || types.has(type))
        console.log(
          `  ${type.padEnd(22)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`,
        );
    console.log(
      `  overall P ${m.overall.precision.toFixed(3)} R ${m.overall.recall.toFixed(3)} redaction ${m.redactionRecall.toFixed(3)}`,
    );
    for (const e of m.missed.filter(wanted))
      console.log(`  MISS ${e.type} ${e.caseId} «${e.text}» … ${e.context}`);
    for (const e of m.spurious.filter(wanted))
      console.log(`  FALSE ${e.type} ${e.caseId} «${e.text}» … ${e.context}`);
  }
} finally {
  await server.close();
}
