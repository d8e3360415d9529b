/**
 * What a browser transfers to show a page: headless Chromium loads it until the network is idle
 * and adds up the encoded (on-the-wire) body sizes of the document, its style sheets and every
 * script it loaded, including the route's lazy chunks. Chromium asks for br and gzip, so these are
 * the compressed sizes a visitor receives (brotli). The same scripts are then asked for again
 * with gzip only, the measure issue 11's budget names (`jsGzip`).
 */
import { chromium, type Request } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '#test/chromium.ts';
import { getRaw } from './raw-answer.ts';

export type PageWeight = { html: number; css: number; js: number; jsGzip: number; scripts: number };

const kindOf: Record<string, keyof Omit<PageWeight, 'scripts'> | undefined> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
};

async function weigh(requests: Request[]): Promise<PageWeight> {
  const weight: PageWeight = { html: 0, css: 0, js: 0, jsGzip: 0, scripts: 0 };
  for (const request of requests) {
    const kind = kindOf[request.resourceType()];
    if (!kind) continue;
    weight[kind] += (await request.sizes()).responseBodySize;
    if (kind !== 'js') continue;
    weight.scripts += 1;
    weight.jsGzip += (await getRaw(request.url(), { 'accept-encoding': 'gzip' })).body.length;
  }
  return weight;
}

/** Each page's weight, in a fresh browser context each (an empty cache, as a first visit). */
export async function pageWeights(urls: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const weights: PageWeight[] = [];
    for (const url of urls) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Request[] = [];
      page.on('requestfinished', (request) => finished.push(request));
      await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
      weights.push(await weigh(finished));
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
