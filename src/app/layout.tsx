// The frame of every page: skip link, header, navigation, banners, main content and footer.
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { OnlineIndicator } from '../ui/online-status';
import { ErrorBoundary } from '../ui/error-boundary';
import { UpdatePrompt } from './update-prompt';
import { DeviceStorageBanners } from './device-storage-banners';
import { DatabaseEventsBanner } from './database-events-banner';
import { VaultControls } from './vault-controls';

const NAVIGATION = [
  { to: '/', label: 'Home', end: true },
  { to: '/guides', label: 'Guides', end: false },
  { to: '/escalations', label: 'Escalations', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

/** After a client-side navigation, move focus to the new page's heading, as a full page load would. */
function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    const target = heading ?? main.current;
    if (!target) return;
    if (heading) heading.tabIndex = -1;
    target.focus();
  }, [pathname, main]);
}

export function Layout() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>Escalate</span>
          </Link>
          <div className="site-header__tools">
            <OnlineIndicator />
            <VaultControls />
          </div>
        </div>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="page">
        <div className="banners">
          <UpdatePrompt />
          <DatabaseEventsBanner />
          <DeviceStorageBanners />
          <div id="vault-banners" />
        </div>
        <main id="main-content" ref={main} tabIndex={-1}>
          <ErrorBoundary>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="site-footer">
        <ul>
          <li>
            <Link to="/accessibility">Accessibility statement</Link>
          </li>
        </ul>
        <p>
          Escalate keeps everything on this device. It sends nothing anywhere unless you share or
          download a file.
        </p>
      </footer>
    </>
  );
}
