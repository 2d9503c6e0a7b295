// Entry point: mounts the app. The page paints first: nothing is fetched or run until the browser
// has drawn the page's HTML (a prerendered page's content, or the shell), so on a slow phone the
// first paint never waits behind the code (decision 0053). Then every file the steps below need is
// asked for, two per task (the page lists them: vite.config.ts), and the app is evaluated in steps,
// each in a task of its own (the browser may paint and handle input between them), rather than as
// one long task that a slow phone spends half a second on: React, then the router's code, zod and
// Dexie, then the app's own code, then the router, then the first render. This file imports nothing
// of React statically, so it is a small file of its own.
import './styles.css';
import { loadStorageLibrary } from '../data/storage-library';
import {
  prerenderedHere,
  recordHistoryIndex,
  routerReady,
  warmSessionStorage,
} from './router-start';
import { afterFirstPaint, nextTask, preloadListedModules, runListedModules } from './first-paint';

await afterFirstPaint();
await preloadListedModules();
await nextTask();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const { createRoot, hydrateRoot } = await import('react-dom/client');
const { StrictMode, createElement, startTransition } = await import('react');
await nextTask();
// The libraries the app's code needs, each evaluated in a task of its own (each is its own file).
const { warmRouteMatching } = await import('./router-library');
await nextTask();
await import('../domain/schema-library');
await nextTask();
await loadStorageLibrary();
await nextTask();
const { App, appRoutes, createAppRouter } = await import('./app');
// Whether the database exists yet: on a first visit, the first page reads nothing from it rather
// than creating it (../data/database-presence.ts, decision 0053).
const { probeDatabase, probeDatabaseWhenShown } = await import('../data/database-presence');
await probeDatabase();
probeDatabaseWhenShown();
await nextTask();
// The first page's own code, when the page lists it (a prerendered guide), a file per task.
await runListedModules();
// Three things the router does when it is made, each slow the first time in a page (3-9 ms on this
// machine, more on a phone), done here in tasks of their own: the first read of sessionStorage (the
// router reads its view transitions there), recording the page's place in history (the router
// writes `idx` into history.state when it is missing; router-start.test.ts checks it then leaves
// history alone), and the first match of the routes against the address.
warmSessionStorage();
await nextTask();
recordHistoryIndex();
await nextTask();
warmRouteMatching(appRoutes);
await nextTask();
const router = createAppRouter();
// The first page's code (a lazy route) is loaded before the first render, so React draws that page
// straight over what the HTML painted (a prerendered guide, or the shell), never the loading shell
// in between.
await routerReady(router);
await nextTask();
// As a transition, React renders the first page in slices of a few milliseconds and lets the
// browser handle input between them, instead of one long task on a slow phone. A page the build
// wrote for this address (Home, a built-in guide) already holds the app's first render: React
// hydrates it, adopting its nodes rather than drawing them again and replacing them in one commit
// (decision 0064). Any other page holds the shell, which React replaces.
const app = createElement(StrictMode, null, createElement(App, { router }));
startTransition(() => {
  if (prerenderedHere(root)) hydrateRoot(root, app);
  else createRoot(root).render(app);
});
