import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../db/ingest/ingest';
import * as t from '../../../db/schema';
import { dumpDb } from '../../helpers/ingest-db';
import { SEED, summarize } from '../../helpers/ingest-summary';
import { SEEDS_DIR } from '../../helpers/seed-db';
import { createTempDb, type TempDb } from '../../helpers/temp-db';

describe('loading the five seeds', () => {
  let temp: TempDb;
  beforeAll(async () => {
    temp = await createTempDb();
    const results = await ingestPaths(temp.db, [SEEDS_DIR]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
  });
  afterAll(() => temp.dispose());

  it('stores one municipality per body with its code, prefecture and kana', async () => {
    const rows = await temp.db.select().from(t.municipalities);
    expect(rows.map((m) => [m.code, m.name, m.prefecture, m.kana]).sort()).toEqual([
      ['011002', '札幌市', '北海道', 'さっぽろし'],
      ['132101', '小金井市', '東京都', 'こがねいし'],
      ['141003', '横浜市', '神奈川県', 'よこはまし'],
      ['352063', '防府市', '山口県', 'ほうふし'],
      ['401005', '北九州市', '福岡県', 'きたきゅうしゅうし'],
    ]);
  });

  it('stores each document with its source file, hash, layout, encoding and report', async () => {
    const rows = await temp.db.select().from(t.assessments).orderBy(t.assessments.sourceFile);
    expect(rows.map((a) => [a.sourceFile, a.layout, a.sourceEncoding, a.kind, a.number])).toEqual([
      ['000_6b35c62c03d5d5e8.txt', 'pdf-text', 'UTF-8', '重点項目評価書', '31'],
      ['001_0f1031b6666322d1.txt', 'tsv-html', 'UTF-8', '重点項目評価書', '24'],
      ['002_395353e375fa5b93.txt', 'pdf-text', 'UTF-8', '全項目評価書', '38'],
      ['003_672174ab35a34b47.txt', 'tsv-html', 'UTF-8', '全項目評価書', null],
      ['004_63d90351889fe90b.txt', 'pdf-text', 'UTF-8', '重点項目評価書', '42'],
    ]);
    expect(rows.every((a) => /^[0-9a-f]{64}$/.test(a.sourceSha256))).toBe(true);
    const reports = await temp.db.select().from(t.extractionReports);
    expect(reports).toHaveLength(5);
    expect(reports.find((r) => r.report.sourceFile === '001_0f1031b6666322d1.txt')!.text).toContain('gap: システム: 「システム1」, 「システム2」, 「システム3」 absent from the text');
  });

  it('links one contractor entity to its spellings: a branch is its company, two names are two', async () => {
    const fujitsu = await temp.db
      .select({ name: t.contractors.name, raw: t.contractContractors.raw, branch: t.contractContractors.branch })
      .from(t.contractContractors)
      .innerJoin(t.contractors, eq(t.contractors.id, t.contractContractors.contractorId))
      .where(eq(t.contractors.name, '富士通Japan株式会社'));
    expect(fujitsu).toEqual([{ name: '富士通Japan株式会社', raw: '富士通Japan株式会社北九州支店', branch: '北九州支店' }]);
    const mirabo = await temp.db
      .select({ contractId: t.contractContractors.contractId })
      .from(t.contractContractors)
      .innerJoin(t.contractors, eq(t.contractors.id, t.contractContractors.contractorId))
      .where(eq(t.contractors.name, '株式会社ミラボ'));
    expect(mirabo.length).toBe(3); // 防府市, 小金井市 and 横浜市 (VRS): one entity across cities
    const [consortium] = await temp.db.select().from(t.contractors).where(eq(t.contractors.name, '日立・NTTデータ企業連合'));
    expect(consortium!.kind).toBe('consortium');
    const undecided = await temp.db.select({ raw: t.contracts.contractorRaw }).from(t.contracts).where(eq(t.contracts.contractorUndecided, true));
    expect(undecided).toEqual([{ raw: '未定' }]);
  });

  it('keeps provenance: every row points at its lines, and uncertain rows say why', async () => {
    const sys = await temp.db.select().from(t.systems).where(eq(t.systems.nameRaw, '宛名管理システム'));
    const [doc] = await temp.db.select().from(t.sourceTexts).where(eq(t.sourceTexts.assessmentId, sys[0]!.assessmentId));
    expect(doc!.text.slice(sys[0]!.srcFrom, sys[0]!.srcTo)).toContain('宛名管理システム');
    const uncertain = await temp.db.select().from(t.contracts).where(eq(t.contracts.certain, false));
    expect(uncertain.length).toBeGreaterThan(0);
    // each names the field in doubt and a reason code the interface words
    expect(uncertain.every((c) => Object.values(c.states).some((s) => (s.state === 'uncertain' || s.state === 'unread') && s.reason.code !== 'notFound'))).toBe(true);
  });

  it('fills the search index with every passage, each distinct text once', async () => {
    const rows = await temp.db.select({ n: t.searchOccurrences.assessmentId }).from(t.searchOccurrences);
    expect(new Set(rows.map((r) => r.n)).size).toBe(5);
    const passages = await temp.db.select({ body: t.searchPassages.body }).from(t.searchPassages);
    expect(new Set(passages.map((p) => p.body)).size).toBe(passages.length);
    // the form's wording that several documents print is one passage, found in each of them
    expect(passages.length).toBeLessThan(rows.length);
    const [indexed] = await temp.db.all<{ n: number }>(sql`select count(*) as n from search_index`);
    expect(indexed!.n).toBe(passages.length);
  });

  it('gives the same database when run twice', async () => {
    const before = await dumpDb(temp.db);
    const again = await ingestPaths(temp.db, [SEEDS_DIR]);
    expect(again.every((r) => r.ok && r.status === 'unchanged')).toBe(true);
    expect(await dumpDb(temp.db)).toEqual(before);
  });
});

describe('re-reading and refusing documents', () => {
  let temp: TempDb;
  let dir: string;
  beforeAll(async () => {
    temp = await createTempDb();
    dir = mkdtempSync(join(tmpdir(), 'pia-docs-'));
  });
  afterAll(() => {
    temp.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a changed document\'s rows and keeps the others', async () => {
    const file = join(dir, 'koganei.txt');
    copyFileSync(SEED('001_0f1031b6666322d1.txt'), file);
    copyFileSync(SEED('004_63d90351889fe90b.txt'), join(dir, 'kitakyushu.txt'));
    await ingestPaths(temp.db, [dir]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('株式会社ジーシー', '株式会社テスト保守'));
    const [result] = await ingestPaths(temp.db, [file]);
    expect(result).toMatchObject({ ok: true, status: 'replaced' });
    const raws = (await temp.db.select({ raw: t.contracts.contractorRaw }).from(t.contracts)).map((r) => r.raw);
    expect(raws).toContain('株式会社テスト保守');
    expect(raws).not.toContain('株式会社ジーシー');
    expect(raws).toContain('富士通Japan株式会社北九州支店');
    expect(await temp.db.select().from(t.assessments)).toHaveLength(2);
  });

  it('writes a document\'s uncertain-extraction flag with it, and replaces it with the document', async () => {
    const documentFlags = () =>
      temp.db
        .select({ id: t.flags.id, file: t.assessments.sourceFile, doubts: sql<number>`json_array_length(${t.flags.evidence})` })
        .from(t.flags)
        .leftJoin(t.assessments, eq(t.assessments.id, t.flags.assessmentId))
        .where(eq(t.flags.kind, 'uncertain_extraction'));
    const [before] = await documentFlags();
    // 北九州市's document holds 41 values to check; 小金井市's none
    expect(before).toMatchObject({ file: 'kitakyushu.txt', doubts: 41 });
    const file = join(dir, 'kitakyushu.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('富士通Japan株式会社北九州支店', '株式会社テスト保守北九州支店'));
    expect((await ingestPaths(temp.db, [file]))[0]).toMatchObject({ ok: true, status: 'replaced' });
    const after = await documentFlags();
    // the flags built from all the rows were rebuilt after this load; this one was not, and is the new document's
    expect(after).toEqual([{ id: expect.not.stringMatching(`^${before!.id}$`), file: 'kitakyushu.txt', doubts: 41 }]);
  });

  it.each([
    ['empty.txt', new Uint8Array(), 'the file is empty'],
    ['blank.txt', new TextEncoder().encode(' \n\n  \n'), 'the file holds only whitespace'],
    ['binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 97) % 256), 'not text'],
    ['image.pdf', new TextEncoder().encode('%PDF-1.7\n\u0000\u0001\u0002binary stream\u0000\u0000\u0003'), 'not text'],
    ['novel.txt', new TextEncoder().encode('吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。'), 'not a privacy impact assessment'],
  ])('refuses %s with a clear error, and the database keeps exactly what it had', async (name, bytes, reason) => {
    const before = await dumpDb(temp.db);
    const bad = join(dir, name);
    writeFileSync(bad, bytes);
    const [result] = await ingestPaths(temp.db, [bad]);
    expect(result!.ok).toBe(false);
    expect(!result!.ok && result!.error).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${reason}`));
    expect(await dumpDb(temp.db)).toEqual(before);
    rmSync(bad);
  });

  it('names a path that does not exist', async () => {
    const missing = join(dir, 'nowhere.txt');
    expect(await ingestPaths(temp.db, [missing])).toEqual([{ file: missing, ok: false, error: `${missing}: no such file or folder` }]);
  });

  it('reads Shift_JIS (CP932) and UTF-16 as readily as UTF-8', () => {
    const utf8 = readFileSync(SEED('001_0f1031b6666322d1.txt'));
    const text = utf8.toString('utf8');
    const sjis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const expected = summarize(utf8);
    for (const [bytes, encoding] of [
      [sjis, 'Shift_JIS'],
      [le, 'UTF-16LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE'],
    ] as const) {
      const s = summarize(bytes);
      expect(s.doc.encoding).toBe(encoding);
      expect(s.header).toEqual(expected.header);
      expect(s.contracts).toEqual(expected.contracts);
      expect(s.changes.map((c) => [c.changedOn, c.timing])).toEqual(expected.changes.map((c) => [c.changedOn, c.timing]));
    }
  });

  it('npm run ingest prints the report, names the bad file and exits non-zero, loading the rest', () => {
    const db = join(dir, 'cli.db');
    writeFileSync(join(dir, 'notes.txt'), 'meeting notes, nothing to see');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'db/ingest/cli.ts', join(dir, 'koganei.txt'), join(dir, 'notes.txt')], {
      env: { ...process.env, DATABASE_URL: `file:${db}` },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('koganei.txt: 小金井市 (132101), 重点項目評価書, layout tsv-html, UTF-8');
    expect(run.stdout).toContain('1 of 2 documents loaded (1 new, 0 replaced, 0 unchanged, 0 duplicates), 1 failed');
    expect(run.stderr).toContain(`error: ${join(dir, 'notes.txt')}: not a privacy impact assessment`);
  });

  it('npm run ingest says in one line that the database failed, without a stack', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'db/ingest/cli.ts', join(dir, 'koganei.txt')], {
      env: { ...process.env, DATABASE_URL: 'http://127.0.0.1:1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['error: http://127.0.0.1:1: a query failed: fetch failed: bad port']);
  });
});
