import '@fontsource/source-sans-3/latin-300.css';
import '@fontsource/source-sans-3/latin-ext-300.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { sessionQueryOptions } from './api/get-session.ts';
import { App } from './app/App.tsx';
import { loadPageFor } from './app/router.tsx';
import { hydratePage, type PageState, readPageState } from './lib/hydration.ts';
import { hydrateReportingMismatches } from './lib/hydration-check.ts';
import { initI18n } from './lib/i18n.ts';
import { createQueryClient } from './lib/query-client.ts';
import { setRenderTime } from './lib/render-time.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * After hydration: "now" is the real time again, a query that failed may be retried when a page
 * mounts it, and a signed-in reader's pages are refreshed (the server rendered them anonymously).
 */
function Hydrated({ client, hydrated }: { client: QueryClient; hydrated: Set<string> }) {
  useEffect(() => {
    setRenderTime(null);
    // For tests and tools: the page is the browser's now.
    document.documentElement.dataset.hydrated = 'true';
    const defaults = client.getDefaultOptions();
    client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryOnMount: true } });
    void client.fetchQuery(sessionQueryOptions()).then((session) => {
      if (session.user) void client.invalidateQueries({ predicate: (q) => hydrated.has(q.queryHash) });
    });
  }, [client, hydrated]);
  return null;
}

async function hydrate(state: PageState, element: HTMLElement) {
  const client = createQueryClient();
  // A hydrated error stays one for the first render, as the server rendered it.
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryOnMount: false } });
  const hydrated = hydratePage(client, state);
  setRenderTime(new Date(state.renderedAt));
  await loadPageFor(window.location.pathname);
  hydrateReportingMismatches(element, () =>
    hydrateRoot(
      element,
      <StrictMode>
        <App client={client} />
        <Hydrated client={client} hydrated={hydrated} />
      </StrictMode>,
    ),
  );
}

async function start(element: HTMLElement) {
  await initI18n();
  const state = readPageState();
  if (state) return hydrate(state, element);
  createRoot(element).render(
    <StrictMode>
      <App client={createQueryClient()} />
    </StrictMode>,
  );
}

void start(root);
