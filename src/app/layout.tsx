// The frame of every page: skip link, header, navigation, banners, main content and footer.
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { OnlineIndicator } from '../ui/online-status';
import { ErrorBoundary } from '../ui/error-boundary';
import { focusFragment, focusPage } from '../ui/page-focus';
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

/**
 * After a client-side navigation to another page, start at the top and move focus to the new
 * page's heading, as a full page load would. Not for the first load, and no scroll for a
 * back/forward move (the browser puts the page back where it was). An address with a #fragment
 * opens at the element it names, with focus on it (/settings#restore-heading: the restore form).
 * The browser does that only for a page it loads itself: such links inside the app kept the last
 * page's scroll, with focus on the heading and the part they named wherever it fell.
 */
function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef<string>(undefined);
  useEffect(() => {
    const element = main.current;
    const first = shownPath.current === undefined;
    // A change of #fragment alone is a move within the page, not a new page.
    if (shownPath.current === pathname || !element) return;
    shownPath.current = pathname;
    if (first) return;
    if (navigationType === 'POP') return focusPage(element);
    if (hash !== '') return focusFragment(element, fragmentId(hash));
    window.scrollTo(0, 0);
    return focusPage(element);
  }, [pathname, hash, navigationType, main]);
}

/** The id a #fragment names: `#restore-heading` → `restore-heading`. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
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
