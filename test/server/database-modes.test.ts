/**
 * How the server and the ingest open an embedded file database: WAL mode (set by the
 * migration step), a busy timeout so that two writers wait for each other, and a read-only
 * connection for the server that SQLite itself refuses to write through.
 */
import { sql } from 'drizzle-orm';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, filePathOf, type Db } from '../../db/client';
import { migrateDb, pendingMigrations } from '../../db/migrate';
import { municipalities } from '../../db/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Another process that opens a write transaction, says so, and commits after `ms`. */
function holdWriteLock(url: string, ms: number) {
  const script = `
    import { createClient } from '@libsql/client';
    const client = createClient({ url: process.env.HOLD_URL });
    const tx = await client.transaction('write');
    await tx.execute("insert into municipalities (code, name, prefecture) values ('352063', '防府市', '山口県')");
    console.log('locked');
    await new Promise((r) => setTimeout(r, ${ms}));
    await tx.commit();
    client.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, HOLD_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code}) before locking`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { locked, exited };
}

/** The SQLite error code a statement failed with (drizzle wraps libSQL's error as its cause). */
async function sqliteCode(statement: PromiseLike<unknown>) {
  try {
    await statement;
    return 'no error';
  } catch (e) {
    const error = e as { code?: string; cause?: { code?: string } };
    return error.cause?.code ?? error.code;
  }
}

describe('an embedded file database', () => {
  let dir: string;
  let url: string;
  let writer: Db;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pia-modes-'));
    // a file name with the characters a URL and a SQLite URI give meaning to, percent-encoded
    url = `file:${join(dir, 'odd #name?%.db').replace(/[ #?%]/g, (ch) => encodeURIComponent(ch))}`;
    writer = createDb(url);
    await migrateDb(writer);
    await writer.insert(municipalities).values({ code: '132101', name: '小金井市', prefecture: '東京都' });
  });

  afterAll(() => {
    writer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is in write-ahead-log mode after the migration step', async () => {
    const [row] = await writer.all<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
    expect(row!.journal_mode).toBe('wal');
    expect(await pendingMigrations(writer)).toBe(0);
  });

  it('opened read-only, reads what was written and refuses any write', async () => {
    const reader = createDb(url, undefined, { readOnly: true });
    try {
      expect(await reader.select({ name: municipalities.name }).from(municipalities)).toEqual([{ name: '小金井市' }]);
      expect(await sqliteCode(reader.insert(municipalities).values({ code: '141003', name: '横浜市' }))).toBe('SQLITE_READONLY');
      expect(await sqliteCode(reader.run(sql`create table intruder (x)`))).toBe('SQLITE_READONLY');
      expect(await sqliteCode(reader.run(sql`delete from municipalities`))).toBe('SQLITE_READONLY');
      // the writer's later commits are visible to the open read-only connection
      await writer.insert(municipalities).values({ code: '141003', name: '横浜市', prefecture: '神奈川県' });
      expect((await reader.select({ name: municipalities.name }).from(municipalities)).map((r) => r.name).sort()).toEqual(['小金井市', '横浜市']);
    } finally {
      reader.close();
    }
    expect(await writer.$count(municipalities)).toBe(2);
  });

  it('opened read-only where there is no file, fails and creates none', () => {
    const missing = join(dir, 'missing.db');
    expect(() => createDb(`file:${missing}`, undefined, { readOnly: true })).toThrow();
    expect(existsSync(missing)).toBe(false);
  });

  it('a writer in another process waits for a write transaction to commit instead of failing with SQLITE_BUSY', async () => {
    const holder = holdWriteLock(url, 1_000);
    await holder.locked;
    // blocks until the other process commits (libSQL runs statements synchronously)
    await writer.insert(municipalities).values({ code: '401005', name: '北九州市', prefecture: '福岡県' });
    expect(await holder.exited).toBe(0);
    expect((await writer.select({ name: municipalities.name }).from(municipalities)).map((r) => r.name).sort()).toEqual(['北九州市', '小金井市', '横浜市', '防府市']);
  });

  it('reads the file path of the URL forms it accepts', () => {
    expect(filePathOf('file:data/pia.db')).toBe('data/pia.db');
    expect(filePathOf('file:/srv/pia.db')).toBe('/srv/pia.db');
    expect(filePathOf('file:///srv/pia.db')).toBe('/srv/pia.db');
    expect(filePathOf('file:/srv/a%20b.db')).toBe('/srv/a b.db');
    expect(filePathOf('file::memory:')).toBeUndefined();
    expect(filePathOf('libsql://db.example.org')).toBeUndefined();
    expect(filePathOf('http://127.0.0.1:8080')).toBeUndefined();
  });
});
