// The router. Every page but Home loads on demand, so the first load stays small.
import { createBrowserRouter, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './layout';
import { LoadingShell } from './loading-shell';
import { HomeRoute } from './home-route';
import { NotFoundPage } from './not-found-page';

/** The app's routes: the browser's router and the build's prerender (prerender.tsx) both use them. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    hydrateFallbackElement: <LoadingShell />,
    children: [
      { index: true, Component: HomeRoute },
      {
        path: 'guides/*',
        lazy: async () => ({ Component: (await import('./guide-routes')).GuideRoutes }),
      },
      {
        path: 'escalations/*',
        lazy: async () => ({ Component: (await import('./escalations-route')).EscalationsRoute }),
      },
      {
        path: 'notifications/*',
        lazy: async () => ({
          Component: (await import('./notifications-route')).NotificationsRoute,
        }),
      },
      {
        path: 'register/*',
        lazy: async () => ({ Component: (await import('./register-route')).RegisterRoute }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('./settings-route')).SettingsRoute }),
      },
      {
        path: 'forgotten-passphrase',
        lazy: async () => ({
          Component: (await import('../features/vault/forgotten-passphrase-page'))
            .ForgottenPassphrasePage,
        }),
      },
      {
        path: 'accessibility',
        lazy: async () => ({
          Component: (await import('../features/help/accessibility-statement-page'))
            .AccessibilityStatementPage,
        }),
      },
      {
        path: 'licences',
        lazy: async () => ({
          Component: (await import('../features/help/licences-page')).LicencesPage,
        }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

/** Made by main.tsx in a task of its own: it starts loading the first page's code. */
export const createAppRouter = (): DataRouter => createBrowserRouter(appRoutes);

export function App({ router }: { router: DataRouter }) {
  return <RouterProvider router={router} />;
}
