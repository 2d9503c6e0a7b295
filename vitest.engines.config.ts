// Browser tests in WebKit and Firefox (test/e2e/engines), one file at a time (2-core machines).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'engines',
    environment: 'node',
    include: ['test/e2e/engines/**/*.engine.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
