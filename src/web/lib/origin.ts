let serverOrigin = '';

/** The server renderer's answer to `location.origin`: the installation's public address. */
export function setServerOrigin(origin: string): void {
  serverOrigin = origin;
}

/** Where the app is served, in the browser and while the server renders it. */
export function pageOrigin(): string {
  return typeof window === 'undefined' ? serverOrigin : window.location.origin;
}
