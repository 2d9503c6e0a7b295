// Debug helper: prints one tuning/dev case's text, client, gold spans and findings with reasons.
import { createServer } from 'vite';
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { anonymise } = await server.ssrLoadModule('/src/domain/anonymise/anonymise.ts');
const { anonymiserCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus.ts');
const { devCorpus } = await server.ssrLoadModule('/test/fixtures/anonymiser/corpus-dev.ts');
for (const id of process.argv.slice(2)) {
  const item = [...anonymiserCorpus, ...devCorpus].find((c) => c.id === id);
  if (!item) {
    console.log('no case', id);
    continue;
  }
  console.log(
    `== ${id}\n${item.text}\nCLIENT ${JSON.stringify(item.client)}\nCONTEXT ${JSON.stringify(item.context)}`,
  );
  for (const g of item.gold)
    console.log(`GOLD ${g.type} ${JSON.stringify(item.text.slice(g.start, g.end))}`);
  for (const f of anonymise(item.text, item.client, item.context).findings)
    console.log(`FIND ${f.type} ${f.confidence} ${JSON.stringify(f.original)} — ${f.reason}`);
}
await server.close();
