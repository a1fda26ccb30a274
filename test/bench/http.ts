import autocannon from 'autocannon';
import { request } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { recordCounter } from './record-counter';

/** What Chromium sends: the server compresses what it can for it. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

export interface Download {
  status: number;
  /** the body as sent (compressed when the server compressed it) */
  sentBytes: number;
  /** the body once decompressed */
  bytes: number;
  encoding: string;
  seconds: number;
  /** line ends outside double quotes: a CSV's records, its header included */
  records: number;
}

function decoder(encoding: string) {
  if (encoding === 'gzip') return createGunzip();
  if (encoding === 'br') return createBrotliDecompress();
  if (encoding === 'deflate') return createInflate();
  return undefined;
}

/** One GET as a browser makes it, read to the end without keeping the body. */
export function download(url: string): Promise<Download> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // a connection of its own: a kept-alive one from the previous download may be closing under it
    request(url, { headers: BROWSER_HEADERS, agent: false }, (res) => {
      const encoding = res.headers['content-encoding'] ?? 'identity';
      const decode = decoder(encoding);
      let sentBytes = 0;
      let bytes = 0;
      const records = recordCounter();
      const count = (chunk: Buffer) => {
        bytes += chunk.length;
        records.add(chunk);
      };
      res.on('data', (chunk: Buffer) => (sentBytes += chunk.length));
      // an answer cut short (the server failed mid-stream) must fail the download, not hang it
      res.on('error', reject);
      res.on('aborted', () => reject(new Error(`${url}: the answer was cut short after ${sentBytes} bytes`)));
      const body = decode ? res.pipe(decode) : res;
      body.on('data', count);
      body.on('error', reject);
      body.on('end', () =>
        resolve({ status: res.statusCode ?? 0, sentBytes, bytes, encoding, seconds: (performance.now() - started) / 1000, records: records.records }),
      );
    })
      .on('error', reject)
      .end();
  });
}

export interface HttpFigures {
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** How long to hammer: for a time, or (for a request slower than that allows) a number of requests. */
export type Run = { seconds: number } | { amount: number; timeoutSeconds: number };

/** autocannon against the server: `paths` in turn on each connection. */
export async function hammer(base: string, paths: string[], connections: number, run: Run): Promise<HttpFigures> {
  const result = await autocannon({
    url: base,
    connections,
    headers: BROWSER_HEADERS,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
    ...('seconds' in run ? { duration: run.seconds } : { amount: run.amount, timeout: run.timeoutSeconds }),
  });
  return {
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    perSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
