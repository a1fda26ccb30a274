/**
 * Ingestion throughput: `npm run bench` reads every seed COPIES times under other file names
 * into a fresh file database and prints documents per second, time per document and memory.
 * It prints figures; it asserts nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client';
import { ingestPaths, readDocument } from '../../db/ingest/ingest';
import { migrateDb } from '../../db/migrate';

const COPIES = Number(process.env.COPIES ?? 20);
const seeds = join(import.meta.dirname, '../../seeds');
const dir = mkdtempSync(join(tmpdir(), 'pia-bench-'));
const docs = join(dir, 'docs');
const files = readdirSync(seeds);
mkdirSync(docs);
for (let i = 0; i < COPIES; i++) for (const f of files) copyFileSync(join(seeds, f), join(docs, `${i}_${f}`));

let t = performance.now();
for (const f of files) for (let i = 0; i < COPIES; i++) readDocument(readFileSync(join(seeds, f)));
const parseMs = (performance.now() - t) / (files.length * COPIES);

const db = createDb(`file:${join(dir, 'bench.db')}`);
await migrateDb(db);
t = performance.now();
const results = await ingestPaths(db, [docs]);
const seconds = (performance.now() - t) / 1000;
const ok = results.filter((r) => r.ok).length;
db.close();
rmSync(dir, { recursive: true, force: true });

console.log(`documents: ${ok} of ${results.length} (${files.length} seeds × ${COPIES})`);
console.log(`parse only: ${parseMs.toFixed(1)} ms per document`);
console.log(`parse + store: ${((seconds * 1000) / ok).toFixed(1)} ms per document, ${(ok / seconds).toFixed(1)} documents/s`);
console.log(`peak memory (rss): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
