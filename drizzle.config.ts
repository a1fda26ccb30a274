import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  // every table file but search.ts: its FTS5 table lives in the hand-written migration 0001
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
  ].map((name) => `./db/schema/${name}.ts`),
  out: './db/migrations',
  casing: 'snake_case',
});
