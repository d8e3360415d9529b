import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiRequestError } from './api.ts';

/** The `<script type="application/json">` that carries a server rendering's state to the browser. */
export const PAGE_STATE_ID = 'verkosto-state';

/** What the server rendered with: its answers (anonymous ones only) and the moment it rendered. */
export interface PageState {
  renderedAt: string;
  queries: DehydratedState;
}

/** A query about the reader (session, profile, attendance…): never fetched nor sent by the server. */
export const PERSONAL = { personal: true } as const;

export const isPersonal = (query: Query): boolean => query.meta?.personal === true;

type PlainError = Pick<ApiRequestError, 'status' | 'code' | 'message' | 'fields' | 'fieldCodes'>;

function plainError(error: unknown): PlainError {
  if (error instanceof ApiRequestError) {
    const { status, code, message, fields, fieldCodes } = error;
    return { status, code, message, fields, fieldCodes };
  }
  return {
    status: 500,
    code: 'internal',
    message: 'The server could not render this.',
    fields: {},
    fieldCodes: {},
  };
}

/** The settled, anonymous answers of a rendering, errors as plain objects (JSON keeps no classes). */
export function dehydratePage(client: QueryClient, renderedAt: Date): PageState {
  const queries = dehydrate(client, {
    shouldDehydrateQuery: (query) => query.state.status !== 'pending' && !isPersonal(query),
  });
  for (const query of queries.queries) {
    if (query.state.error) query.state.error = plainError(query.state.error) as unknown as Error;
  }
  return { renderedAt: renderedAt.toISOString(), queries };
}

/** Puts the server's answers into the browser's client, errors as the ApiRequestError they were. */
export function hydratePage(client: QueryClient, state: PageState): Set<string> {
  hydrate(client, state.queries);
  for (const dehydrated of state.queries.queries) {
    const query = client.getQueryCache().get(dehydrated.queryHash);
    const error = dehydrated.state.error as PlainError | null;
    if (query && error) {
      const { status, code, message, fields, fieldCodes } = error;
      query.setState({ error: new ApiRequestError(status, code, message, fields, fieldCodes) });
    }
  }
  return new Set(state.queries.queries.map((query) => query.queryHash));
}

/** Reads the page's state, when the server rendered it. */
export function readPageState(): PageState | null {
  const element = document.getElementById(PAGE_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as PageState;
  } catch {
    return null;
  }
}
