// Builds the benchmark page (bench/) for scripts/bench.mjs; not part of the app.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  logLevel: 'warn',
  build: {
    outDir: '../node_modules/.cache/escalate-bench',
    emptyOutDir: true,
    target: 'es2022',
  },
});
