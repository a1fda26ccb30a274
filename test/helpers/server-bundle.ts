import { inRepo } from '../../db/repo-root';

/**
 * Where the tests and the bench bundle the server: the bundle `npm start` builds (the same
 * vite.server.config.ts), in a folder of its own, so that a test running `npm start` (which
 * rebuilds dist/server) never rewrites the file under a server another test is starting.
 */
const OUT_DIR = inRepo('dist', 'server-test');

/** The server as `npm start` runs it, bundled by buildServerBundle. */
export const SERVER_BUNDLE = inRepo('dist', 'server-test', 'index.js');

let built: Promise<unknown> | undefined;

/** Bundles the server from the current sources (once per process). */
export function buildServerBundle(): Promise<unknown> {
  // vite loaded only here: the test files that merely start the bundle need none of it
  built ??= import('vite').then(({ build }) => build({ configFile: inRepo('vite.server.config.ts'), logLevel: 'warn', build: { outDir: OUT_DIR } }));
  return built;
}

/** A vitest global setup: the bundle is built before any test file starts a server. */
export default async function setup() {
  await buildServerBundle();
}
