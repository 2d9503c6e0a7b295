/// <reference types="vitest/config" />
// Build configuration: React, the service worker (prompt-before-update) and the web app manifest.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp.mjs';
import { prevalidatedPacks } from './scripts/prevalidated-packs.mjs';

/** jsPDF's optional dependencies: we never call doc.html() or the SVG API, so they stay out of the precache. */
export const UNUSED_OPTIONAL_CHUNKS = ['**/html2canvas*.js', '**/index.es*.js', '**/purify*.js'];

/** Adds the Content-Security-Policy meta tag to the built page only (the dev server needs inline scripts). */
function cspMeta(): Plugin {
  return {
    name: 'escalate-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ meta: true })}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    prevalidatedPacks(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Escalate',
        short_name: 'Escalate',
        description:
          'Resolve professional disagreements about a child’s or an adult’s safety under your safeguarding partnership’s escalation policy, offline.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d3b53',
        background_color: '#ffffff',
        categories: ['productivity', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}'],
        globIgnores: UNUSED_OPTIONAL_CHUNKS,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
