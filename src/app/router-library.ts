// React Router on its own: main.tsx evaluates it in a task of its own before the app, rather than as
// part of one long task evaluating the app's code (decision 0047). The build puts it in a file of its
// own; loading this module evaluates that file. It names one small part so the rest stays
// tree-shaken (a dynamic `import('react-router')` would keep all of it).
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';

/** True once React Router is evaluated: always, when this module has loaded. */
export const routerLibraryReady = typeof createBrowserRouter === 'function';

/**
 * Matches `routes` against the address once, as making the router does, and keeps nothing: the
 * first match in a page compiles React Router's matching code and each route's pattern, which
 * main.tsx has done here in a task of its own rather than inside making the router.
 */
export function warmRouteMatching(
  routes: RouteObject[],
  location: Location = window.location,
): void {
  matchRoutes(routes, location);
}
