// Where focus and scroll go when new content replaces a whole page: a client-side navigation, or
// the records appearing once the vault opens. A full page load starts at the top, and a screen
// reader starts at the heading; these do the same.

/** Focuses the first h1 inside `area` (made focusable), without scrolling; false if none yet. */
export function focusHeading(area: HTMLElement): boolean {
  const heading = area.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  // The caller decides the scroll: focus alone would scroll the heading to the edge of the view,
  // under the header's height of the page's top.
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * Moves focus to the heading inside `area`, or to `area` itself until the heading appears: pages
 * that decrypt before they can show their heading get up to two seconds for it. Returns a cleanup.
 */
export function focusPage(area: HTMLElement): () => void {
  if (focusHeading(area)) return () => undefined;
  area.focus({ preventScroll: true });
  const observer = new MutationObserver(() => {
    if (document.activeElement === area && focusHeading(area)) observer.disconnect();
  });
  observer.observe(area, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), 2000);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/**
 * How long a page may take to show the element an address's #fragment names: Settings shows its
 * sections together once all have their data, after at most three seconds (LoadTogether).
 */
const FRAGMENT_WAIT_MS = 4000;

/**
 * For an address with a #fragment: moves focus to the element with id `id` and scrolls it to the
 * top of the view, as a browser does for a page it loads at a fragment. A page drawn on demand may
 * show that element late, or keep it hidden while its parts load: until it is shown, focus is
 * where {@link focusPage} puts it, and the element takes it only if the user has not moved it
 * meanwhile. With no such element, the page keeps its heading's focus. Returns a cleanup.
 */
export function focusFragment(area: HTMLElement, id: string): () => void {
  const stopPage = focusPage(area);
  const untouched = () => {
    const focused = document.activeElement;
    return (
      !focused ||
      focused === document.body ||
      focused === area ||
      focused === area.querySelector('h1')
    );
  };
  const show = (): boolean => {
    const target = document.getElementById(id);
    if (!target || !area.contains(target) || target.closest('[hidden]')) return false;
    if (untouched()) {
      // A heading or section is not focusable of itself: made so, as focusHeading does.
      if (target.tabIndex < 0) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    }
    return true;
  };
  if (show()) return stopPage;
  const observer = new MutationObserver(() => {
    if (show()) stop();
  });
  observer.observe(area, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
  const timer = setTimeout(() => observer.disconnect(), FRAGMENT_WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  return () => {
    stop();
    stopPage();
  };
}

/** The page's main area, where the app has one; else the whole body (a component in a test). */
export function mainArea(): HTMLElement {
  return document.getElementById('main-content') ?? document.body;
}
