import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * Variants of 防府市's change table: other dates, another contractor's words inside the
 * texts, one-line pairs that the text does or does not decide, and page breaks moved. The
 * texts must come out changed and with the rows they belong to.
 */
const lines = () => readFileSync(SEED('000_6b35c62c03d5d5e8.txt'), 'utf8').split('\n');
/** Line n (1-based, as the seed prints it) replaced. */
const edit = (ls: string[], n: number, from: string, to: string) => {
  expect(ls[n - 1]).toBe(from);
  ls[n - 1] = to;
};
const bytes = (ls: string[]) => new TextEncoder().encode(ls.join('\n'));
const joined = (v: string | null) => v?.replace(/\n/g, '') ?? null;
type States = Record<string, { state: string; mark?: string; reason?: { code: string } }>;

describe('防府市 with other dates and another contractor inside the texts', () => {
  const ls = lines();
  // 委託事項１ ①委託内容's 変更後, a row that comes out whole (page 1)
  edit(ls, 1609, 'を含む。）を用いた特定個人情報ファイルの管', 'を含む。）を用いた株式会社周南テックによる管');
  // 委託事項１'s 変更後, printed three rows above its item (page 1)
  edit(ls, 1699, '新型コロナウイルス感染症対策に係る予防接', '株式会社周南テックが受託する新型コロナウイルス感染症対策に係る予防接');
  // one-line pairs: a whole 「記載なし」 first decides; two spaces and no mark do not
  edit(ls, 1826, '記載なし 健康管理システム（標準化対応版） 事前', '記載なし 株式会社周南テック 健康管理システム 事前');
  edit(ls, 2112, '新型コロナウイルスワクチン接種対策室長 健康増進課長 事後', '株式会社周南テック 派遣責任者 健康増進課長 事後');
  // 〒 address of Ⅳ ①請求先's 変更後 (page 5)
  edit(ls, 2417, '防府市　生活環境部　くらし安全課', '株式会社周南テック　問合せ窓口');
  const text = ls.join('\n').replaceAll('令和4年7月7日', '令和4年8月1日').replaceAll('令和6年9月30日', '令和6年10月31日');
  const s = summarize(new TextEncoder().encode(text));
  const states = (i: number) => s.changes[i]!.states as States;

  it('reads the other dates', () => {
    expect(s.changes).toHaveLength(51);
    expect(s.changes.slice(0, 9).every((c) => c.changedOn === '2022-08-01' && c.dateCertain)).toBe(true);
    expect(s.changes.filter((c) => c.changedOn === '2022-08-01')).toHaveLength(12);
    expect(s.changes.filter((c) => c.changedOn === '2024-10-31')).toHaveLength(11);
    expect(s.changes.filter((c) => c.changedOn === '2024-09-30')).toHaveLength(0);
  });

  it('reads the contractor in the texts of the rows they are printed for', () => {
    expect(joined(s.changes[1]!.after)).toContain('を含む。)を用いた株式会社周南テックによる管理等');
    expect(joined(s.changes[1]!.before)).not.toContain('周南テック');
    expect(states(1).after).toBeUndefined(); // read with its row: certain
    // printed apart from its item: still given to 委託事項１ (it reads like that row's 変更前), in doubt
    expect(s.changes[6]!.item).toMatch(/委託事項1$/);
    expect(joined(s.changes[6]!.after)).toMatch(/^株式会社周南テックが受託する新型コロナウイルス/);
    expect(states(6).after).toMatchObject({ state: 'uncertain', reason: { code: 'apartFromRow' } });
    expect(joined(s.changes[8]!.after)).toMatch(/^②他市区町村からの個人番号の入手/);
    expect(joined(s.changes[35]!.after)).toBe('〒747-8501 防府市寿町7番1号株式会社周南テック 問合せ窓口電話番号 0835-25-2194');
    expect(joined(s.changes[35]!.before)).toContain('総合政策部 広報広聴課');
  });

  it('splits a one-line pair only where the text decides it', () => {
    expect(s.changes[9]).toMatchObject({ before: null, after: '株式会社周南テック 健康管理システム', timing: '事前' });
    expect(states(9).before).toEqual({ state: 'blank', mark: '記載なし' });
    expect(states(9).after).toBeUndefined();
    // 「株式会社周南テック 派遣責任者 健康増進課長」: either space could part the two
    expect(s.changes[21]).toMatchObject({ timing: '事後', before: '株式会社周南テック', after: '派遣責任者 健康増進課長' });
    expect(states(21).before).toMatchObject({ state: 'uncertain', reason: { code: 'pairOnOneLine' } });
    expect(states(21).after).toMatchObject({ state: 'uncertain', reason: { code: 'pairOnOneLine' } });
  });
});

describe('防府市 whose last row changes one date into another (Ⅴ ①実施日 style)', () => {
  const ls = lines();
  // the last row (lines 2848–2877): date, item, then its two texts replaced by bare dates
  ls.splice(2849, 2872 - 2849, '', 'Ⅴ評価実施手続', '１　基礎項目評価', '①実施日', '', '令和３年３月８日', '', '令和３年９月１５日');
  const s = summarize(bytes(ls));

  it('reads the two dates as the row\'s 変更前 and 変更後, not as change dates', () => {
    expect(s.changes).toHaveLength(51);
    expect(s.changes[50]).toMatchObject({ changedOn: '2024-09-06', dateCertain: true, item: 'V評価実施手続1 基礎項目評価①実施日', before: '令和3年3月8日', after: '令和3年9月15日', timing: '事後', states: {} });
  });
});

