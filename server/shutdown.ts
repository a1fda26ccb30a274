import type { Server, ServerResponse } from 'node:http';

export interface Shutdown {
  /** responses in flight when the shutdown began that were cut at the deadline */
  cut: number;
}

/**
 * Graceful shutdown for a node http server: `stop()` stops taking connections, lets the
 * responses in flight finish until `deadlineMs`, then cuts what is left. Keep-alive
 * connections are closed as soon as they fall idle, so a browser's open socket does not hold
 * the process up.
 */
export function gracefulShutdown(server: Server) {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (stopping) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight.delete(res);
      if (stopping) server.closeIdleConnections();
    });
  });

  let done: Promise<Shutdown> | undefined;
  const stop = (deadlineMs: number): Promise<Shutdown> =>
    (done ??= new Promise((resolve) => {
      stopping = true;
      for (const res of inFlight) res.shouldKeepAlive = false;
      let cut = 0;
      const deadline = setTimeout(() => {
        cut = inFlight.size;
        server.closeAllConnections();
      }, deadlineMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve({ cut });
      });
      server.closeIdleConnections();
    }));

  return {
    stop,
    /** responses being written now */
    get inFlight() {
      return inFlight.size;
    },
  };
}
