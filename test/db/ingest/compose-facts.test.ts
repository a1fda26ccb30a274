import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fact } from '../../../db/ingest/facts';
import { composeFacts, mergeItems } from '../../../db/ingest/layouts/compose-facts';
import { readHeaderRows } from '../../../db/ingest/layouts/tsv-html/header-rows';
import { mergeProcedureRows } from '../../../db/ingest/layouts/tsv-html/procedure-rows';
import { readRows } from '../../../db/ingest/layouts/tsv-html/rows';
import { SourceText } from '../../../db/ingest/source-text';
import { SEED } from '../../helpers/ingest-summary';

/**
 * Part readers return what they read; the composer makes one document of it. A numbered item
 * mentioned by several pages or rows becomes one item; what no reader read stays unread.
 */
describe('composeFacts', () => {
  const span = (from: number, to: number) => ({ from, to });

  it('makes one system of its mentions on two pages: spans joined, a field read again taking the later reading', () => {
    const facts = composeFacts([
      { systems: [{ no: 2, span: span(5, 8), name: fact('宛名管理システム', span(5, 8)) }] },
      { systems: [{ no: 1, span: span(10, 20), name: fact('予防接種台帳', span(10, 12)) }] },
      { systems: [{ no: 1, span: span(40, 50), name: fact('予防接種台帳システム', span(40, 45)), function: fact('接種履歴の管理', span(46, 50)) }] },
    ]);
    expect(facts.systems).toEqual([
      { no: 1, span: span(10, 50), name: fact('予防接種台帳システム', span(40, 45)), function: fact('接種履歴の管理', span(46, 50)), connections: null, otherText: null },
      { no: 2, span: span(5, 8), name: fact('宛名管理システム', span(5, 8)), function: null, connections: null, otherText: null },
    ]);
  });

  it('tells contracts apart by file and number, in that order', () => {
    const facts = composeFacts([
      { contracts: [{ fileNo: 2, no: 1, span: span(90, 95), contractor: fact('株式会社サンネット', span(90, 95)) }] },
      { contracts: [{ fileNo: 1, no: 1, span: span(30, 35), contractor: fact('株式会社ミラボ', span(30, 35)) }] },
    ]);
    expect(facts.contracts.map((c) => [c.fileNo, c.no, c.contractor?.value, c.title])).toEqual([
      [1, 1, '株式会社ミラボ', null],
      [2, 1, '株式会社サンネット', null],
    ]);
  });

  it("keeps the 基礎's threshold items as one, and none where no reader found them", () => {
    const facts = composeFacts([
      { threshold: [{ span: span(100, 120), peopleBand: fact('1万人以上10万人未満', span(100, 110)) }] },
      { threshold: [{ span: span(200, 230), result: fact('基礎項目評価の実施が義務付けられる', span(200, 230)) }] },
    ]);
    expect(facts.threshold).toMatchObject({ span: span(100, 230), peopleBand: { value: '1万人以上10万人未満' }, result: { value: '基礎項目評価の実施が義務付けられる' }, handlers: null, absent: [] });
    expect(composeFacts([{ parts: ['表紙'] }]).threshold).toBeNull();
  });

  it('lists each part once, in the order first seen, and lets a later reading of the cover replace an earlier one', () => {
    const facts = composeFacts([
      { parts: ['表紙', '基本情報'], header: { number: fact('24', span(0, 2)) } },
      { parts: ['基本情報', 'リスク対策'], header: { number: fact('25', span(3, 5)) } },
    ]);
    expect(facts.partsPresent).toEqual(['表紙', '基本情報', 'リスク対策']);
    expect(facts.header.number?.value).toBe('25');
    expect(facts.header.title).toBeNull();
  });
});

describe('mergeItems', () => {
  it('keeps an item where its first mention stands', () => {
    const merged = mergeItems(
      [
        { k: 'b', n: 1 },
        { k: 'a', n: 2 },
        { k: 'b', n: 3 },
      ],
      (x) => x.k,
      (had, next) => ({ k: had.k, n: had.n + next.n }),
    );
    expect(merged).toEqual([
      { k: 'b', n: 4 },
      { k: 'a', n: 2 },
    ]);
  });
});

describe('tab-separated part readers, alone', () => {
  it("reads 小金井市's cover from its rows before 項目一覧", () => {
    const text = readFileSync(SEED('001_0f1031b6666322d1.txt'), 'utf8');
    const source = new SourceText(text.slice(0, text.indexOf('項目一覧')));
    const found = readHeaderRows(readRows(source));
    expect(found.parts).toEqual(['表紙']);
    expect(found.header).toMatchObject({
      number: { value: '24' },
      title: { value: '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務' },
      kind: { value: '重点項目評価書' },
      agency: { value: '東京都小金井市長' },
      publishedOn: { value: '令和5年6月27日' },
      declarationBody: { value: '小金井市' },
      approvedOn: null,
    });
  });

  it("joins a procedure's rows: its date, and its details line after line", () => {
    const rows = mergeProcedureRows([
      { kind: 'public_comment', date: null, detail: fact('市ホームページへの掲載', { from: 10, to: 20 }), span: { from: 10, to: 20 } },
      { kind: 'public_comment', date: fact('令和5年4月1日～令和5年4月30日', { from: 21, to: 30 }), detail: null, span: { from: 21, to: 30 } },
      { kind: 'third_party_review', date: null, detail: fact('小金井市情報公開・個人情報保護審議会', { from: 40, to: 50 }), span: { from: 40, to: 50 } },
      { kind: 'public_comment', date: null, detail: fact('意見なし', { from: 31, to: 35 }), span: { from: 31, to: 35 } },
    ]);
    expect(rows.map((p) => [p.kind, p.date?.value ?? null, p.detail?.value ?? null])).toEqual([
      ['public_comment', '令和5年4月1日～令和5年4月30日', '市ホームページへの掲載\n意見なし'],
      ['third_party_review', null, '小金井市情報公開・個人情報保護審議会'],
    ]);
  });
});