describe('防府市 with a page printed column by column', () => {
  const seed = summarize(SEED('000_6b35c62c03d5d5e8.txt'));
  const ls = lines();
  // page 6 (lines 2458–2620): seven rows of four boxes — item, 変更前, 変更後, timing with its
  // explanation — printed instead as four columns: the items, the 変更前, the 変更後, the timings
  const boxes = ls.slice(2457, 2620).join('\n').split('\n\n');
  expect(boxes).toHaveLength(28);
  const column = (k: number) => boxes.filter((_, i) => i % 4 === k);
  ls.splice(2457, 2620 - 2457, ...[0, 1, 2, 3].flatMap(column).join('\n\n').split('\n'));
  const s = summarize(bytes(ls));
  const states = (i: number) => s.changes[i]!.states as States;

  it('deals the texts and timings to the rows in order, and keeps them in doubt', () => {
    expect(s.changes).toHaveLength(51);
    const view = (c: (typeof s.changes)[number]) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation];
    expect(s.changes.slice(37, 44).map(view)).toEqual(seed.changes.slice(37, 44).map(view));
    for (let i = 37; i < 44; i++) {
      expect(states(i).before).toMatchObject({ state: 'uncertain', reason: { code: 'textsByOrder', params: { texts: 14, rows: 7 } } });
      expect(states(i).after).toMatchObject({ state: 'uncertain', reason: { code: 'textsByOrder' } });
      expect(states(i).timing_explanation).toMatchObject({ state: 'uncertain' });
      // one timing word for the page's seven rows: whichever a row takes, it says 事後
      expect(s.changes[i]).toMatchObject({ timing: '事後', timingCertain: true, dateCertain: true });
    }
    expect(joined(s.changes[43]!.after)).toBe('略削除');
  });
});

describe('防府市 with its page breaks moved', () => {
  const seed = summarize(SEED('000_6b35c62c03d5d5e8.txt'));
  const ls = lines();
  // a row running over a page break: Ⅲ３ リスクに対する措置の内容's 変更後 on the next page
  expect(ls[2694]).toBe('');
  ls.splice(2694, 0, '', '');
  // pages 6 and 7 (lines 2444–2620, 2624–2677) merged: one blank line where three were
  expect(ls.slice(2620, 2623)).toEqual(['', '', '']);
  ls.splice(2621, 2);
  const s = summarize(bytes(ls));

  it('still reads 51 rows, each with the same texts, timing, explanation and doubts', () => {
    expect(s.changes).toHaveLength(51);
    const view = (c: (typeof s.changes)[number]) => [c.changedOn, c.dateCertain, c.item, c.before, c.after, c.timing, c.timingExplanation, c.states];
    expect(s.changes.map(view)).toEqual(seed.changes.map(view));
  });

  it('keeps the row cut by the page break whole', () => {
    expect(s.changes[45]).toMatchObject({ changedOn: '2024-09-06', timing: '事後', dateCertain: true, timingCertain: true, states: {} });
    expect(joined(s.changes[45]!.before)).toMatch(/^<健康管理システムにおける措置>・業務上必要でない.*<ワクチン接種記録システムにおける追加措置>/);
    expect(joined(s.changes[45]!.after)).toBe('<健康管理システムにおける措置>・業務上必要でない情報へ不要なアクセスができないよう、利用権限等の設定を行う。');
    expect(s.changes.slice(37, 45).every((c) => c.changedOn === '2024-09-06' && c.dateCertain && Object.keys(c.states).length === 0)).toBe(true);
  });
});

describe('防府市 with a 提出時期に係る説明 in words of its own, printed as a box after its row', () => {
  const seed = summarize(SEED('000_6b35c62c03d5d5e8.txt'));
  const ls = lines();
  // ②所属長の役職名 (page 3, rows printed whole): its explanation leaves the timing's box and
  // says 「組織の見直し」, none of the form's usual words
  expect(ls.slice(2111, 2114)).toEqual(['新型コロナウイルスワクチン接種対策室長 健康増進課長 事後', '重要な変更に当たらない(組', '織改革による変更)']);
  ls.splice(2112, 2, '', '組織の見直し');
  const s = summarize(bytes(ls));

  it('reads it as that row’s explanation, not as a row of its own', () => {
    expect(s.changes).toHaveLength(51);
    expect(s.changes[21]).toMatchObject({ item: 'I基本情報6 評価実施機関における担当部署②所属長の役職名', before: '新型コロナウイルスワクチン接種対策室長', after: '健康増進課長', timing: '事後', timingExplanation: '組織の見直し' });
    expect(s.changes[21]!.states).toEqual(seed.changes[21]!.states);
    const view = (c: (typeof s.changes)[number]) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation, c.states];
    expect(s.changes.filter((_, i) => i !== 21).map(view)).toEqual(seed.changes.filter((_, i) => i !== 21).map(view));
  });
});
