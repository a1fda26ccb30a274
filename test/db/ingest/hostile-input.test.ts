import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import Encoding from 'encoding-japanese';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, type IngestResult } from '../../../db/ingest/ingest';
import * as t from '../../../db/schema';
import { dumpDb } from '../../helpers/ingest-db';
import { SEED } from '../../helpers/ingest-summary';
import { createTempDb, type TempDb } from '../../helpers/temp-db';

/**
 * Hostile and careless input, every file made here: each is either read (and what it yields
 * asserted) or refused with a one-line error naming it, the database then exactly as before.
 */
const KOGANEI = readFileSync(SEED('001_0f1031b6666322d1.txt'), 'utf8');
const HOFU = readFileSync(SEED('000_6b35c62c03d5d5e8.txt'), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

let temp: TempDb;
let dir: string;

beforeAll(async () => {
  temp = await createTempDb();
  dir = mkdtempSync(join(tmpdir(), 'pia-hostile-'));
  // something to keep: a document loaded before the hostile ones
  writeFileSync(join(dir, 'kept.txt'), KOGANEI);
  expect((await ingestPaths(temp.db, [join(dir, 'kept.txt')]))[0]).toMatchObject({ ok: true, status: 'new' });
});

afterAll(() => {
  temp?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function ingestOne(path: string, options = {}): Promise<IngestResult> {
  const results = await ingestPaths(temp.db, [path], options);
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('refused, the database unchanged', () => {
  const refusals: [string, () => string, RegExp][] = [
    ['an empty file', () => write('empty.txt', new Uint8Array()), /: the file is empty$/],
    ['whitespace only', () => write('blank.txt', ' \n\u3000\n\t\n'), /: the file holds only whitespace$/],
    ['random bytes', () => write('random.bin', Uint8Array.from({ length: 8192 }, (_, i) => (i * 131 + 7) % 256)), /: not text: it holds binary data/],
    ['a PDF file', () => write('scan.pdf', utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007endstream')), /: not text: it holds binary data/],
    ['text that is no assessment', () => write('novel.txt', '吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。'.repeat(20)), /: not a privacy impact assessment/],
    ['a text with control characters throughout', () => write('controls.txt', KOGANEI.replace(/。/g, '。\u0001\u0002')), /: not text: it holds binary data/],
    ['an over-size document', () => write('large.txt', KOGANEI + '\n'.repeat(10)), /: over the limit of 0\.0 MB for one document \(PIA_MAX_DOCUMENT_MB\)$|MB, over the limit/],
    ['a dangling symbolic link', () => (symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt')), join(dir, 'dangling.txt')), /dangling\.txt: a symbolic link to nothing \(dangling\)$/],
    ['a symbolic link loop', () => (symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a')), symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b')), join(dir, 'loop-a')), /loop-a: a symbolic link that loops$/],
    ['a named pipe (which must not block)', () => (execFileSync('mkfifo', [join(dir, 'pipe.txt')]), join(dir, 'pipe.txt')), /pipe\.txt: a named pipe \(FIFO\), not a file$/],
    ['a device', () => '/dev/null', /\/dev\/null: a device, not a file$/],
    ['a path that does not exist', () => join(dir, 'missing.txt'), /missing\.txt: no such file or folder$/],
  ];

  it.each(refusals)('%s', async (_name, make, error) => {
    const before = await dumpDb(temp.db);
    const path = make();
    const options = /large/.test(path) ? { maxBytes: 1000 } : {};
    const result = await ingestOne(path, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(path)).toBe(true);
    expect(result.error).toMatch(error);
    expect(result.error).not.toContain('\n');
    expect(await dumpDb(temp.db)).toEqual(before);
  });

  it('a folder of hostile entries still loads its one good document', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), KOGANEI.replaceAll('小金井市', '武蔵野市'));
    writeFileSync(join(folder, 'empty.txt'), '');
    symlinkSync(join(folder, 'gone'), join(folder, 'dangling.txt'));
    execFileSync('mkfifo', [join(folder, 'fifo.txt')]);
    symlinkSync(folder, join(folder, 'self')); // a folder that contains itself is walked once
    const results = await ingestPaths(temp.db, [folder]);
    expect(results.map((r) => [r.file.slice(folder.length + 1), r.ok])).toEqual([
      ['dangling.txt', false],
      ['empty.txt', false],
      ['fifo.txt', false],
      ['good.txt', true],
    ]);
  });
});

describe('read, with what it yields asserted', () => {
  const contractsOf = async (id: number) =>
    (await temp.db.select({ raw: t.contracts.contractorRaw }).from(t.contracts).where(eq(t.contracts.assessmentId, id))).map((r) => r.raw);

  it('UTF-16 without a BOM', async () => {
    const text = KOGANEI.replaceAll('小金井市', '三鷹市');
    const bytes = new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'UTF16LE', from: 'UNICODE' }));
    const result = await ingestOne(write('utf16le.txt', bytes));
    expect(result).toMatchObject({ ok: true, status: 'new' });
    const [doc] = await temp.db.select().from(t.assessments).where(eq(t.assessments.id, (result as { assessmentId: number }).assessmentId));
    expect(doc).toMatchObject({ sourceEncoding: 'UTF-16LE', bodyName: '東京都三鷹市長' });
    expect(await contractsOf(doc!.id)).toEqual(['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']);
  });

  it('UTF-8 cut in the middle of its last character: read, the cut reported', async () => {
    const bytes = utf8(KOGANEI.replaceAll('小金井市', '調布市') + '以上');
    const result = await ingestOne(write('cut.txt', bytes.subarray(0, bytes.length - 1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reportText).toContain('note: the file ends in the middle of a character: its last character could not be read');
    const [doc] = await temp.db.select({ encoding: t.assessments.sourceEncoding }).from(t.assessments).where(eq(t.assessments.id, result.assessmentId));
    expect(doc!.encoding).toBe('UTF-8');
  });

  it.each([0.5, 0.2])('truncated at %s of its length: what the part holds is read, the rest reported absent', async (share) => {
    const text = HOFU.replaceAll('防府市', '下関市');
    const result = await ingestOne(write(`truncated-${share}.txt`, text.slice(0, Math.floor(text.length * share))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [doc] = await temp.db.select().from(t.assessments).where(eq(t.assessments.id, result.assessmentId));
    expect(doc!.number).toBe('31');
    expect(doc!.partsAbsent).toContain('別添:変更箇所');
    expect(await temp.db.$count(t.changes, eq(t.changes.assessmentId, result.assessmentId))).toBe(0);
  });

  it('NUL bytes inside: read with the NULs removed, the removal reported', async () => {
    const text = KOGANEI.replaceAll('小金井市', '府中市').replace('株式会社ジーシー', '株式会社\u0000ジーシー');
    const result = await ingestOne(write('nul.txt', text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reportText).toContain('note: 1 control character(s) (NUL …) removed when reading');
    expect(await contractsOf(result.assessmentId)).toContain('株式会社ジーシー');
    const [source] = await temp.db.select().from(t.sourceTexts).where(eq(t.sourceTexts.assessmentId, result.assessmentId));
    expect(source!.text).not.toContain('\u0000');
  });

  it.each([
    ['tab-separated', KOGANEI.replaceAll('小金井市', '国分寺市'), 36, ['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']],
    ['PDF text', HOFU.replaceAll('防府市', '宇部市'), 51, ['株式会社ミラボ', '株式会社サンネット']],
  ] as const)('every line written twice (%s): read once, as the document', async (_layout, text, changes, contractors) => {
    const doubled = text
      .split('\n')
      .flatMap((l) => [l, l])
      .join('\n');
    const result = await ingestOne(write(`doubled-${changes}.txt`, doubled));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await temp.db.$count(t.changes, eq(t.changes.assessmentId, result.assessmentId))).toBe(changes);
    expect(await contractsOf(result.assessmentId)).toEqual(contractors);
  });

  it('a change table of 5,000 rows', async () => {
    const row = (i: number) => `令和5年${(i % 12) + 1}月${(i % 28) + 1}日\tⅡ-4 委託事項${i}\t旧${i}\t新${i}\t事後\t説明${i}`;
    const text0 = KOGANEI.replaceAll('小金井市', '狛江市');
    const head = text0.slice(0, text0.lastIndexOf('(別添2) 変更箇所'));
    const text = `${head}(別添2)変更箇所\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n${Array.from({ length: 5000 }, (_, i) => row(i)).join('\n')}\n`;
    const result = await ingestOne(write('long-changes.txt', text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await temp.db.$count(t.changes, eq(t.changes.assessmentId, result.assessmentId))).toBe(5000);
  });

  it('impossible dates: the row kept, its date unread with the raw text and the reason, the report listing it', async () => {
    const text = KOGANEI.replaceAll('小金井市', '清瀬市').replace('令和3年6月29日', '令和3年13月40日');
    const result = await ingestOne(write('impossible-date.txt', text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = await temp.db.select().from(t.changes).where(eq(t.changes.assessmentId, result.assessmentId));
    expect(rows).toHaveLength(36);
    const bad = rows.find((r) => r.changedOnRaw === '令和3年13月40日');
    expect(bad).toMatchObject({ changedOn: null, states: { changed_on: { state: 'unread', reason: { code: 'impossibleDate', params: { raw: '令和3年13月40日' } } } } });
    expect(result.reportText).toContain('- 変更箇所1 date (変更日) = "令和3年13月40日" (lines 311-311): 「令和3年13月40日」 is not a real date');
  });

  it('markup and formulas in every field stay text', async () => {
    const text = KOGANEI.replaceAll('小金井市', '東村山市')
      .replace('株式会社ジーシー', '<script>alert(1)</script>株式会社')
      .replace('株式会社ミラボ', '=HYPERLINK("http://x")')
      .replace('アデコ株式会社', '&lt;img src=x onerror=alert(1)&gt;');
    const result = await ingestOne(write('injection.txt', text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // the tab-separated export's HTML is reduced to text: a <script> element is markup, not a name
    expect(await contractsOf(result.assessmentId)).toEqual(['株式会社', '=HYPERLINK("http://x")', '<img src=x onerror=alert(1)>']);
  });

  it('Windows line endings read as the same document would', async () => {
    const result = await ingestOne(write('crlf.txt', KOGANEI.replaceAll('小金井市', '西東京市').replace(/\n/g, '\r\n')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await contractsOf(result.assessmentId)).toEqual(['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']);
  });

  it('a line of a megabyte', async () => {
    const result = await ingestOne(write('long-line.txt', KOGANEI.replaceAll('小金井市', '東久留米市') + '特定個人情報の保管について記載する。'.repeat(60_000)));
    expect(result.ok).toBe(true);
  });

  it('text whose kanji are gone (lost to font subsetting) is refused, never guessed', async () => {
    const before = await dumpDb(temp.db);
    const path = write('no-kanji.txt', KOGANEI.replace(/\p{Script=Han}/gu, ''));
    const result = await ingestOne(path);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/no-kanji\.txt: unreadable text: .* kanji/);
    expect(await dumpDb(temp.db)).toEqual(before);
  });

  it('the same document from two folders is one; a changed one at the same path replaces it', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const text = KOGANEI.replaceAll('小金井市', '多摩市');
    writeFileSync(join(dir, 'a', 'same.txt'), text);
    writeFileSync(join(dir, 'b', 'same.txt'), text);
    const [first, second] = await ingestPaths(temp.db, [join(dir, 'a'), join(dir, 'b')]);
    expect(first).toMatchObject({ ok: true, status: 'new' });
    expect(second).toMatchObject({ ok: true, status: 'duplicate', sameAs: join(dir, 'a', 'same.txt') });
    writeFileSync(join(dir, 'b', 'same.txt'), text.replace('株式会社ジーシー', '株式会社多摩保守'));
    const [changed] = await ingestPaths(temp.db, [join(dir, 'b', 'same.txt')]);
    // other bytes at b/same.txt: a document of its own (a/same.txt still holds the first)
    expect(changed).toMatchObject({ ok: true, status: 'new' });
    writeFileSync(join(dir, 'b', 'same.txt'), text.replace('株式会社ジーシー', '株式会社多摩第二保守'));
    const [replaced] = await ingestPaths(temp.db, [join(dir, 'b', 'same.txt')]);
    expect(replaced).toMatchObject({ ok: true, status: 'replaced' });
    expect(await contractsOf((replaced as { assessmentId: number }).assessmentId)).toContain('株式会社多摩第二保守');
    expect(await temp.db.$count(t.contracts, eq(t.contracts.contractorRaw, '株式会社多摩保守'))).toBe(0);
  });

  it('what was loaded first is still there', async () => {
    const [kept] = await temp.db.select().from(t.assessments).where(eq(t.assessments.sourceFile, 'kept.txt'));
    expect(kept).toMatchObject({ bodyName: '東京都小金井市長' });
    expect(await contractsOf(kept!.id)).toEqual(['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']);
  });
});
