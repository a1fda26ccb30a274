import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { writeCorpus } from '../corpus/write-corpus';
import type { CorpusChoice } from './options';
import { REPO } from './repo';

export interface Corpus {
  /** national, seeds, or the folder's name */
  label: string;
  /** the folder handed to the ingest */
  dir: string;
  files: number;
  bytes: number;
  dispose(): void;
}

function measure(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0) };
}

/** The documents to bench on: the national corpus written afresh to a temp folder, the seeds, or a folder given. */
export function prepareCorpus(choice: CorpusChoice): Corpus {
  if (choice.kind === 'seeds') {
    const dir = join(REPO, 'seeds');
    return { label: 'seeds', dir, ...measure(dir), dispose() {} };
  }
  if (choice.kind === 'dir') {
    const given = resolve(choice.dir);
    if (!existsSync(given) || !statSync(given).isDirectory()) throw new Error(`--corpus ${choice.dir}: not a folder`);
    const dir = existsSync(join(given, 'documents')) ? join(given, 'documents') : given;
    return { label: basename(given), dir, ...measure(dir), dispose() {} };
  }
  const out = mkdtempSync(join(tmpdir(), 'pia-bench-corpus-'));
  const summary = writeCorpus(out);
  console.error(`[bench] national corpus: ${summary.documents} documents, ${(summary.bytes / 2 ** 20).toFixed(1)} MiB in ${summary.seconds.toFixed(1)} s`);
  const dir = join(out, 'documents');
  return { label: 'national', dir, files: summary.documents, bytes: summary.bytes, dispose: () => rmSync(out, { recursive: true, force: true }) };
}
