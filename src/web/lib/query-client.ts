import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api.ts';

/** Retries only what may pass on a second try: network failures and server errors. */
function retry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The app's query client: one in the browser, and a fresh one for each server rendering. */
export function createQueryClient(server = false): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: server ? false : retry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
