// Unit tests, one project per layer: the environment matches what the layer may use (STYLE.md "Tests").
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      'virtual:pwa-register/react': new URL('./test/setup/pwa-register-stub.ts', import.meta.url)
        .pathname,
      'react-router/dom': new URL('./test/setup/react-router-dom.tsx', import.meta.url).pathname,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          // PDF rendering and the anonymiser corpora are CPU-heavy: allow for a busy 2-core machine.
          testTimeout: 20_000,
          hookTimeout: 30_000,
          include: ['src/domain/**/*.test.ts', 'src/pdf/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'data',
          environment: 'node',
          testTimeout: 20_000,
          include: ['src/data/**/*.test.ts'],
          setupFiles: ['test/setup/data.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // Real WebCrypto and IndexedDB behind the pages: allow for a busy 2-core machine.
          testTimeout: 20_000,
          include: [
            'src/ui/**/*.test.tsx',
            'src/features/**/*.test.{ts,tsx}',
            'src/app/**/*.test.{ts,tsx}',
            // The data layer's React hooks, rendered.
            'src/data/**/*.test.tsx',
          ],
          setupFiles: ['test/setup/data.ts', 'test/setup/ui.ts'],
        },
      },
    ],
  },
});
