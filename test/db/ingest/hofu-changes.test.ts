import { describe, expect, it } from 'vitest';
import { expectChangeRows, type ExpectedRow } from '../../helpers/change-rows';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * 000: 防府市 — the change table (別添２) over nine pages, written by hand from the text
 * (lines 1552–2877). Page one prints its rows apart from their items; page two prints one
 * row's texts after another row's and that row's item at the page's end; the rest come out
 * row by row. Dates on pages two to five are a run apart from the rows (paired in order).
 */
const s = summarize(SEED('000_6b35c62c03d5d5e8.txt'));

const R = '略';
const NONE = '記載なし';
const b = (mark: string) => ({ blank: mark });
const D22 = '2022-07-07';
const S06 = '2024-09-06';
const S30 = '2024-09-30';
const O11 = '2023-10-11';
const SHIEN = '重要な変更にあたらない(リスクを明らかに軽減させる方法)';
const GOV = '重要な変更(ガバメントクラウド移行に伴う変更)';
const ORG = '重要な変更に当たらない(組織改革による変更)';
const LAW = '重要な変更に当たらない(法令改正に伴う変更)';
const END = '新型コロナワクチン特例臨時接種終了に伴う変更';
const VRS_TASK = '新型コロナウイルス感染症対策に係る予防接種事務に関するワクチン接種記録システム(VRS)';
const HEALTH_ROOM = '健康福祉部新型コロナウイルスワクチン接種対策室';
const HEALTH_DIV = '保健こども部健康増進課';

