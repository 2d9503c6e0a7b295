// Bundles scripts/sample-notifications.ts for Node 20, which cannot run TypeScript itself:
// `npm run sample:notifications -- <outDir>` builds it, then runs the bundle. Dependencies stay
// external (loaded from node_modules); the bundle goes where lint, Prettier and git never look.
import { defineConfig } from 'vite';

/** Where the bundled script is written. */
export const SAMPLE_BUNDLE_DIR = 'node_modules/.cache/escalate-sample';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'scripts/sample-notifications.ts',
    outDir: SAMPLE_BUNDLE_DIR,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'sample-notifications.mjs' } },
  },
});
