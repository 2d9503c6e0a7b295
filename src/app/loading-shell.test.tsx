// The frame index.html paints before JavaScript runs must be the frame the app then draws, or the
// page would visibly change (and the two would drift apart as the header changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LoadingShell } from './loading-shell';
import { Layout } from './layout';

/** Attributes the router adds to its links, which a plain link in the page has no need of. */
const ROUTER_ONLY = new Set(['data-discover', 'aria-current']);

/** A readable outline of a node: tags, attributes (sorted) and text, whitespace collapsed. */
function outline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .filter((attribute) => !ROUTER_ONLY.has(attribute.name))
    .filter((attribute) => !(attribute.name === 'class' && attribute.value === ''))
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort();
  const children = [...node.childNodes].map(outline).filter(Boolean);
  return `<${node.localName}${attributes.map((a) => ` ${a}`).join('')}>${children.join('')}</${node.localName}>`;
}

function shellInIndexHtml(): Element {
  const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
  const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

function loadingShell(): Element {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(<LoadingShell />);
  // React's server renderer adds a preload hint for the image, which belongs in <head>.
  container.querySelectorAll('link[rel="preload"]').forEach((hint) => hint.remove());
  return container;
}

describe('the loading shell', () => {
  it('is the same markup in index.html as the router shows while the first page loads', () => {
    const fromHtml = [...shellInIndexHtml().childNodes].map(outline).filter(Boolean);
    const fromReact = [...loadingShell().childNodes].map(outline).filter(Boolean);
    expect(fromHtml).toEqual(fromReact);
  });

  it('says it is loading, politely, in a busy main area', () => {
    const main = shellInIndexHtml().querySelector('main#main-content');
    expect(main?.getAttribute('aria-busy')).toBe('true');
    expect(main?.querySelector('[role="status"]')?.textContent).toBe('Loading Escalate…');
  });

  it('has only plain links and no controls', () => {
    const shell = shellInIndexHtml();
    expect(shell.querySelectorAll('button, input, select, textarea, form, [onclick]')).toHaveLength(
      0,
    );
    for (const link of shell.querySelectorAll('a'))
      expect(link.getAttribute('href')).toMatch(/^[/#]/);
  });

  it('draws the header and navigation exactly as the app’s layout does', async () => {
    const router = createMemoryRouter([{ path: '*', Component: Layout }], {
      initialEntries: ['/no-such-page'],
    });
    render(<RouterProvider router={router} />);
    await screen.findByRole('navigation', { name: 'Main' });
    const header = document.querySelector('header.site-header');
    if (!header) throw new Error('the layout has no header');
    const fromLayout = header.cloneNode(true) as Element;
    // The status line and lock button need the app running; the shell leaves them out.
    fromLayout.querySelector('.site-header__tools')?.remove();
    const fromShell = loadingShell().querySelector('header.site-header');
    if (!fromShell) throw new Error('the shell has no header');
    expect(outline(fromShell)).toBe(outline(fromLayout));
  });
});
