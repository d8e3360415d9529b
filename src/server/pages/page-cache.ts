import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { EVENT_CHANGES } from '#server/features/events/events.cache.ts';
import { INSTALLATION_CHANGES } from '#server/features/installation/installation.service.ts';
import { NETWORK_CHANGES } from '#server/features/networks/networks.cache.ts';
import type { Bus } from '#server/platform/bus.ts';
import { etagOf } from '#server/platform/etag.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** A network page with its three encodings is about 150 kB: at most some 75 MB of pages. */
const MAX_ENTRIES = 500;

/** A rendered page with its compressed forms, computed once: the hot path compresses nothing. */
export interface CachedPage {
  status: number;
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** What a rendering says about itself: which network it shows and until when it holds. */
export interface Rendered {
  status: number;
  html: string;
  /**
   * What the ETag is computed from, when not the HTML: the page without the moment it was rendered,
   * so a page rendered again with the same content keeps its ETag (and browsers their 304).
   */
  etagSource?: string;
  /** The network the page belongs to (slug and id); none for the installation's own pages. */
  network: { slug: string; id: string } | null;
  validUntil: Date | null;
}

type Entry = { page: Promise<CachedPage>; network: Rendered['network']; validUntil: number };

export interface PageCache {
  /** The page under `key`, rendered when missing, forgotten or past its moment. */
  get(key: string, render: () => Promise<Rendered>): Promise<CachedPage>;
  /** Renderings so far (a test reads it to see a hit cost nothing). */
  readonly renders: number;
  clear(): void;
}

async function compress(rendered: Rendered): Promise<CachedPage & { validUntil: number }> {
  const identity = Buffer.from(rendered.html);
  const [br, gzip] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzipped(identity, { level: 9 }),
  ]);
  const validUntil = rendered.validUntil?.getTime() ?? Number.POSITIVE_INFINITY;
  const etag = etagOf(rendered.etagSource ?? rendered.html);
  return { status: rendered.status, etag, identity, br, gzip, validUntil };
}

/**
 * Server-rendered public pages, kept until what they show changes: a network's events or programme
 * (database trigger), the network itself, the installation's settings, or the moment a meeting on
 * the page changes phase. Pages without a network (home, accessibility) list networks, so they are
 * forgotten with any network's change.
 */
export async function createPageCache(bus: Bus): Promise<PageCache> {
  const entries = new Map<string, Entry>();
  let renders = 0;
  const forgetWhere = (test: (network: Rendered['network']) => boolean) => {
    for (const [key, entry] of entries) if (!entry.network || test(entry.network)) entries.delete(key);
  };
  const clear = () => entries.clear();
  await bus.subscribe(EVENT_CHANGES, (id) => forgetWhere((n) => n?.id === id), clear);
  await bus.subscribe(NETWORK_CHANGES, (slug) => forgetWhere((n) => n?.slug === slug), clear);
  await bus.subscribe(INSTALLATION_CHANGES, clear, clear);

  function store(key: string, render: () => Promise<Rendered>): Promise<CachedPage> {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    renders++;
    const entry: Entry = { page: Promise.resolve(null as never), network: null, validUntil: Infinity };
    entry.page = render().then(async (rendered) => {
      const page = await compress(rendered);
      entry.network = rendered.network;
      entry.validUntil = page.validUntil;
      return page;
    });
    entries.set(key, entry);
    entry.page.catch(() => entries.get(key) === entry && entries.delete(key));
    return entry.page;
  }

  return {
    get(key, render) {
      const entry = entries.get(key);
      if (!entry || entry.validUntil <= Date.now()) return store(key, render);
      // Least recently used goes first: a page read often stays however many others pass through.
      entries.delete(key);
      entries.set(key, entry);
      return entry.page;
    },
    get renders() {
      return renders;
    },
    clear,
  };
}
