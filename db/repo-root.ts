import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder at or above `dir` that holds package.json. This module runs from its
 * source (db/) and bundled into the server (dist/server/): counting `..` from import.meta.url
 * would differ between the two, the folder with package.json does not.
 */
function packageFolder(dir: string): string {
  for (let at = dir; ; ) {
    if (existsSync(join(at, 'package.json'))) return at;
    const up = dirname(at);
    if (up === at) throw new Error(`no package.json at or above ${dir}`);
    at = up;
  }
}

/** The repository's root folder. */
export const REPO_ROOT = packageFolder(dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, from its root (`inRepo('db', 'migrations')`). */
export function inRepo(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