const rows: ExpectedRow[] = [
  // page 1 (lines 1552–1799): nine rows of 令和4年7月7日, one date for all: certain
  [D22, 'II特定個人情報ファイルの概要6.特定個', '事前', b(R), '略以下追記(新型コロナウイルス感染症予防接種証明書コンビニ交付)', '重要な変更による評価の再実施(保管場所についての追加措置)', ['timing_explanation']],
  [D22, 'II特定個人情報ファイルの概要4.特定個', '事前', VRS_TASK, VRS_TASK, 'その他の項目の変更(委託内容の追加)', ['timing_explanation']],
  [D22, 'I基本情報2.特定個人情報ファイルを取り', '事前', b(R), '略以下追記。・新型コロナウイルス感染症予防接種証明書のコンビニ交付の実施', 'その他項目の変更(新型コロナウイルス感染症予防接種証明書のコンビニ交付の実施)', ['timing_explanation']],
  // the ②入手方法 row's timing is printed apart from it
  [D22, 'II特定個人情報ファイルの概要3.特定個', '事前', '[〇]その他ワクチン接種記録システム(VRS)', '[〇]その他ワクチン接種記録システム(VRS)', 'その他の項目の変更(新たなシステムの追加)', ['timing', 'before', 'after', 'timing_explanation']],
  [D22, 'II特定個人情報ファイルの概要2.基本情', '事前', '[〇]その他ワクチン接種記録システム(VRS)', '[〇]その他ワクチン接種記録システム(VRS)', '重要な変更による評価の再実施(新たなシステムの追加)', ['timing_explanation']],
  [D22, 'II特定個人情報ファイルの概要3.特定個', '事後', '<新型コロナウイルス感染症対策に係る予防接種事務>', '<新型コロナウイルス感染症対策に係る予防接種事務>', 'その他の項目の変更(VRSによる他市町村への接種記録照会の運用追加(一括照会機能)に係る変更)', ['timing_explanation']],
  // 委託事項１: its 変更後 and timing are printed three rows up (line 1699)
  [D22, 'II特定個人情報ファイルの概要4.特定個', '事前', VRS_TASK, VRS_TASK, 'その他の項目の変更(委託事項の追加)', ['timing', 'before', 'after', 'timing_explanation']],
  // each text comes out as three boxes 「略」「（…）」「略」: halved, in doubt
  [D22, 'IIIリスク対策2.特定個人情報の入手(', '事前', '略(新型コロナウイルス感染症予防接種証明書電子交付機能)略', '略(新型コロナウイルス感染症予防接種証明書電子交付機能、コンビニ交付)略', SHIEN, ['before', 'after']],
  // its 変更後 is printed at line 1645, its 変更前 at the page's end
  [D22, 'IIIリスク対策2.特定個人情報の入手(', '事後', '②転出先市区町村からの個人番号の入手', '②他市区町村からの個人番号の入手', SHIEN, ['timing', 'before', 'after', 'timing_explanation']],
  // page 2 (lines 1803–1983): seven dates of three kinds in a run, paired in order
  [O11, 'I基本情報2 特定個人情報ファイルを取り', '事前', b(NONE), '健康管理システム(標準化対応版)', GOV, ['changed_on', 'timing_explanation']],
  [O11, 'IVリスク対策8 監査実施の有無', '事後', '内部監査〔 〕', '内部監査〔 〇 〕', '重要な変更にあたらない(令和4年度内部監査)', ['changed_on']],
  [O11, 'IIIリスク対策5.特定個人情報の提供・', '事後', '・番号法等の法令に基づく事務以外には特定個人情報', '番号法等の法令の規定に基づき認められる特定個人情報', '重要な変更にあたらない(防府市個人情報保護条例廃止に伴う変更)', ['changed_on', 'timing_explanation']],
  [S30, '(別添1)特定個人ファイル記録項目', '事後', '略・接種回(1回目/2回目/3回目)略', '略・接種回(1回目/2回目/3回目/4回目/5回目/6回目)略', '重要な変更にあたらない(接種回数増加による変更)', ['changed_on']],
  [D22, 'IIIリスク対策7.特定個人情報保管・消去', '事前', b(R), '略以下追記。(新型コロナウイルス感染症予防接種証明書コンビニ交付)', SHIEN, ['changed_on', 'timing_explanation']],
  [D22, 'IIIリスク対策2.特定個人情報の入手(', '事前', b(R), '略以下追記。(新型コロナウイルス感染症予防接種証明書コンビニ交付)・個人番号カード', SHIEN, ['changed_on', 'timing_explanation']],
  // its item is the page's last box; its texts (six boxes) come out after the row above
  [D22, 'IIIリスク対策4.特定個人情報ファイルの', '事前', '略(VRS)(新型コロナウイルス感染症予防接種証明書電子交付機能を含む。略', '略(VRS)(新型コロナウイルス感染症予防接種証明書電子交付機能及びコンビニ交付関連機能を含む。略', SHIEN, ['changed_on', 'timing', 'before', 'after', 'timing_explanation']],
  // page 3 (lines 1987–2168): row by row, ten dates in a run
  [S06, 'I基本情報2 特定個人情報ファイルを取り', '事前', b(NONE), '1.照会機能選択した対象者が受けた予防接種の種類', GOV, ['changed_on']],
  [S30, 'I基本情報2 特定個人情報ファイルを取り', '事前', '[ ] 情報提供ネットワークシステム', '[ ] 情報提供ネットワークシステム', GOV, ['changed_on']],
  [S06, 'I基本情報5 情報提供ネットワークシステ', '事後', '(情報照会の根拠規定)・番号法第19条第8号、別表第二の16の2項', '(情報照会の根拠規定)・番号法第19条第8号及び番号法第19条第8号に基づく主務省令', LAW, ['changed_on']],
  [S06, 'I基本情報4 個人番号の利用※法令上の根', '事後', '・番号法第9条第1項及び別表第一の10の項略', '・番号法第9条第1項及び別表14の項略', LAW, ['changed_on']],
  [S30, 'I基本情報6 評価実施機関における担当部', '事後', HEALTH_ROOM, HEALTH_DIV, ORG, ['changed_on']],
  // 「before after 事後」 on one line, one space between: split
  [S30, 'I基本情報6 評価実施機関における担当部', '事後', '新型コロナウイルスワクチン接種対策室長', '健康増進課長', ORG, ['changed_on']],
  [S30, 'II特定個人情報ファイルの概要2 基本情', '事前', '10項目未満', '10項目以上50項目未満', GOV, ['changed_on']],
  [S06, 'II特定個人情報ファイルの概要2 基本情', '事後', HEALTH_ROOM, HEALTH_DIV, ORG, ['changed_on']],
  [S06, 'II特定個人情報ファイルの概要3 特定個', '事後', HEALTH_ROOM, HEALTH_DIV, ORG, ['changed_on']],
  [S06, 'II特定個人情報ファイルの概要4 特定個', '事前', '原則再委託は認めないが、あらかじめ市長の承諾を得た場合は再委託を許諾する。', '原則再委託は認めないが、あらかじめ市長の承諾を得た場合は再委託を許諾する。業務委託', GOV, ['changed_on']],
  // page 4 (lines 2172–2330)
  [S30, 'II特定個人情報ファイルの概要5 特定個', '事後', '番号法第19条第8号別表第二の16の2項', '番号法第19条第8号、番号法第19条第8号に基づいて主務省令', '重要な変更に当たらない(法令改正に伴う変更)', ['changed_on']],
  [S30, 'II特定個人情報ファイルの概要6 特定個', '事前', b(R), '略<ガバメントクラウドにおける措置>①サーバ等は', GOV, ['changed_on']],
  [S06, '(別添1)特定個人情報ファイル記録項目', '事後', '略・接種回(1回目/2回目/3回目/4回目/5回目/6回目)略', '略・接種回(1回目/2回目/3回目/4回目/5回目/6回目/7回目)略', '重要な変更にあたらない(接種回数増加による変更)', ['changed_on']],
  [S30, '(別添1)特定個人情報ファイル記録項目', '事前', b(R), '略ガバメントクラウド移行後<新型コロナウイルス', GOV, ['changed_on']],
  [S06, 'IIIリスク対策3 特定個人情報の使用特定', '事前', b(R), '略(移行作業時に関する措置)特定個人情報ファイル', GOV, ['changed_on']],
  // 「記載なし」 over 「別紙変更箇所 項目No1を参照」 in one box
  [S30, 'IIIリスク対策7 特定個人情報の保管・消', '事前', b(NONE), '別紙変更箇所項目No1を参照', GOV, ['changed_on']],
  // page 5 (lines 2334–2440): 変更後 in two boxes after 「略」: which boxes are 変更前 stays in doubt
  [S30, 'IIIリスク対策7 特定個人情報の保管・消', '事前', b(R), '(移行作業時に関する措置)・移行作業に用いる電子記録媒体', GOV, ['changed_on', 'after']],
  [S06, 'IIIリスク対策8 監査実施の有無', '事後', '内部監査〔 〇 〕', '内部監査〔 〕', '重要な変更にあたらない(監査計画によるため)', ['changed_on']],
  // 「１０　その他のリスク対策 略」: the item and its 変更前 on one line
  [S30, 'IIIリスク対策10 その他のリスク対策', '事前', b(R), '略<ガバメントクラウドにおける措置>ガバメントクラウド上', GOV, ['changed_on']],
  [S06, 'IV開示請求、問合せ1 特定個人情報の開示', '事後', '〒747-8501 防府市寿町7番1号防府市 総合政策部 広報広聴課', '〒747-8501 防府市寿町7番1号防府市 生活環境部 くらし安全課', ORG, ['changed_on']],
  [S06, 'IV開示請求、問合せ2 特定個人情報ファイ', '事後', '747-0805 防府市鞠生町12番1号防府市 健康福祉部', '747-0805 防府市鞠生町12番1号防府市 保健こども部', ORG, ['changed_on']],
  // page 6 (lines 2444–2620): seven rows, one date: certain
  [S06, 'I基本情報2 特定個人情報ファイルを取り', '事後', '・ワクチン接種記録システムへの接種対象者・接種券発行登録', '・ワクチン接種記録システムへの接種対象者・接種券発行登録', END, []],
  [S06, 'II特定個人情報ファイルの概要2 基本情', '事後', '[〇]その他 ワクチン接種記録システム(VRS)(新型コロナ', '[〇]その他ワクチン接種記録システム(VRS)、健康管理システム', END, []],
  [S06, 'II特定個人情報ファイルの概要3 特定個', '事後', '[〇]その他 ワクチン接種記録システム(VRS)(新型コロナ', '[〇]その他ワクチン接種記録システム(VRS)、健康管理システム', END, []],
  [S06, 'II特定個人情報ファイルの概要3 特定個', '事後', '<新型コロナウイルス感染症対策に係る予防接種事務>・当市への転入者', '<新型コロナウイルス感染症対策に係る予防接種事務>・新型コロナウイルス', END, []],
  [S06, 'II特定個人情報ファイルの概要4 特定個', '事後', `${VRS_TASK}(新型コロナ`, `${VRS_TASK}を用いた特定個人情報ファイルの管理等`, END, []],
  [S06, 'II特定個人情報ファイルの概要4 特定個', '事後', `${VRS_TASK}(新型コロナ`, `${VRS_TASK}を用いた特定個人情報ファイルの管理等`, END, []],
  [S06, 'II特定個人情報ファイルの概要6 特定個', '事後', '略(新型コロナウイルス感染症予防接種証明書電子交付機能)', '略削除', END, []],
  // pages 7–9: each date right before its row
  [S06, 'IIIリスク対策2 特定個人情報の入手(情', '事後', '略(新型コロナウイルス感染症予防接種証明書コンビニ交付)', '略削除', END, []],
  [S06, 'IIIリスク対策3 特定個人情報の使用リス', '事後', '<健康管理システムにおける措置>・業務上必要でない情報へ不要なアクセスができないよう、利用権限等の設定を行う。<ワクチン', '<健康管理システムにおける措置>・業務上必要でない情報へ不要なアクセスができないよう、利用権限等の設定を行う。', END, []],
  [S06, 'IIIリスク対策2 特定個人情報の入手(情', '事後', '<健康管理システムにおける措置>他システムとの連携により', '<健康管理システムにおける措置>他システムとの連携により', END, []],
  [S06, 'IIIリスク対策2 特定個人情報の入手(情', '事後', '略(新型コロナウイルス感染症予防接種証明書電子交付機能)・個人番号カードや旅券', '略削除', END, []],
  [S06, 'IIIリスク対策10 その他のリスク対策', '事後', '<新型コロナウイルス感染症対策に係る予防接種事務における追加措置>デジタル庁から', '<新型コロナウイルス感染症対策に係る予防接種事務における追加措置>厚生労働省から', `${END}(国の所管変更)`, []],
  [S06, 'IIIリスク対策4 特定個人情報ファイルの', '事後', '略<新型コロナウイルス感染症対策に係る予防接種事務における追加措置>当市、国、', '略<新型コロナウイルス感染症対策に係る予防接種事務における追加措置>当市、国、', END, []],
  [S06, 'IIIリスク対策9 従事者に対する教育・啓', '事後', '職員及び臨時職員に対しては、個人情報保護、情報セキュリティの研修を行う。<新型', '職員及び臨時職員に対しては、個人情報保護、情報セキュリティの研修を行う。<新型', `${END}(国の所管変更)`, []],
];

