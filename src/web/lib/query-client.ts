import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api.ts';

/** Retries only what may pass on a second try: network failures and server errors. */
function retry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
