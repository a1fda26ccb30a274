/**
 * npm run corpus:national -- OUT_DIR [N]: writes a deterministic synthetic corpus, one
 * assessment per local public body of Japan (several affairs for the larger cities), made from
 * the seeds, with the facts it wrote into each (OUT_DIR/expected.json). With N, only the first
 * N documents of the same order.
 */
import { CorpusError, writeCorpus } from './write-corpus';

const [outDir, n, ...extra] = process.argv.slice(2);
const limit = n === undefined ? undefined : Number(n);
if (!outDir || extra.length || (limit !== undefined && (!Number.isInteger(limit) || limit < 1))) {
  console.error('usage: npm run corpus:national -- OUT_DIR [N]   (N: a positive whole number of documents)');
  process.exit(2);
}
try {
  const s = writeCorpus(outDir, limit);
  console.log(`${s.documents} documents, ${s.bytes} bytes (${(s.bytes / 2 ** 20).toFixed(1)} MiB), ${s.seconds.toFixed(1)} s → ${s.outDir}`);
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  console.error(`error: ${e.message}`);
  process.exit(1);
}
