// The Home page written out as HTML at build time must be what the app then draws over it, or the
// page would visibly change as React takes over (and the two would drift apart as Home changes).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Layout } from './layout';
import { HomeRoute } from './home-route';
import { prerenderGuideMain, prerenderedGuides, prerenderHomeMain } from './prerender';
import { createAppRouter } from './app';
import { builtInPacks } from '../domain/policy/built-in-packs';

/**
 * A readable outline of an element: tags, attributes (sorted) and text, whitespace collapsed, with
 * adjacent text nodes joined (React's client draws `{a} · {b}` as three, HTML parses it as one).
 */
function outline(element: Element): string {
  const copy = element.cloneNode(true);
  copy.normalize();
  return outlineOf(copy);
}

function outlineOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .filter((attribute) => attribute.name !== 'aria-current')
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort();
  const children = [...node.childNodes].map(outlineOf).filter(Boolean);
  return `<${node.localName}${attributes.map((a) => ` ${a}`).join('')}>${children.join('')}</${node.localName}>`;
}

function prerenderedMain(): Element {
  const container = document.createElement('div');
  container.innerHTML = prerenderHomeMain();
  const main = container.querySelector('main');
  if (!main) throw new Error('the prerendered page has no main area');
  return main;
}

describe('the prerendered Home page', () => {
  it('is the main area the app draws on Home before any records exist', async () => {
    const router = createMemoryRouter(
      [{ path: '/', Component: Layout, children: [{ index: true, Component: HomeRoute }] }],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { level: 1, name: 'Escalate' });
    const main = document.querySelector('main#main-content');
    if (!main) throw new Error('the app drew no main area');
    expect(outline(prerenderedMain())).toBe(outline(main));
  });

  it('is not busy, and its lead paragraph (the largest text) is there without JavaScript', () => {
    const main = prerenderedMain();
    expect(main.getAttribute('aria-busy')).toBeNull();
    expect(main.querySelector('h1')?.textContent).toBe('Escalate');
    expect(main.querySelector('p.lead')?.textContent).toMatch(/^When you disagree/);
  });
});

/** The main area as React first commits it with a heading: before later renders add to it. */
async function firstCommittedMain(path: string): Promise<Element> {
  window.history.pushState({}, '', path);
  const router = createAppRouter();
  const snapshot = new Promise<Element>((resolve) => {
    const observer = new MutationObserver(() => {
      const main = document.querySelector('main#main-content');
      if (!main?.querySelector('h1')) return;
      observer.disconnect();
      resolve(main.cloneNode(true) as Element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  // RouterProvider from 'react-router' (App's, from 'react-router/dom', is another copy under Node).
  render(<RouterProvider router={router} />);
  try {
    return await snapshot;
  } finally {
    router.dispose();
    window.history.pushState({}, '', '/');
  }
}

describe('the prerendered guides', () => {
  it('are written for every built-in guide', () => {
    expect(prerenderedGuides().map((guide) => guide.path)).toEqual(
      builtInPacks.map((pack) => `guides/${pack.id}`),
    );
  });

  for (const pack of builtInPacks)
    it(`draw ${pack.id} as the app first draws it`, async () => {
      const container = document.createElement('div');
      container.innerHTML = prerenderGuideMain(pack.id);
      const prerendered = container.querySelector('main');
      if (!prerendered) throw new Error('the prerendered guide has no main area');
      expect(prerendered.querySelector('h1')?.textContent).toBe(pack.title);
      expect(outline(prerendered)).toBe(outline(await firstCommittedMain(`/guides/${pack.id}`)));
    });
});
