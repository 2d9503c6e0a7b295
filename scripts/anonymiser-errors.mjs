// Tuning aid for the anonymiser: lists every miss and false alarm per type on the tuning corpora
// (corpus*.ts and the dev sets tuning-sets.mjs lists), never on the blind corpus, whose notes
// nobody reads, nor on a set held out (the newest dev set, until a round starts tuning on it). `node scripts/anonymiser-errors.mjs` lists them;
// `… summary` prints only the tables; `… --case ID …` prints one tuning note with its client,
// answer key and findings.
import { loadTuningSets, moduleLoader } from './tuning-sets.mjs';

const { load, close } = await moduleLoader();
const { anonymise } = await load('/src/domain/anonymise/anonymise.ts');
const { measureAnonymiser, formatMeasurement } = await load('/src/domain/anonymise/evaluate.ts');
const corpora = await loadTuningSets(load);

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
await close();
