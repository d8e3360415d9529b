import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api.ts';

/** Retries only what may pass on a second try: network failures and server errors. */
function retry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's query client: one in the browser, and a fresh one for each server rendering. On the
 * server a failed query is not tried again, and stays an error when the next pass renders it (with
 * `retryOnMount` a component would see it as pending and render the spinner, while the browser,
 * hydrating the error, renders the not-found or error page).
 */
export function createQueryClient(server = false): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: server ? false : retry,
        retryOnMount: !server,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