describe('防府市 change table (PDF text, scrambled)', () => {
  it('reads every row as printed: date, item, timing, 変更前, 変更後, 提出時期に係る説明 and what stays in doubt', () => {
    expectChangeRows(s.changes, rows);
  });

  it('tells each row\'s 変更前 from its 変更後 where they begin alike', () => {
    const text = (i: number, k: 'before' | 'after') => s.changes[i]![k]!.replace(/\n/g, '');
    // 委託事項１ ①委託内容, 2022-07-07: the コンビニ交付 function added
    expect(text(1, 'before')).toContain('(新型コロナウイルス感染症予防接種証明書電子交付機能を含む。)');
    expect(text(1, 'after')).toContain('電子交付機能及びコンビニ交付関連機能を含む。)');
    expect(text(3, 'before')).not.toContain('キオスク端末');
    expect(text(3, 'after')).toContain('コンビニエンスストア等のキオスク端末及び証明書交付センターシステム');
    expect(text(5, 'before')).toContain('転出先市区町村から個人番号を入手');
    expect(text(5, 'after')).toContain('他市区町村から個人番号を入手');
    expect(text(6, 'before')).toContain('電子交付機能を含む。)');
    expect(text(6, 'after')).toContain('電子交付機能及びコンビニ交付関連機能');
    expect(text(17, 'after')).toContain('[ 〇 ] その他 ( ワクチン接種記録システムVRS )');
    expect(text(25, 'after')).toMatch(/業務委託における重要情報資産・個人情報の取扱留意事項に従う。$/);
    expect(text(41, 'after')).toBe(`${VRS_TASK}を用いた特定個人情報ファイルの管理等`);
  });

  it('points every text at the lines it was read from', () => {
    const at = (i: number, field: string) => {
      const [from, to] = s.doc.rows.changes[i]!.spans[field]!;
      return s.doc.source.lineRange({ from, to });
    };
    expect(at(1, 'before')).toEqual({ lineFrom: 1599, lineTo: 1603 });
    expect(at(1, 'after')).toEqual({ lineFrom: 1605, lineTo: 1610 });
    // 「記載なし 健康管理システム（標準化対応版） 事前」: both texts on line 1826
    expect(at(9, 'after')).toEqual({ lineFrom: 1826, lineTo: 1826 });
    expect(at(8, 'after')).toEqual({ lineFrom: 1645, lineTo: 1651 });
    expect(at(8, 'before')).toEqual({ lineFrom: 1792, lineTo: 1799 });
  });
});
