// main.tsx matches the routes once before it makes the router (decision 0065): that first match must
// only match, loading no page's code and leaving the address and history alone.
import { describe, expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import { warmRouteMatching } from './router-library';

describe('warming up route matching', () => {
  it('matches the address without loading any lazy page or touching history', () => {
    const lazy = vi.fn(async () => ({}));
    const routes: RouteObject[] = [
      { path: '/', children: [{ index: true }, { path: 'guides/*', lazy }, { path: '*' }] },
    ];
    window.history.replaceState({ kept: true }, '', '/guides/wiltshire-scb-2013');
    const length = window.history.length;
    warmRouteMatching(routes);
    expect(lazy).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/guides/wiltshire-scb-2013');
    expect(window.history.state).toEqual({ kept: true });
    expect(window.history.length).toBe(length);
    window.history.replaceState(null, '', '/');
  });
});
