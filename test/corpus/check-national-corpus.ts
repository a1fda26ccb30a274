/**
 * npx tsx test/corpus/check-national-corpus.ts CORPUS_DIR [N]: ingests the first N documents
 * of a corpus written by `npm run corpus:national` into a fresh temp database and prints every
 * fact the reader stored otherwise than expected.json says, counted by template and field,
 * then each mismatch. It prints; it asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client';
import { ingestFile } from '../../db/ingest/ingest';
import { migrateDb } from '../../db/migrate';
import { compareWithStored, type Mismatch } from './compare-with-stored';
import type { ExpectedDocument } from './expected';
import { readStoredFacts } from './stored-facts';

const [corpus, n] = process.argv.slice(2);
if (!corpus) {
  console.error('usage: npx tsx test/corpus/check-national-corpus.ts CORPUS_DIR [N]');
  process.exit(2);
}
const expected = (JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as ExpectedDocument[]).slice(0, n ? Number(n) : undefined);
const dir = mkdtempSync(join(tmpdir(), 'pia-corpus-check-'));
const db = createDb(`file:${join(dir, 'check.db')}`);
await migrateDb(db);
const started = performance.now();
const mismatches: Mismatch[] = [];
let failed = 0;
for (const e of expected) {
  const r = await ingestFile(db, join(corpus, 'documents', e.file));
  if (!r.ok) {
    failed++;
    mismatches.push({ file: e.file, template: e.template, field: 'ingest', expected: 'loaded', read: r.error });
    continue;
  }
  mismatches.push(...compareWithStored(e, await readStoredFacts(db, e.file)));
}
const seconds = (performance.now() - started) / 1000;
db.close();
rmSync(dir, { recursive: true, force: true });

const field = (m: Mismatch) => m.field.replace(/^file \d+ 委託事項\d+/, 'contract').replace(/^rating .*/, 'rating');
const counts = new Map<string, { n: number; docs: Set<string> }>();
for (const m of mismatches) {
  const k = `${m.template} ${field(m)}`;
  const c = counts.get(k) ?? { n: 0, docs: new Set() };
  c.n++;
  c.docs.add(m.file);
  counts.set(k, c);
}
const clean = expected.filter((e) => !mismatches.some((m) => m.file === e.file)).length;
console.log(`${expected.length} documents: ${expected.length - failed} loaded, ${failed} refused, ${clean} read exactly as generated (${seconds.toFixed(1)} s)`);
for (const [k, c] of [...counts].sort()) console.log(`  ${k}: ${c.n} mismatches in ${c.docs.size} documents`);
for (const m of mismatches) console.log(`${m.file}\t${m.field}\texpected ${JSON.stringify(m.expected)}\tread ${JSON.stringify(m.read)}`);
