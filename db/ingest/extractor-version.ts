import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inRepo } from '../repo-root';

/**
 * The code that decides what is stored: the reader, and the form's vocabulary it applies (its
 * sources, also when it runs bundled: dist/server/ingest.js).
 */
const SOURCES = [inRepo('db', 'ingest'), inRepo('db', 'form')];

/** A digest of the extractor's own source: a changed reader re-reads every document. */
export const EXTRACTOR_VERSION = (() => {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
    }
  };
  SOURCES.forEach(walk);
  return hash.digest('hex').slice(0, 16);
})();
