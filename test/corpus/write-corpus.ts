import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedDocument } from './expected';
import { generateDocument } from './generate-document';
import { planCorpus } from './plan';
import { TEMPLATES } from './templates';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The corpus's seed: change it and every document changes. */
export const CORPUS_SEED = 80_001;
const MARKER = 'SYNTHETIC CORPUS';

export class CorpusError extends Error {}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), abs.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
}

/** Refuses an output folder inside the repository's seeds/ or data/ (the real documents and the default database). */
function checkOutDir(outDir: string) {
  const out = realPath(outDir);
  for (const kept of ['seeds', 'data']) {
    const rel = relative(realPath(join(REPO, kept)), out);
    if (!(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)))
      throw new CorpusError(`${outDir}: refusing to write a synthetic corpus inside the repository's ${kept}/`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new CorpusError(`${outDir}: not a folder`);
    const entries = readdirSync(out);
    const previous = entries.includes('README.txt') && readFileSync(join(out, 'README.txt'), 'utf8').startsWith(MARKER);
    if (entries.length && !previous) throw new CorpusError(`${outDir}: not empty and not a synthetic corpus; choose an empty or new folder`);
  }
  return out;
}

const readme = (count: number, bytes: number) => `${MARKER} — NOT REAL DOCUMENTS

Every document in documents/ is synthetic: made by \`npm run corpus:national\` from the five
real seed documents (seeds/), with another body's name, affair, contractors, answers and dates
written in. No body named here published these texts; the contractors are a made-up mix of
real national vendors, invented regional ones and 「未定」. Use them to measure and test the
reader at national scale, never as facts about any body, and never load them into the default
database.

documents/      ${count} documents, ${bytes} bytes (UTF-8), named synthetic-<code>-<affair>-<template>.txt
expected.json   per document, the facts the generator wrote into it (in the order generated)
`;

export interface CorpusSummary {
  documents: number;
  bytes: number;
  seconds: number;
  outDir: string;
}

/** Writes the first `limit` documents (all when undefined) of the corpus, their expected facts and a README. */
export function writeCorpus(outDir: string, limit?: number): CorpusSummary {
  const started = performance.now();
  const out = checkOutDir(outDir);
  const docsDir = join(out, 'documents');
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const seeds = new Map(TEMPLATES.map((t) => [t.id, readFileSync(join(REPO, 'seeds', t.seed), 'utf8')]));
  const planned = planCorpus(CORPUS_SEED, TEMPLATES).slice(0, limit);
  const expected: ExpectedDocument[] = [];
  let bytes = 0;
  for (const p of planned) {
    const doc = generateDocument(p, seeds.get(p.template.id)!, CORPUS_SEED, TEMPLATES);
    const data = Buffer.from(doc.text, 'utf8');
    writeFileSync(join(docsDir, p.file), data);
    bytes += data.length;
    expected.push(doc.expected);
  }
  writeFileSync(join(out, 'expected.json'), `[\n${expected.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  writeFileSync(join(out, 'README.txt'), readme(planned.length, bytes));
  return { documents: planned.length, bytes, seconds: (performance.now() - started) / 1000, outDir: out };
}
