// Writes src/domain/anonymise/names/english-words.ts: the commonest English words (SCOWL sizes 10
// and 20, American and British spellings) that are never anyone's name — every word whose
// capitalised form SCOWL lists as a name, place or other proper noun up to size 60 ("Baker",
// "Green", "Hope", "Reading") is left out, and so is a regular plural whose singular is listed. Needs Debian's `scowl` package (`apt-get install
// scowl`); the list it writes is committed, so the app never needs the package. Source and licence:
// src/domain/anonymise/names/SOURCE.md.
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = '/usr/share/dict/scowl';
const read = (name) => {
  try {
    return readFileSync(`${DIR}/${name}`, 'latin1').split('\n').filter(Boolean);
  } catch {
    return [];
  }
};
const words = new Set(
  ['english', 'american', 'british']
    .flatMap((spelling) => ['10', '20'].flatMap((size) => read(`${spelling}-words.${size}`)))
    .filter((word) => /^[a-z]{2,}$/.test(word)),
);
if (words.size < 5000) throw new Error(`SCOWL not found in ${DIR}: apt-get install scowl`);
const properSizes = ['10', '20', '35', '40', '50', '60'];
const proper = new Set(
  ['english', 'american', 'british']
    .flatMap((spelling) =>
      properSizes.flatMap((size) => [
        ...read(`${spelling}-upper.${size}`),
        ...read(`${spelling}-proper-names.${size}`),
        ...read(`${spelling}-abbreviations.${size}`),
      ]),
    )
    .map((word) => word.toLowerCase()),
);
const common = [...words].filter((word) => !proper.has(word));
const listed = new Set(common);
// A regular plural is read from its singular (name-words.ts), so it need not be listed: "breaks".
const plural = (word) =>
  (word.endsWith('ies') && listed.has(`${word.slice(0, -3)}y`)) ||
  (word.endsWith('es') && listed.has(word.slice(0, -2))) ||
  (word.endsWith('s') && listed.has(word.slice(0, -1)));
const kept = common.filter((word) => !plural(word)).sort();
const lines = [];
let line = '';
for (const word of kept) {
  if (line && line.length + word.length + 1 > 92) {
    lines.push(line);
    line = word;
  } else line = line ? `${line} ${word}` : word;
}
if (line) lines.push(line);
const body = lines.map((l) => `    '${l}',`).join('\n');
writeFileSync(
  'src/domain/anonymise/names/english-words.ts',
  `// The commonest English words that are never anyone's name (SCOWL sizes 10 and 20, American and
// British spellings, less every word SCOWL also lists capitalised as a name, place or other proper
// noun up to size 60, and less the regular plurals, read from their singulars). Copyright Kevin
// Atkinson and others, SCOWL's permissive licence; source and licence in SOURCE.md beside this
// file. Written by scripts/make-english-words.mjs: ${kept.length} words.

/** Common English words, lower case, none of them a name or place in SCOWL. */
export const englishWords: ReadonlySet<string> = new Set(
  [
${body}
  ]
    .join(' ')
    .split(' '),
);
`,
);
console.log(`${kept.length} words`);
