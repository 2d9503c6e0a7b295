// A client-side move to another page starts at the top with focus on the new page's heading, as a
// full page load would; an address with a #fragment opens at the element it names, with focus on
// it; back/forward keeps the browser's scroll.
import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Layout } from './layout';

/** A page that shows its heading a moment after it appears, as a decrypting page does. */
function SlowPage() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return ready ? <h1>Slow page</h1> : <p>Opening…</p>;
}

/** A page whose later part is drawn hidden while it loads, as Settings' sections are. */
function PartlyLoadedPage() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <h1>Settings</h1>
      <div hidden={!ready}>
        <h2 id="backup-heading">Backup and restore</h2>
      </div>
    </>
  );
}

let router: DataRouter;
let scrollTo: MockInstance<typeof window.scrollTo>;

beforeEach(async () => {
  scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'escalations', element: <h1>Escalations</h1> },
          { path: 'slow', Component: SlowPage },
          { path: 'settings', Component: PartlyLoadedPage },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { name: 'Home' });
});

afterEach(() => {
  scrollTo.mockRestore();
});

async function go(to: string | number) {
  await act(async () => {
    await (typeof to === 'number' ? router.navigate(to) : router.navigate(to));
  });
}

describe('moving to another page', () => {
  it('starts the new page at the top, with focus on its heading', async () => {
    await go('/escalations');
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Escalations' }));
  });

  it('focuses the main area without scrolling to it until a late heading appears', async () => {
    const main = document.getElementById('main-content');
    if (!main) throw new Error('no main area');
    const focus = vi.spyOn(main, 'focus');
    await go('/slow');
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    const heading = await screen.findByRole('heading', { name: 'Slow page' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('opens at the element a #fragment names, with focus on it, once it is shown', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    await go('/settings#backup-heading');
    const part = screen.getByRole('heading', { name: 'Backup and restore', hidden: true });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(part));
    expect(scrolled.mock.contexts).toEqual([part]);
    expect(scrollTo).not.toHaveBeenCalled();
    scrolled.mockRestore();
  });

  it('leaves the scroll to the #fragment, and to the browser on back', async () => {
    await go('/escalations#start');
    expect(scrollTo).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Escalations' }));
    await go(-1);
    await screen.findByRole('heading', { name: 'Home' });
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
