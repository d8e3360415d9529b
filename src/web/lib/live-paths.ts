import { networkPath } from './paths.ts';

const enc = encodeURIComponent;

/** The live room's page in the app. */
export const livePath = (network: string, event: string) => `${networkPath(network)}/live/${enc(event)}`;

/** The room's API, e.g. `liveApi(n, e, '/participants')`. */
export const liveApi = (network: string, event: string, rest = '') =>
  `/api/networks/${enc(network)}/live/${enc(event)}${rest}`;

/** The room's WebSocket, on this page's host (wss: on https: pages). */
export function liveSocketUrl(network: string, event: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${liveApi(network, event, '/socket')}`;
}
