// Browser tests in WebKit and Firefox (test/e2e/engines), one file at a time (2-core machines).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'engines',
    environment: 'node',
    include: ['test/e2e/engines/**/*.engine.ts'],
    fileParallelism: false,
    // Known defect, not hidden: WebKit with its page cache on still sometimes never finishes the
    // first IndexedDB write after full page loads (about 1 run in 4 since the pagehide fix in
    // src/data/database.ts). A second try is allowed while it is open on issue #13; a failure
    // on both tries still fails `npm test`, and the retry shows in the test output.
    retry: 1,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
