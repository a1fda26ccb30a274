import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The API server as one ES module, dist/server/index.js, which `npm start` runs with plain
 * node: no TypeScript compiler loaded at run time (tsx alone held about 40 MB of the server's
 * memory). Packages stay imports from node_modules (an SSR build keeps dependencies external).
 */
export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: `${here}server/index.ts`,
    outDir: `${here}dist/server`,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
