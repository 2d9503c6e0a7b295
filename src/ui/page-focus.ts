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

/** The page's main area, where the app has one; else the whole body (a component in a test). */
export function mainArea(): HTMLElement {
  return document.getElementById('main-content') ?? document.body;
}
