// Pages the build writes out as HTML (scripts/prerendered-pages.mjs): the main area the app draws
// first on Home and on each built-in guide, rendered from the app's own components, so the browser
// paints the page's largest text from HTML before any JavaScript has run. React then draws the same
// markup over it (main.tsx uses createRoot, which replaces the nodes; same size and place, so
// nothing shifts). prerender.test.tsx fails if this markup and what the app draws drift apart.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { builtInPacks } from '../domain/policy/built-in-packs';
import { GuideRoutes } from './guide-routes';

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

/** The built-in guides, by the path of the page the build writes for each (`guides/<id>`). */
export const prerenderedGuides = (): { path: string; title: string }[] =>
  builtInPacks.map((pack) => ({
    path: `guides/${pack.id}`,
    title: `${pack.partnership.shortName} step guide – Escalate`,
  }));

/**
 * A built-in guide's main area as the app first draws it: its first screenful, with no step open
 * and no agency chosen (the user's agency, read from the database, may change it once read).
 */
export function prerenderGuideMain(packId: string): string {
  return mainWith(
    renderToStaticMarkup(
      <MemoryRouter initialEntries={[`/guides/${packId}`]}>
        <Routes>
          <Route path="guides/*" element={<GuideRoutes />} />
        </Routes>
      </MemoryRouter>,
    ),
  );
}
