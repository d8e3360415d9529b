import { type ComponentType, useEffect, useState } from 'react';
import { matchRoutes, type RouteObject, useRoutes } from 'react-router';
import { LINK_PAGES, WEB_ROUTES } from '#shared/routes.ts';
import { Loading } from '../components/LoadState.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { loadTexts } from '../lib/i18n.ts';
import { textPartsOf } from '../lib/lean-texts.ts';
import { Layout } from './Layout.tsx';
import { RouteErrors } from './RouteErrors.tsx';

type WebRoute = (typeof WEB_ROUTES)[number] | (typeof LINK_PAGES)[number];

type LazyPage = () => Promise<{ Component: ComponentType }>;

/**
 * A page loaded as its own chunk (see RoutePage), so a public page never loads the organisers' or
 * admins' code. Nothing runs when this module is imported.
 */
function page<M>(load: () => Promise<M>, name: keyof M): LazyPage {
  return async () => ({ Component: (await load())[name] as ComponentType });
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
  '/n/:network/surveys': page(() => import('../features/surveys/pages/SurveysPage.tsx'), 'SurveysPage'),
  '/n/:network/surveys/:survey': page(() => import('../features/surveys/pages/SurveyPage.tsx'), 'SurveyPage'),
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
  '/n/:network/feedback/:event': page(
    () => import('../features/surveys/pages/AnswerSurveyPage.tsx'),
    'MeetingSurveyPage',
  ),
  '/n/:network/survey/:survey': page(
    () => import('../features/surveys/pages/AnswerSurveyPage.tsx'),
    'PeriodicSurveyPage',
  ),
};

const paths: WebRoute[] = [...WEB_ROUTES, ...LINK_PAGES];
const pathRoutes = paths.map((path) => ({ path }));
const loaded = new Map<WebRoute, ComponentType>();

/** A route's page, fetched once, with the texts it needs beyond the lean ones (lib/lean-texts.ts). */
async function loadPage(path: WebRoute): Promise<ComponentType> {
  const known = loaded.get(path);
  if (known) return known;
  const [{ Component }] = await Promise.all([pages[path](), loadTexts(textPartsOf(path))]);
  loaded.set(path, Component);
  return Component;
}

/**
 * Loads the page a location shows, so that it renders at once: before the browser hydrates (the
 * first render is then the server's markup, not a loading state) and before the server renders.
 */
export async function loadPageFor(pathname: string): Promise<void> {
  const path = matchRoutes(pathRoutes, pathname)?.[0]?.route.path;
  if (path) await loadPage(path as WebRoute);
}

/** A route's page: rendered at once when its code is here, else loaded (a failure goes to RouteErrors). */
function RoutePage({ path }: { path: WebRoute }) {
  const [Page, setPage] = useState(() => loaded.get(path));
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (Page) return;
    let current = true;
    loadPage(path).then(
      (component) => current && setPage(() => component),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [path, Page]);
  if (failure) throw failure.error;
  return Page ? <Page /> : <Loading />;
}

/**
 * The app's routes, the same in the browser and in the server renderer (src/web/entry-server.tsx).
 * Declared as elements, not as a data router: the app loads its data with TanStack Query, and the
 * data router alone was about a fifth of a public page's JavaScript (docs/decisions/0021).
 */
const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        element: <RouteErrors />,
        children: [
          ...paths.map((path) => ({ path, element: <RoutePage key={path} path={path} /> })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
