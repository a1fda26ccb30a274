import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** A file to read, or a path that cannot be one, with the reason in one line. */
export type Found = { path: string; size: number } | { path: string; error: string };

/** What a path is, in words, when it is not a regular file or a folder. */
function kindOf(stats: Stats): string | null {
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a file';
  return null;
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symbolic link that loops';
  return e instanceof Error ? e.message : String(e);
}

/**
 * The documents a path names: the file itself, or every file under a folder (sorted, hidden
 * names skipped). Never throws and never blocks: a dangling symbolic link, a link loop, a FIFO,
 * a device or an unreadable file or folder becomes one `error` entry and the walk goes on.
 * Folders reached twice through links are walked once.
 */
export function findDocuments(path: string, seen = new Set<string>()): Found[] {
  let stats: Stats;
  try {
    const link = lstatSync(path);
    stats = link.isSymbolicLink() ? statSync(path) : link;
  } catch (e) {
    const dangling = (e as NodeJS.ErrnoException).code === 'ENOENT' && isLink(path);
    return [{ path, error: dangling ? 'a symbolic link to nothing (dangling)' : reasonOf(e) }];
  }
  const other = kindOf(stats);
  if (other) return [{ path, error: other }];
  if (stats.isFile()) return [{ path, size: stats.size }];
  let real: string;
  let names: string[];
  try {
    real = realpathSync(path);
    if (seen.has(real)) return [];
    seen.add(real);
    names = readdirSync(path);
  } catch (e) {
    return [{ path, error: reasonOf(e) }];
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => findDocuments(join(path, n), seen));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
