// Pages the build writes out as HTML (scripts/prerendered-pages.mjs): the main area the app draws
// first on Home, rendered from the app's own components, so the browser paints the page's largest
// text from HTML before any JavaScript has run. React then draws the same markup over it (main.tsx
// uses createRoot, which replaces the nodes; same size and place, so nothing shifts).
// prerender.test.tsx fails if this markup and what the app draws drift apart.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { HomePage } from '../features/home/home-page';

/** The `main` element Layout draws (its id and tabindex), holding the markup given. */
const mainWith = (inner: string) => `<main id="main-content" tabindex="-1">${inner}</main>`;

/** Home's main area as the app first draws it: before any records (those need the database). */
export function prerenderHomeMain(): string {
  return mainWith(
    renderToStaticMarkup(
      <MemoryRouter initialEntries={['/']}>
        <HomePage />
      </MemoryRouter>,
    ),
  );
}
