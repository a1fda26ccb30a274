import { beforeAll, describe, expect, it } from 'vitest';
import { changeDates, SEED, summarize } from '../../helpers/ingest-summary';

/** 003: 札幌市 — nothing but the change table of a full assessment. */
describe('札幌市 (a change table only)', () => {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED('003_672174ab35a34b47.txt'));
  });

  it('finds the body from the text it keeps naming, and the form from the annex number', () => {
    expect(s.body).toMatchObject({ source: 'mentions', certain: true, body: expect.objectContaining({ code: '011002', name: '札幌市' }) });
    expect(s.header.kind).toBe('全項目評価書');
    expect(s.header.number).toBeNull();
    expect(s.header.publishedOn).toBeNull();
  });

  it('reports every other part as absent', () => {
    expect(s.report.partsPresent).toEqual(['別添:変更箇所']);
    expect(s.report.partsAbsent).toEqual(['表紙', '基本情報', '特定個人情報ファイルの概要', 'リスク対策', 'その他のリスク対策', '開示請求、問合せ', '評価実施手続', '別添:記録項目']);
    // the one doubt: the affair, classed by the legal basis its change table cites (line 8:
    // 「番号法第9条第1項 別表第一の10の項、93の2の項」), no 事務の名称 being printed
    expect(s.report.doubts).toEqual([
      expect.objectContaining({
        resource: 'assessments',
        field: 'affair',
        value: '予防接種',
        state: 'uncertain',
        reason: { code: 'affairByLegalBasis', params: { items: ['別表第一 10の項', '別表第一 93の2の項'] } },
        lineFrom: 8,
        lineTo: 8,
      }),
    ]);
  });

  it('reads all 36 rows, splitting cells the export merged', () => {
    expect(changeDates(s)).toEqual([
      ...Array.from({ length: 26 }, () => ['2024-04-01', '事後']),
      ['2024-05-01', '事前'],
      ...Array.from({ length: 9 }, () => ['2024-04-01', '事後']),
    ]);
    // 「<p>令和6年4月1日</p> <p>Ⅲ-2 リスク1 …</p>」: date and item in one cell (Ⅲ folds to III)
    expect(s.changes[20]).toMatchObject({ changedOn: '2024-04-01', section: 'Ⅲ-2', item: 'III-2 リスク1 対象者以外の情報の入手を防止するための措置の内容', timing: '事後' });
    // 「<p>事後</p> <p>VRSの機能廃止 …</p>」: timing and its explanation in one cell
    expect(s.changes[0]).toMatchObject({ section: 'Ⅰ-1', timing: '事後', timingExplanation: 'VRSの機能廃止 (マイナンバーを用いた他自治体への接種記録の照会)' });
    expect(s.changes[3]).toMatchObject({ item: 'I-7 ①部署', before: '札幌市保健福祉局保健所感染症総合対策課/札幌市保健福祉局医療対策室調整担当課', after: '札幌市保健福祉局保健所感染症総合対策課', timingExplanation: '機構変更' });
    expect(s.changes[5]).toMatchObject({ section: '別添1', before: null });
    // 「項目ごと削除」: written as empty by the document, its mark kept, never a text
    expect(s.changes[18]).toMatchObject({ section: 'Ⅱ-5', item: 'II-5 提供先 2', after: null, states: { after: { state: 'blank', mark: '項目ごと削除' } } });
    expect(s.changes.every((c) => c.dateCertain && c.timingCertain)).toBe(true);
  });
});
