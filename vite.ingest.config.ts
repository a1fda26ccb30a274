import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The ingest (dist/ingest/ingest.js, which `npm run ingest` runs, and its worker threads'
 * ingest-worker.js) as ES modules for plain node, in a folder apart from the server's so that
 * building one never rewrites the other's files under it. Run from the TypeScript sources
 * through tsx, every thread had a loader of its own beside it (about 50 MB of the load's peak)
 * and kept every function's name at run time (esbuild's keepNames: a property defined for each
 * closure made). Packages stay imports from node_modules (an SSR build keeps dependencies
 * external); code both entries share goes in a chunk beside them, so that the pool's
 * `new URL('./ingest-worker.js', import.meta.url)` finds the worker.
 */
export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: `${here}dist/ingest`,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { ingest: `${here}db/ingest/cli.ts`, 'ingest-worker': `${here}db/ingest/ingest-worker.ts` },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
