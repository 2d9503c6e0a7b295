// The page's frame while the app starts: the header and navigation Layout draws, with a loading
// line in the main area. index.html carries the same markup inside #root, so the first paint comes
// from HTML and CSS before any JavaScript has run; the router shows it again while the first page's
// code loads. Its links are plain links (full page loads work without the app) and it has no
// controls. loading-shell.test.tsx keeps index.html and this component identical.
import { BrandMark } from './brand-mark';

/** The main navigation, in order. Layout adds Register after Escalations in register mode. */
export const NAVIGATION = [
  { to: '/', label: 'Home', end: true },
  { to: '/guides', label: 'Guides', end: false },
  { to: '/escalations', label: 'Escalations', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

export function LoadingShell() {
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a href="/" className="site-header__brand">
            <BrandMark />
            <span>Escalate</span>
          </a>
        </div>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <a href={item.to} data-label={item.label}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="page">
        <main id="main-content" tabIndex={-1} aria-busy="true">
          <p className="loading" role="status">
            Loading Escalate…
          </p>
        </main>
      </div>
    </>
  );
}
