// The pages the build writes out as HTML must be exactly what the app first draws over them: React
// hydrates them (decision 0064), and any difference is a hydration error that makes React throw the
// page away and draw it again (or, for an attribute, leaves the page wrong). These tests hydrate
// each page as main.tsx does, on a first visit and on a device that already holds records.
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { appTree, prerenderedPages, prerenderPage } from './prerender';
import { createAppRouter } from './app';
import { prerenderedHere, routerReady } from './router-start';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { markDatabasePresent, probeDatabase } from '../data/database-presence';
import { writeSetting } from '../data/settings-repository';
import { REGISTER_MODE_SETTING } from '../data/register-mode';
import { endFirstVisit, startFirstVisit } from '../../test/fixtures/first-visit';

interface Hydrated {
  root: Root;
  container: HTMLElement;
  /** What React reported: recoverable errors (a mismatch) and console errors (its warnings). */
  problems: string[];
  /** Every element the page's HTML made, before React hydrated it. */
  drawn: Element[];
}

let hydrated: Hydrated | undefined;
let restoreConsole: (() => void) | undefined;

// Hydrated with React's own root, not Testing Library's: tell React this is a test, as it does.
const testing = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  startFirstVisit();
  testing.IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  act(() => hydrated?.root.unmount());
  hydrated?.container.remove();
  hydrated = undefined;
  restoreConsole?.();
  window.history.pushState({}, '', '/');
  await endFirstVisit();
  delete testing.IS_REACT_ACT_ENVIRONMENT;
});

/** Puts the page the build writes for `path` in the document and hydrates it, as main.tsx does. */
async function hydratePage(path: string): Promise<Hydrated> {
  const container = document.createElement('div');
  container.id = 'root';
  container.setAttribute('data-prerendered', path);
  container.innerHTML = await prerenderPage(path);
  document.body.append(container);
  const drawn = [...container.querySelectorAll('*')];
  window.history.pushState({}, '', path);
  const problems: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
  });
  restoreConsole = () => error.mockRestore();
  expect(prerenderedHere(container)).toBe(true);
  const router = createAppRouter();
  await routerReady(router);
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, appTree(router), {
      onRecoverableError: (problem) => problems.push(String(problem)),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  if (!root) throw new Error('React made no root');
  hydrated = { root, container, problems, drawn };
  return hydrated;
}

describe('the prerendered pages', () => {
  it('are Home and every built-in guide', () => {
    expect(prerenderedPages().map((page) => [page.path, page.file])).toEqual([
      ['/', 'index.html'],
      ...builtInPacks.map((pack) => [`/guides/${pack.id}`, `guides/${pack.id}.html`]),
    ]);
  });

  it('paint Home’s lead paragraph (the largest text) and its header without JavaScript', async () => {
    const container = document.createElement('div');
    container.innerHTML = await prerenderPage('/');
    const main = container.querySelector('main#main-content');
    expect(main?.getAttribute('aria-busy')).toBeNull();
    expect(main?.querySelector('h1')?.textContent).toBe('Escalate');
    expect(main?.querySelector('p.lead')?.textContent).toMatch(/^When you disagree/);
    expect(
      container.querySelector('nav[aria-label="Main"] a[aria-current="page"]')?.textContent,
    ).toBe('Home');
  });

  for (const { path } of prerenderedPages())
    it(`hydrate ${path} on a first visit with no mismatch, keeping the page's own nodes`, async () => {
      await probeDatabase();
      const page = await hydratePage(path);
      await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(page.problems).toEqual([]);
      // Hydrated, not drawn again: every node the HTML made is still in the page.
      const replaced = page.drawn.filter((node) => !node.isConnected);
      expect(replaced.map((node) => node.outerHTML.slice(0, 80))).toEqual([]);
      expect(page.container.querySelector('h1')?.textContent).toBeTruthy();
    });

  it('hydrates a guide on a device with records, then draws what is stored', async () => {
    await writeSetting(REGISTER_MODE_SETTING, true);
    markDatabasePresent();
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no built-in pack');
    const page = await hydratePage(`/guides/${pack.id}`);
    // Register mode is stored: the navigation gains Register once the page has hydrated.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Register' })).toBeTruthy());
    expect(page.problems).toEqual([]);
    expect(page.drawn.find((node) => node.localName === 'h1')?.isConnected).toBe(true);
  });

  it('hydrate only the address they were drawn for, without a query', () => {
    const root = document.createElement('div');
    root.setAttribute('data-prerendered', '/guides/x');
    const at = (href: string) => new URL(href, 'https://escalate.test') as unknown as Location;
    expect(prerenderedHere(root, at('/guides/x'))).toBe(true);
    expect(prerenderedHere(root, at('/guides/x?step=stage-1'))).toBe(false);
    expect(prerenderedHere(root, at('/guides/y'))).toBe(false);
    expect(prerenderedHere(document.createElement('div'), at('/'))).toBe(false);
  });
});
