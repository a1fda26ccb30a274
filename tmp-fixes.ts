import { readFileSync, readdirSync } from 'node:fs';
import { normalizeExtraction } from './db/ingest/extraction';
import { detectLayout } from './db/ingest/detect-layout';
const dir =./seeds/';
for (const f of readdirSync(dir)) {
  const t = readFileSync(dir + f, 'utf8');
  const n = normalizeExtraction(t, detectLayout(t));
  console.log(f, n.fixes, n.text === t);
}
