import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../db/client';
import { ingestPaths } from '../../../db/ingest/ingest';
import { migrateDb } from '../../../db/migrate';
import * as t from '../../../db/schema';
import { SEEDS_DIR } from '../../helpers/seed-db';

/**
 * `npm run ingest` killed (SIGKILL) at points through a load: the database stays whole —
 * integrity, foreign keys and the search index check out, the documents loaded before are
 * intact, and every document stored is stored whole — and a later run loads the rest.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const COPIES = 10;
/**
 * Where to kill: once while it starts (after `ms`), then each time after `docs` more documents
 * were committed and a further `ms` — landing before, inside or between transactions. Fixed, so
 * a failure can be re-run; keyed on progress rather than time, so a slow machine kills mid-load too.
 */
const KILLS = [
  { docs: 0, ms: 300 },
  { docs: 2, ms: 0 },
  { docs: 3, ms: 37 },
  { docs: 4, ms: 113 },
  { docs: 5, ms: 251 },
];
/** documents stored after each kill */
const stored: number[] = [];

let dir: string;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pia-crash-'));
  url = `file:${join(dir, 'pia.db')}`;
  const db = createDb(url);
  await migrateDb(db);
  expect((await ingestPaths(db, [SEEDS_DIR])).every((r) => r.ok)).toBe(true);
  db.close();
  mkdirSync(join(dir, 'docs'));
  for (let i = 0; i < COPIES; i++)
    for (const f of readdirSync(SEEDS_DIR)) writeFileSync(join(dir, 'docs', `copy${i}_${f}`), readFileSync(join(SEEDS_DIR, f), 'utf8') + '\n'.repeat(i + 1));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function countDocuments(): Promise<number> {
  const db = createDb(url, undefined, { readOnly: true });
  try {
    return await db.$count(t.assessments);
  } finally {
    db.close();
  }
}

/** Runs the ingest CLI and kills it (SIGKILL) `ms` after `docs` more documents were stored. */
async function ingestKilled({ docs, ms }: { docs: number; ms: number }): Promise<void> {
  const before = await countDocuments();
  const child = spawn(process.execPath, ['--import', 'tsx', 'db/ingest/cli.ts', join(dir, 'docs')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, REPORTS: 'errors' },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  while (running && docs > 0 && (await countDocuments()) < before + docs) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, ms));
  child.kill('SIGKILL');
  await exited;
}

async function check(db: Db) {
  const [integrity] = await db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
  expect(integrity!.integrity_check).toBe('ok');
  expect(await db.all(sql`pragma foreign_key_check`)).toEqual([]);
  await db.run(sql`insert into search_index (search_index) values ('integrity-check')`);
  // every stored document is whole: its text, its report and its search passages
  const incomplete = await db.all(sql`
    select a.id from assessments a
    where not exists (select 1 from source_texts s where s.assessment_id = a.id)
       or not exists (select 1 from extraction_reports r where r.assessment_id = a.id)
       or not exists (select 1 from search_occurrences o where o.assessment_id = a.id)`);
  expect(incomplete).toEqual([]);
  // the seeds loaded first are all there, with their contracts
  const seeds = await db.all<{ source_file: string; contracts: number }>(sql`
    select a.source_file, (select count(*) from contracts c where c.assessment_id = a.id) as contracts
    from assessments a where a.source_file not like 'copy%' order by a.source_file`);
  expect(seeds.map((s) => [s.source_file, s.contracts])).toEqual([
    ['000_6b35c62c03d5d5e8.txt', 2],
    ['001_0f1031b6666322d1.txt', 3],
    ['002_395353e375fa5b93.txt', 7],
    ['003_672174ab35a34b47.txt', 0],
    ['004_63d90351889fe90b.txt', 4],
  ]);
}

describe('ingest killed at random points', () => {
  it.each(KILLS)('killed $ms ms after $docs more documents: the database is whole', async (kill) => {
    await ingestKilled(kill);
    const db = createDb(url);
    try {
      await check(db);
      stored.push(await db.$count(t.assessments));
    } finally {
      db.close();
    }
  }, 60_000);

  it('some kill landed in the middle of the load', () => {
    expect(stored.some((n) => n > 5 && n < 5 + COPIES * 5), `documents stored after each kill: ${stored.join(', ')}`).toBe(true);
  });

  it('a run to the end then loads every document', async () => {
    const db = createDb(url);
    try {
      const results = await ingestPaths(db, [join(dir, 'docs')]);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(await db.$count(t.assessments)).toBe(5 + COPIES * 5);
      await check(db);
    } finally {
      db.close();
    }
  }, 120_000);
});
