// The Home page written out as HTML at build time must be what the app then draws over it, or the
// page would visibly change as React takes over (and the two would drift apart as Home changes).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Layout } from './layout';
import { HomeRoute } from './home-route';
import { prerenderHomeMain } from './prerender';

/** A readable outline of a node: tags, attributes (sorted) and text, whitespace collapsed. */
function outline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .filter((attribute) => attribute.name !== 'aria-current')
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort();
  const children = [...node.childNodes].map(outline).filter(Boolean);
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
