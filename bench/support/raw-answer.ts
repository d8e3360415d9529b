import { request as httpRequest } from 'node:http';

// As in replayed-headers.ts: node:http sets these itself, or they belong to one connection.
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export type Raw = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * One answer as sent, still compressed (fetch would decompress it), with the headers a bare
 * server may send again.
 */
export function getRaw(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (!NOT_REPLAYED.has(name) && value !== undefined) kept[name] = String(value);
        }
        resolve({ status: response.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}
