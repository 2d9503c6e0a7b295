// Build step for the built-in policy packs: each pack file is checked against the pack schema when
// the app is built (a pack that fails stops the build) and shipped already parsed, with the schema's
// defaults filled in, as a JSON string. The app then skips the zod check of all five packs that
// otherwise ran on a phone's main thread every time a guide opened (about a quarter of a second at
// Lighthouse's mobile CPU). Without this plugin (unit tests, the sample builds) the packs are raw
// JSON and built-in-packs.ts checks them as it always did.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The key that marks a checked pack (src/domain/policy/prevalidated-pack.ts). */
const PREVALIDATED_PACK = 'escalate:prevalidated-pack';

const PACK_FILE = /\/src\/domain\/policy\/packs\/[^/]+\.json$/;
/** Ids of the rewritten pack modules (no `.json` ending, so Vite's JSON plugin leaves them alone). */
const PREFIX = '\0escalate-prevalidated-pack:';

/** The module a built-in pack file becomes: the parsed pack, marked as checked. */
export function prevalidatedPackModule(parsePolicyPack, file, text) {
  const result = parsePolicyPack(JSON.parse(text));
  if (!result.ok) {
    const problems = result.errors.map((error) => `${error.path}: ${error.message}`).join('\n');
    throw new Error(`Built-in policy pack ${file} is invalid:\n${problems}`);
  }
  const wrapped = JSON.stringify({ [PREVALIDATED_PACK]: true, pack: result.pack });
  // JSON.parse of a string is quicker for the engine than an object literal of this size.
  return `export default JSON.parse(${JSON.stringify(wrapped)});\n`;
}

/** The app's own pack schema, loaded through Vite (it is TypeScript with extensionless imports). */
async function loadSchema() {
  const file = fileURLToPath(new URL('../src/domain/policy/policy-pack.ts', import.meta.url));
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'warn' });
  return module.parsePolicyPack;
}

/** @returns {import('vite').Plugin} */
export function prevalidatedPacks() {
  let schema;
  return {
    name: 'escalate-prevalidated-packs',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer?.endsWith('built-in-packs.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && PACK_FILE.test(resolved.id)
        ? PREFIX + resolved.id.slice(0, -'.json'.length)
        : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length)}.json`;
      this.addWatchFile(file);
      schema ??= loadSchema();
      return prevalidatedPackModule(await schema, file, await readFile(file, 'utf8'));
    },
  };
}
