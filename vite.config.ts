/// <reference types="vitest/config" />
// Build configuration: React, the service worker (prompt-before-update) and the web app manifest.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp.mjs';
import { prevalidatedPacks } from './scripts/prevalidated-packs.mjs';
import { prerenderedPages, SHELL_PAGE, withPreloads } from './scripts/prerendered-pages.mjs';
import { LICENCES_FILE, thirdPartyLicences } from './scripts/third-party-licences.mjs';

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

/**
 * The page's scripts are fetched at low priority: the page paints its content from HTML and CSS, and
 * on a slow network the stylesheet should not share the line with the code (decision 0047).
 */
export const lowPriorityScripts = (html: string) =>
  html
    .replace(/(<link rel="modulepreload" crossorigin href="[^"]+")>/g, '$1 fetchpriority="low">')
    .replace(/(<script type="module" crossorigin src="[^"]+")>/g, '$1 fetchpriority="low">');

/**
 * Lists in the page the code that main.tsx imports step by step, for main.tsx to preload once the
 * page has painted (src/app/first-paint.ts, decision 0053): Vite preloads only an entry's static
 * imports, and without this each step would wait for its files to be asked for. The page itself
 * preloads nothing, so until the first paint it fetches only its stylesheet and the small entry.
 */
function preloadEntrySteps(): Plugin {
  return {
    name: 'escalate-preload-entry-steps',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk: entry } = context;
        if (!bundle || !entry) return html;
        // Each file after the files it imports, as main.tsx runs them (runListedModules).
        const seen = new Set<string>();
        const files: string[] = [];
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (seen.has(file) || chunk?.type !== 'chunk') return;
          seen.add(file);
          chunk.imports.forEach(visit);
          files.push(file);
        };
        entry.dynamicImports.forEach(visit);
        // Vite preloads the entry's own static imports: the entry asks for those itself.
        const page = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
        return withPreloads(lowPriorityScripts(page), files);
      },
    },
  };
}

/** Modules src/app/app.tsx imports, directly or not, other than through a lazy route. */
let appShell: Set<string> | undefined;
function inAppShell(
  id: string,
  context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
): boolean {
  if (!appShell) {
    const start = [...(context.getModuleInfo(APP_MODULE)?.importedIds ?? [])];
    appShell = new Set([APP_MODULE]);
    for (let next = start.pop(); next !== undefined; next = start.pop()) {
      if (appShell.has(next)) continue;
      appShell.add(next);
      start.push(...(context.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return appShell.has(id);
}
const APP_MODULE = fileURLToPath(new URL('./src/app/app.tsx', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    preloadEntrySteps(),
    prevalidatedPacks(),
    prerenderedPages(),
    thirdPartyLicences(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['icons/favicon-32.png', 'apple-touch-icon.png'],
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
        // The licences file too, so the software's notices read offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}', LICENCES_FILE],
        globIgnores: UNUSED_OPTIONAL_CHUNKS,
        // Every route without a page of its own gets the generic shell; `/` (and any prerendered
        // page) is answered from the precache first, by its own URL (decision 0047).
        navigateFallback: SHELL_PAGE,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // main.tsx loads React, then the app, as steps: each is one file, not a dozen small pieces
        // that a phone on a slow network would fetch a few at a time.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              priority: 2,
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
            // The libraries main.tsx evaluates as steps of their own before the app's code.
            {
              name: 'router',
              priority: 2,
              test: /node_modules[\\/]react-router[\\/]|[\\/]src[\\/]app[\\/]router-library\.ts$/,
            },
            {
              name: 'zod',
              priority: 2,
              test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]domain[\\/]schema-library\.ts$/,
            },
            { name: 'dexie', priority: 2, test: /node_modules[\\/]dexie[\\/]/ },
            { name: (id, context) => (inAppShell(id, context) ? 'app' : null), priority: 1 },
            // Vite's preload helper, which the entry needs itself: else it joins the app's file,
            // and the entry would import (so evaluate) that file before its first step.
            { name: 'preload-helper', test: /vite\/preload-helper/, priority: 3 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
