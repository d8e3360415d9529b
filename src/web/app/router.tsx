import type { ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { LINK_PAGES, WEB_ROUTES } from '#shared/routes.ts';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { loadAllTexts } from '../lib/i18n.ts';
import { LEAN_ROUTES } from '../lib/lean-texts.ts';
import { Layout } from './Layout.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

type WebRoute = (typeof WEB_ROUTES)[number] | (typeof LINK_PAGES)[number];

type LazyPage = () => Promise<{ Component: ComponentType }>;

/**
 * A page loaded as its own chunk, through the route's `lazy` property: the router fetches it
 * before it renders the route (so a server renderer can await it too), and a public page never
 * loads the organisers' or admins' code. Nothing runs when this module is imported.
 */
function page<M>(load: () => Promise<M>, name: keyof M): LazyPage {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** A page other than the public ones loads the rest of the UI texts with its code (lib/i18n.ts). */
function withAllTexts(path: WebRoute, lazy: LazyPage): LazyPage {
  if (LEAN_ROUTES.includes(path)) return lazy;
  return async () => (await Promise.all([lazy(), loadAllTexts()]))[0];
}

/** One page per route the server knows (src/shared/routes.ts); the type makes sure none is missing. */
const pages: Record<WebRoute, LazyPage> = {
  '/': page(() => import('./pages/HomePage.tsx'), 'HomePage'),
  '/sign-in': page(() => import('../features/auth/pages/SignInPage.tsx'), 'SignInPage'),
  '/me': page(() => import('../features/people/pages/ProfilePage.tsx'), 'ProfilePage'),
  '/admin': page(() => import('../features/admin/pages/AdminPage.tsx'), 'AdminPage'),
  '/admin/audit': page(() => import('../features/audit/pages/AdminAuditPage.tsx'), 'AdminAuditPage'),
  '/accessibility': page(
    () => import('../features/installation/pages/AccessibilityPage.tsx'),
    'AccessibilityPage',
  ),
  '/networks/new': page(() => import('../features/networks/pages/NewNetworkPage.tsx'), 'NewNetworkPage'),
  '/invitations/:token': page(
    () => import('../features/networks/pages/InvitationPage.tsx'),
    'InvitationPage',
  ),
  '/n/:network': page(() => import('./pages/NetworkPage.tsx'), 'NetworkPage'),
  '/n/:network/events/:event': page(() => import('../features/events/pages/EventPage.tsx'), 'EventPage'),
  '/n/:network/settings': page(
    () => import('../features/networks/pages/NetworkSettingsPage.tsx'),
    'NetworkSettingsPage',
  ),
  '/n/:network/programme': page(
    () => import('../features/programme/pages/ProgrammePage.tsx'),
    'ProgrammePage',
  ),
  '/n/:network/live/:event': page(() => import('../features/live/pages/LiveRoomPage.tsx'), 'LiveRoomPage'),
  '/n/:network/interest': page(() => import('../features/outreach/pages/InterestPage.tsx'), 'InterestPage'),
  '/n/:network/privacy': page(() => import('../features/networks/pages/PrivacyPage.tsx'), 'PrivacyPage'),
  '/n/:network/outreach': page(() => import('../features/outreach/pages/OutreachPage.tsx'), 'OutreachPage'),
  '/n/:network/audit': page(() => import('../features/audit/pages/NetworkAuditPage.tsx'), 'NetworkAuditPage'),
  '/sign-in/link': page(() => import('../features/auth/pages/SignInLinkPage.tsx'), 'SignInLinkPage'),
  '/n/:network/join/:event': page(() => import('../features/events/pages/JoinPage.tsx'), 'JoinPage'),
  '/n/:network/confirm/:token': page(
    () => import('../features/outreach/pages/ConfirmPage.tsx'),
    'ConfirmPage',
  ),
  '/n/:network/unsubscribe/:token': page(
    () => import('../features/outreach/pages/UnsubscribePage.tsx'),
    'UnsubscribePage',
  ),
};

/** The app's routes, the same in the browser and in the server renderer (src/web/entry-server.tsx). */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    children: [
      {
        ErrorBoundary: RouteErrorPage,
        children: [
          ...[...WEB_ROUTES, ...LINK_PAGES].map((path) => ({ path, lazy: withAllTexts(path, pages[path]) })),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

/**
 * The browser's router. When the page was rendered on the server, the matched pages' modules are
 * loaded first, so the first render is the server's markup and hydration does not fall back to a
 * loading state (react-router's pattern for lazy routes with server rendering).
 */
export async function createAppRouter(hydrating: boolean) {
  if (hydrating) {
    const lazy = (matchRoutes(routes, window.location) ?? []).filter((m) => m.route.lazy);
    await Promise.all(
      lazy.map(async ({ route }) => {
        const module = await (route.lazy as LazyPage)();
        Object.assign(route, { ...module, lazy: undefined });
      }),
    );
  }
  return createBrowserRouter(routes);
}
