import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import server from './vite.server.config.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The ingest (dist/ingest/ingest.js, which `npm run ingest` runs, and its worker threads'
 * ingest-worker.js), bundled as the server is (vite.server.config.ts) but in a folder apart, so
 * that building one never rewrites the other's files under it. Run from the TypeScript sources
 * through tsx, every thread had a loader of its own beside it (about 50 MB of the load's peak)
 * and kept every function's name at run time (esbuild's keepNames: a property defined for each
 * closure made). Code both entries share goes in a chunk beside them, so that the pool's
 * `new URL('./ingest-worker.js', import.meta.url)` finds the worker.
 */
export default mergeConfig(
  server,
  defineConfig({
    build: {
      ssr: true,
      outDir: `${here}dist/ingest`,
      rollupOptions: {
        input: { ingest: `${here}db/ingest/cli.ts`, 'ingest-worker': `${here}db/ingest/ingest-worker.ts` },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  }),
);
