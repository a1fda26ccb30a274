/**
 * Graceful shutdown on a real node http server (the one @hono/node-server's `serve` starts):
 * responses in flight finish, nothing new is taken, idle keep-alive sockets do not hold the
 * process, and what outlives the deadline is cut and counted.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { gracefulShutdown } from '../../server/shutdown';

/** A server whose /slow answers when the test says so. */
async function slowServer() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const app = new Hono()
    .get('/slow', async (c) => {
      await released;
      return c.text('finished');
    })
    .get('/fast', (c) => c.text('fast'));
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, release, shutdown: gracefulShutdown(server) };
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
};

let open: Server[] = [];
afterEach(() => {
  for (const s of open) s.closeAllConnections();
  open = [];
});

describe('graceful shutdown', () => {
  it('lets a response in flight finish, and takes no new connection meanwhile', async () => {
    const { server, url, release, shutdown } = await slowServer();
    open.push(server);
    const answer = fetch(`${url}/slow`).then(async (r) => [r.status, await r.text()]);
    await until(() => shutdown.inFlight === 1);
    const stopped = shutdown.stop(10_000);
    await until(() => !server.listening);
    await expect(fetch(`${url}/fast`)).rejects.toThrow();
    release();
    expect(await answer).toEqual([200, 'finished']);
    expect(await stopped).toEqual({ cut: 0 });
  });

  it('cuts what is still running at the deadline, and counts it', async () => {
    const { server, url, shutdown } = await slowServer();
    open.push(server);
    const answer = fetch(`${url}/slow`).then(
      (r) => r.text(),
      (e: Error) => `failed: ${e.message}`,
    );
    await until(() => shutdown.inFlight === 1);
    expect(await shutdown.stop(200)).toEqual({ cut: 1 });
    expect(await answer).toMatch(/^failed/);
    expect(server.listening).toBe(false);
  });

  it('is not held up by an idle keep-alive connection', async () => {
    const { server, url, shutdown } = await slowServer();
    open.push(server);
    const res = await fetch(`${url}/fast`, { headers: { connection: 'keep-alive' } });
    expect(await res.text()).toBe('fast');
    // a deadline far beyond the test's own timeout: only closing the idle socket ends this in time
    expect(await shutdown.stop(60_000)).toEqual({ cut: 0 });
  }, 10_000);
});
