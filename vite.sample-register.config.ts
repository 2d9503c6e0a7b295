// Bundles scripts/sample-register.ts for Node 20: `npm run sample:register -- <outDir>` builds the
// notifications sample first (it runs it), then this bundle. Dependencies stay external.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'scripts/sample-register.ts',
    outDir: 'node_modules/.cache/escalate-sample-register',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'sample-register.mjs' } },
  },
});
