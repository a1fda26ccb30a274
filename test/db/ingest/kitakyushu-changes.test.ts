import { describe, it } from 'vitest';
import { expectChangeRows, type ExpectedRow } from '../../helpers/change-rows';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * 004: 北九州市 — one page of change table (lines 1373–1469), eleven rows of 令和3年9月15日,
 * all 事後, written by hand from the text. Most rows print item, 変更前, 変更後 and timing on
 * one line (「Ⅱ－４委託事項４ （記載なし） 「団体内宛名統合システム運用保守業務」追加 事後」);
 * four rows' texts or timings come out apart from their items (「番号法第19条第8号 事後」 at
 * line 1425 belongs to 提供先２, whose item and 変更前 close the page), and five explanation
 * boxes stand alone for eight rows without one: those stay in doubt.
 */
const s = summarize(SEED('004_63d90351889fe90b.txt'));

const D = '2021-09-15';
const NONE = { blank: '記載なし' };
const LEAK = '特定個人情報の漏えい等のリスクを相当程度変動させるものではないと考えられるため重要な変更に該当しない';
const LAW = '法改正に伴う修正';

const rows: ExpectedRow[] = [
  [D, 'IV-2①連絡先', '事後', '電話093-582-2430', '電話093-582-2090', LEAK, ['timing_explanation']],
  [D, 'II-5提供先1①法令上の根拠', '事後', '番号法第19条第7号', '番号法第19条第8号', LAW, []],
  [D, 'II-4委託事項4', '事後', NONE, '「団体内宛名統合システム運用保守業務」追加', LAW, ['timing_explanation']],
  [D, 'I-2システム1③他システム', '事後', '庁内連携システム、既存住民基本台帳システム', '庁内連携システム、宛名システム等', LEAK, ['timing_explanation']],
  // 「令和3年9月15日 令和3年3月8日 令和3年9月15日 事後」: a date, then this row's texts (line 1387)
  [D, 'V-1①実施日', '事後', '令和3年3月8日', '令和3年9月15日', null, ['before', 'after']],
  // the item box holds the 変更前 below it, wider than the item column; the timing stands alone (line 1447)
  [D, 'I-4個人番号の利用', '事後', '番号法第9条第1項別表第一第10の項、第93条の2の項', '番号法第9条第1項別表第一第10の項、第93の2の項', LEAK, ['before', 'after', 'timing_explanation']],
  [D, 'I-2システム4', '事後', NONE, '「宛名管理システム」追加', null, []],
  [D, 'I-5②法令上の根拠', '事後', '番号法第19条第7号', '番号法第19条第8号', LAW, []],
  // 「Ⅱ－４委託事項３ （記載なし）」; its 変更後 is 「「宛名管理システム運用保守業務」追加 事後」 (line 1445)
  [D, 'II-4委託事項3', '事後', NONE, '「宛名管理システム運用保守業務」追加', LEAK, ['after', 'timing_explanation']],
  [D, 'III-6リスク1 リスクに対する措置の内容', '事後', '番号法第19条第14号', '番号法第19条第17号', LAW, []],
  [D, 'II-5提供先2①法令上の根拠', '事後', '番号法第19条第7号', '番号法第19条第8号', null, ['before', 'after']],
];

describe('北九州市 change table (PDF text, scrambled)', () => {
  it('reads every row as printed: one-line rows split where the text decides, rows put back together in doubt', () => {
    expectChangeRows(s.changes, rows);
  });
});
