import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  // every table file but search-index.ts: its FTS5 table lives in hand-written migrations (0001, 0011)
  schema: [
    'municipalities',
    'assessments',
    'files',
    'systems',
    'contracts',
    'provisions',
    'ratings',
    'procedures',
    'changes',
    'thresholds',
    'extraction',
    'flags',
    'search',
    'data-generation',
    'summaries',
  ].map((name) => `./db/schema/${name}.ts`),
  out: './db/migrations',
  casing: 'snake_case',
});
