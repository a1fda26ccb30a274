import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // The dashboard lives in web/; the built files go where server/index.ts serves them.
  root: `${here}web`,
  // a brotli and a gzip copy beside each built file: the server sends the one the client accepts
  plugins: [svelte({ configFile: false }), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    // ECharts (even per chart type from echarts/core) is most of the bundle; one chunk is fine here
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
  test: {
    root: here,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: here,
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          // the server's bundle, which the tests that start a server run
          globalSetup: ['test/helpers/server-bundle.ts'],
          // some tests start processes (the CLI, the server, sqld): generous on a busy 2-core machine
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: here,
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/server-bundle.ts', 'test/e2e/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // one browser and one server for the suite: run the files one after another
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
