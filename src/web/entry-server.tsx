// The server renderer: the same routes, providers and components as the browser (main.tsx), built
// by `vite build --ssr` into dist/ssr/ and imported by src/server/pages/renderer.ts.
import { type Query, type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { ServerStyleSheet } from 'styled-components';
import en from '#shared/i18n/en.json';
import fi from '#shared/i18n/fi.json';
import sv from '#shared/i18n/sv.json';
import type { Language } from '#shared/languages.ts';
import { AppRoutes, loadPageFor } from './app/router.tsx';
import { DocumentTitleContext } from './components/PageTitle.tsx';
import { type ApiTransport, isApiError, setApiTransport } from './lib/api.ts';
import { dehydratePage, isPersonal, type PageState } from './lib/hydration.ts';
import { setServerOrigin } from './lib/origin.ts';
import { createQueryClient } from './lib/query-client.ts';
import { setRenderTime } from './lib/render-time.ts';
import { addTexts, TranslationProvider } from './lib/translation.tsx';

/** Passes of render → fetch what was asked → render again; a page needs two or three. */
const MAX_PASSES = 5;

export interface RenderInput {
  /** Path and query, e.g. `/n/x/events/y?lang=sv`. */
  url: string;
  language: Language;
  now: Date;
  /** Answers the page starts with, by query key (a form posted without JavaScript and refused). */
  data?: [key: readonly unknown[], value: unknown][];
}

export interface RenderOutput {
  status: number;
  /** The app's markup, for `<div id="root">`. */
  html: string;
  /** styled-components' `<style>` tags, for the head. */
  styles: string;
  /** The page's title as its PageTitle sets it. */
  title: string | null;
  state: PageState;
  /** Every answer the page was built from (to find when a meeting on it changes phase). */
  data: unknown[];
  /** An answer failed other than with 404 (the page shows an error): it is not to be kept. */
  failed: boolean;
}

// The server renderer has every text of every language.
addTexts('fi', fi);
addTexts('sv', sv);
addTexts('en', en);

/** Called once by the server: requests go in-process to the API (anonymously), links use this origin. */
export function configure(options: { transport: ApiTransport; origin: string }): void {
  setApiTransport(options.transport);
  setServerOrigin(options.origin);
}

type Rendering = { html: string; styles: string; title: string | null };

function renderOnce(url: string, client: QueryClient, language: Language, now: Date): Rendering {
  const sheet = new ServerStyleSheet();
  let title: string | null = null;
  const setTitle = (value: string) => {
    title = value;
  };
  // renderToString runs to its end at once, so the moment is set for this rendering alone.
  setRenderTime(now);
  try {
    const html = renderToString(
      sheet.collectStyles(
        <StrictMode>
          <TranslationProvider language={language}>
            <DocumentTitleContext value={setTitle}>
              <QueryClientProvider client={client}>
                <StaticRouter location={url}>
                  <AppRoutes />
                </StaticRouter>
              </QueryClientProvider>
            </DocumentTitleContext>
          </TranslationProvider>
        </StrictMode>,
      ),
    );
    return { html, styles: sheet.getStyleTags(), title };
  } finally {
    setRenderTime(null);
    sheet.seal();
  }
}

/** The queries a rendering asked for and nobody has fetched: the anonymous, enabled ones. */
function wanted(client: QueryClient, tried: Set<string>): Query[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => {
      const enabled = query.options as { enabled?: unknown };
      return (
        query.state.status === 'pending' &&
        !isPersonal(query) &&
        enabled.enabled !== false &&
        !tried.has(query.queryHash)
      );
    });
}

function statusOf(client: QueryClient) {
  const errors = client
    .getQueryCache()
    .getAll()
    .flatMap((query) => (query.state.error ? [query.state.error] : []));
  const missing = errors.some((error) => isApiError(error, 404));
  return { status: missing ? 404 : 200, failed: errors.some((e) => !isApiError(e, 404)) };
}

/**
 * Renders a page as an anonymous visitor sees it at `now`: render, fetch the queries the components
 * asked for, render again, until nothing new is asked (or MAX_PASSES).
 */
export async function render(input: RenderInput): Promise<RenderOutput> {
  await loadPageFor(new URL(input.url, 'http://verkosto.invalid').pathname);
  const client = createQueryClient(true);
  const tried = new Set<string>();
  for (const [key, value] of input.data ?? []) client.setQueryData(key, value);
  try {
    let rendering = renderOnce(input.url, client, input.language, input.now);
    for (let pass = 1; pass < MAX_PASSES; pass++) {
      const queries = wanted(client, tried);
      if (queries.length === 0) break;
      for (const query of queries) tried.add(query.queryHash);
      await Promise.all(
        queries.map((query) => client.prefetchQuery({ ...query.options, queryKey: query.queryKey })),
      );
      rendering = renderOnce(input.url, client, input.language, input.now);
    }
    const data = client
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data);
    const state = dehydratePage(client, input.now);
    return { ...rendering, ...statusOf(client), state, data };
  } finally {
    client.clear();
  }
}
