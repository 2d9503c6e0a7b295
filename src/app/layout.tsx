// The frame of every page: skip link, header, navigation, banners, main content and footer.
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { OnlineIndicator } from '../ui/online-status';
import { ErrorBoundary } from '../ui/error-boundary';
import { UpdatePrompt } from './update-prompt';
import { DeviceStorageBanners } from './device-storage-banners';
import { DatabaseEventsBanner } from './database-events-banner';
import { VaultControls } from './vault-controls';
import { BrandMark } from './brand-mark';
import { OverdueBadge } from './overdue-badge';
import { describeStorageError, isStorageError } from '../data/storage-errors';
import { useRegisterMode } from '../data/register-mode';
import { NAVIGATION } from './loading-shell';

/** A storage failure gets its own plain-English explanation; anything else the generic one. */
function describeCrash(error: unknown): string {
  return isStorageError(error)
    ? describeStorageError(error).message
    : 'Something went wrong on this page. Anything you had saved is still on this device.';
}

/** Shown after Escalations when the device is in register mode. */
const REGISTER_LINK = { to: '/register', label: 'Register', end: false } as const;

/** Focuses a page's heading (made focusable) or, failing that, the main element. */
function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * After a client-side navigation, move focus to the new page's heading, as a full page load would.
 * Pages that decrypt before they can show their heading get up to two seconds for it to appear.
 */
function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const element = main.current;
    if (first.current || !element) {
      first.current = false;
      return;
    }
    if (focusHeading(element)) return;
    element.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement === element && focusHeading(element)) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 2000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname, main]);
}

export function Layout() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const navigation = useRegisterMode()
    ? [...NAVIGATION.slice(0, 3), REGISTER_LINK, ...NAVIGATION.slice(3)]
    : NAVIGATION;
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <BrandMark />
            <span>Escalate</span>
          </Link>
          <div className="site-header__tools">
            <OnlineIndicator />
            <VaultControls />
          </div>
        </div>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} data-label={item.label}>
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
          <OverdueBadge />
          <DeviceStorageBanners />
          <div id="vault-banners" />
        </div>
        <main id="main-content" ref={main} tabIndex={-1}>
          <ErrorBoundary describe={describeCrash}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="site-footer">
        <ul>
          <li>
            <Link to="/accessibility">Accessibility statement</Link>
          </li>
          <li>
            <Link to="/licences">Data sources and licences</Link>
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
