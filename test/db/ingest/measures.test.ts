import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';
import { compareMeasures, squeeze, stateOf, type ExpectedMeasure } from '../../helpers/measures';

/**
 * The text each graded answer grades, as the document prints it: a question's own box
 * (ユーザ認証の管理 → 具体的な管理方法), or its risk's boxes for 「リスクへの対策は十分か」
 * (リスクに対する措置の内容; the risk's several boxes, each after its label; その他の措置の内容
 * for a risk with questions of its own). Written by hand from the seeds; where the text does not
 * tie a box to its label or question for certain, the measure is uncertain.
 */
const SUFF = 'リスクへの対策は十分か';

function checkSeed(file: string, expected: ExpectedMeasure[], counts: { measure: number; blank: number }): () => ReturnType<typeof summarize> {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED(file));
  });

  it('gives every graded answer the text its page prints for it, tied or doubted as the page allows', () => {
    const { got, want } = compareMeasures(s.doc.rows.ratings, expected);
    expect(got).toEqual(want);
  });

  it('counts the answers with a measure, and those whose box is written as empty', () => {
    const rows = s.doc.rows.ratings;
    expect({ measure: rows.filter((r) => r.measure !== null).length, blank: rows.filter((r) => stateOf(r) === 'blank').length }).toEqual(counts);
  });

  it('takes every expected text from the document itself', () => {
    // the tab-separated export wraps its cells' paragraphs in HTML tags
    const doc = squeeze(readFileSync(SEED(file), 'utf8').replace(/<\/?(p|div|ul|ol|li)\b[^>]*>/g, ''));
    const missing = expected.flatMap(([, , head, , has]) => [head, has]).filter((t): t is string => !!t && !doc.includes(squeeze(t)));
    expect(missing).toEqual([]);
  });
  return () => s;
}

describe('防府市 (PDF text, scrambled)', () => {
  checkSeed(
    '000_6b35c62c03d5d5e8.txt',
    [
      [SUFF, '目的外の入手', '＜健康管理システムにおける措置＞他システムとの連携により入手する場合においては', 'read'],
      [SUFF, '権限のない者', '＜健康管理システムにおける措置＞・職員の異動等が発生した際には', 'read'],
      [SUFF, '目的を超えた紐付け', '＜健康管理システムにおける措置＞・業務上必要でない情報へ不要なアクセスができないよう', 'read'],
      ['ユーザ認証の管理', '権限のない者', '＜健康管理システムにおける措置＞・システムを利用する必要がある職員を特定し', 'read'],
      // その他の措置の内容 and 規定の内容 are printed apart from their labels
      [SUFF, '委託先における', '＜健康管理システムにおける措置＞・外部委託業者を選定する際、先方の情報保護管理体制を確認する。', 'uncertain'],
      ['委託契約書中の', '委託先における', '・持ち出しの禁止・目的外使用の禁止・再委託の禁止', 'uncertain'],
      ['再委託先による', '委託先における', '・再委託を行う場合は、委託先からの事前報告等により', 'read'],
      ['特定個人情報の提供・移転に関するルール', '不正な提供・移転', '番号法等の法令の規定に基づき認められる特定個人情報の提供について', 'read'],
      [SUFF, '不正な提供・移転', '＜ワクチン接種記録システムにおける追加措置＞ワクチン接種記録システムでは、他市区町村への提供の記録を取得しており', 'uncertain'],
      [SUFF, '目的外の入手', '・中間サーバー・ソフトウェアでは、情報照会機能(※1)により', 'read'],
      [SUFF, '不正な提供が', '・団体内統合宛名システムでは、個人番号利用事務（システム）からの接続には認証を必須とし', 'read'],
      ['過去3年以内に', '特定個人情報の漏えい', null, 'none'],
      ['事故発生時手順の策定・周知', '特定個人情報の漏えい', null, 'none'],
      [SUFF, '特定個人情報の漏えい', '＜ワクチン接種記録システムにおける措置＞【物理的安全管理措置】ワクチン接種記録システムは', 'read'],
      ['従業者に対する教育・啓発', null, '職員及び臨時職員に対しては、個人情報保護、情報セキュリティの研修を行う。', 'uncertain'],
    ],
    { measure: 13, blank: 0 },
  );
});

describe('小金井市 (tab-separated)', () => {
  checkSeed(
    '001_0f1031b6666322d1.txt',
    [
      ['ユーザ認証の管理', '権限のない者', '1. 健康管理システムへのアクセスにおいて、ユーザID/手のひら静脈による認証を実施している。', 'read'],
      [SUFF, '権限のない者', '1. システムの操作履歴(操作ログ)を記録する。', 'read'],
      ['委託契約書中の', '委託先における', '1. 委託先がプライバシーマーク認証及びISMSをベースとして定めた', 'read'],
      ['再委託先による', '委託先における', '再委託に関しては以下の制限を課している。', 'read'],
      [SUFF, '委託先における', '1. 委託先を選定する際に、ISO9001(品質),ISO27001(情報セキュリティ)', 'read'],
      ['特定個人情報の提供・移転に関するルール', '不正な提供・移転', '番号法に基づき、特定個人情報の移転・提供が可能となるよう各種条例を整備する。', 'read'],
      [SUFF, '不正な提供・移転', '1. 「システムが格納されているサーバの使用」及び「特定個人情報ファイルを扱うシステムへのアクセス権限」', 'read'],
      [SUFF, '目的外の入手', '1. 中間サーバー・ソフトウェアにおける措置 (1) 情報照会機能(※1)により', 'read'],
      [SUFF, '不正な提供が', '1. 健康管理システムのソフトウェアにおける措置 (1) 中間サーバーの仕様に基づき提供するため', 'read'],
      ['事故発生時手順の策定・周知', '特定個人情報の漏えい', null, 'none'],
      ['過去3年以内に', '特定個人情報の漏えい', null, 'none'],
      // その他の措置の内容: an empty cell
      [SUFF, '特定個人情報の漏えい', null, 'blank'],
      ['従業者に対する教育・啓発', null, '1. 情報セキュリティに関する教育を、全ての職員に対して行っている。', 'read'],
    ],
    { measure: 10, blank: 1 },
  );
});

describe('北九州市 (PDF text, scrambled)', () => {
  checkSeed(
    '004_63d90351889fe90b.txt',
    [
      [SUFF, '目的外の入手', '申請情報・予防接種実施情報は担当部署の職員による受付をし、限定した部署で直接入手する', 'read'],
      // その他の措置の内容 ―
      [SUFF, '権限のない者', null, 'blank'],
      [SUFF, '目的を超えた紐付け', '＜予防接種台帳システムにおける措置＞予防接種の業務担当以外閲覧等の権限を付与していない。', 'read'],
      ['ユーザ認証の管理', '権限のない者', '・対象業務システムを利用する端末は、該当職員個人のICカード及びパスワードによる認証', 'read'],
      [SUFF, '委託先における', null, 'blank'],
      ['委託契約書中の', '委託先における', '・データの秘密保持に関する事項・再委託の禁止又は制限に関する事項', 'uncertain'],
      ['再委託先による', '委託先における', '業務委託等契約と同様に、再委託先の情報資産の保護体制、方法等をあらかじめ調査及び確認', 'read'],
      [SUFF, '目的外の入手', '＜中間サーバー・ソフトウェアにおける措置＞①情報照会機能（※1）により、情報提供ネットワークシステムに情報照会を行う際には', 'read'],
      [SUFF, '不正な提供が', '＜予防接種台帳システムにおける措置＞庁内連携システムにより特定の権限者以外は情報照会・提供ができず', 'read'],
      ['過去3年以内に', '特定個人情報の漏えい', null, 'none'],
      ['事故発生時手順の策定・周知', '特定個人情報の漏えい', null, 'none'],
      [SUFF, '特定個人情報の漏えい', null, 'blank'],
      // printed apart from 具体的な方法, after the page-wide text continued from the page before
      ['従業者に対する教育・啓発', null, '＜北九州市における措置＞初任者及び業務担当者を対象とした研修を年に１回実施している。', 'uncertain'],
    ],
    { measure: 8, blank: 3 },
  );
});

const YOKOHAMA_CITY = '＜横浜市における措置＞';
const REGISTRATION = '＜横浜市における措置＞・当該事務で保有する正本から副本への登録は、原則システム間の自動連携により行う。';

describe('横浜市 (full form, two files, PDF text)', () => {
  const summary = checkSeed(
    '002_395353e375fa5b93.txt',
    [
      // ── file 1 ──
      [SUFF, '入手の際に特定個人情報が漏えい', '・予防接種を実施した後の予診票は、実施医療機関から医師会を通じて', 'read'],
      [SUFF, '入手した特定個人情報が不正確', '入手の際の本人確認の措置の内容・番号法第16条に基づいた本人確認の措置を行う。', 'read', '個人番号の真正性確認の措置の内容'],
      [SUFF, '不適切な方法で入手', '・紙の申請書類等、本人等を通じて入手する場合は、説明書等を用いて', 'read'],
      [SUFF, '目的外の入手', '対象者以外の情報の入手を防止するための措置の内容・予防接種対象者のみに予診票を送付し', 'read', '必要な情報以外を入手することを防止するための措置の内容'],
      // three 具体的な管理方法 for three questions, two of them on the page after their questions
      ['アクセス権限の発効・失効の管理', '権限のない者', '○ID・パスワードの発効管理・利用する職員のユーザIDとパスワードの発効とともに', 'uncertain'],
      ['ユーザ認証の管理', '権限のない者', '・予防接種台帳システムを利用する職員を限定し、個人ごとにユーザーＩＤ及びパスワードを発行し', 'read'],
      [SUFF, '目的を超えた紐付け', '宛名システム等における措置の内容・統合番号連携システムへのログイン時の職員認証により担当事務を特定する。', 'read', '事務で使用するその他のシステムにおける措置の内容'],
      [SUFF, '特定個人情報ファイルが不正に複製', '・利用権限を業務単位ごとに設定することで、アクセスできる情報を制限する。', 'read'],
      [SUFF, '従業者が事務外で使用', '・操作ログを取得し、定期的に確認を行う。', 'read'],
      [SUFF, '権限のない者', null, 'blank'],
      ['特定個人情報の使用の記録', '*', '・予防接種台帳システムへのログイン記録、予防接種台帳システムの操作記録', 'read'],
      ['アクセス権限の管理', '*', '・適切なアクセス権限が付与されるよう、利用する職員ごとに業務単位で利用者権限を設定する。', 'uncertain'],
      ['再委託先による', '*', '横浜市個人情報の保護に関する条例並びに以下の約款及び特記事項による。', 'uncertain'],
      ['委託契約書中の', '*', '契約書に添付する個人情報取扱特記事項において、次のとおり規定', 'read'],
      ['特定個人情報の提供ルール', '*', '委託先から他者への提供に関するルールの内容及びルール遵守の確認方法個人情報取扱特記事項において、再委託は原則禁止であり', 'read', '委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法個人情報取扱特記事項に基づいて取り扱いを行う。'],
      ['特定個人情報の消去ルール', '*', '契約が終了したとき、当該特定個人情報ファイルの使用が終了したとき', 'read'],
      ['特定個人情報ファイルの取扱いの記録', '*', '・アクセスログを取得し、ログイン記録を残す。', 'uncertain'],
      ['特定個人情報ファイルの閲覧者・更新者の制限', '*', '・作業者を限定するため、委託作業者の名簿を事前に提出させる。', 'read'],
      // 情報保護管理体制の確認 (その他の措置の内容 is 「－」)
      [SUFF, null, '○委託業務の開始前に体制図等の資料を提出させる。', 'read'],
      [SUFF, '目的外の入手', `${YOKOHAMA_CITY}○統合番号連携システムの画面において、・番号法第９条に定められた事務担当者のみ`, 'read'],
      [SUFF, '安全が保たれない方法', `${YOKOHAMA_CITY}・統合番号連携システムのサーバーをデータセンター内に設置し`, 'read', '中間サーバーは、個人情報保護委員会との協議を経て'],
      [SUFF, '入手した特定個人情報が不正確', `${YOKOHAMA_CITY}統合番号連携システムでは情報提供ネットワークシステムからの情報照会結果を保管しない。`, 'read'],
      [SUFF, '入手の際に特定個人情報が漏えい', `${YOKOHAMA_CITY}・統合番号連携システムのサーバーをデータセンター内に設置し`, 'read', '①中間サーバーは、情報提供ネットワークシステムを使用した特定個人情報の入手のみを実施するため'],
      [SUFF, '不適切な方法で提供される', REGISTRATION, 'read', '①セキュリティ管理機能（※）により'],
      [SUFF, '不正な提供が', REGISTRATION, 'read', '・住民基本台帳事務における支援措置対象者等については自動応答不可フラグを設定する。'],
      [SUFF, '誤った情報を提供してしまう', REGISTRATION, 'read', '・正本に誤りを発見した際は、速やかに自動応答不可フラグを設定する。'],
      ['技術的対策', '特定個人情報の漏えい', '・特定個人情報にアクセスするサーバ及び端末にウイルス対策ソフトを導入し', 'read'],
      ['物理的対策', '特定個人情報の漏えい', `${YOKOHAMA_CITY}・統合番号連携システムのサーバー機器はデータセンターに設置する。`, 'read'],
      ['安全管理体制・規程の職員への周知', '*', null, 'none'],
      ['安全管理規程', '*', null, 'none'],
      ['安全管理体制', '*', null, 'none'],
      ['NISC政府機関統一基準群', '*', null, 'none'],
      [SUFF, '特定個人情報の漏えい', null, 'blank'],
      ['過去3年以内に', '*', null, 'none'],
      // 具体的な保管方法 ―
      ['死者の個人番号', '*', null, 'blank'],
      ['事故発生時手順の策定・周知', '*', null, 'none'],
      ['バックアップ', '*', null, 'none'],
      [SUFF, '特定個人情報が消去されず', null, 'blank'],
      [SUFF, '特定個人情報が古い情報のまま', '◎住民登録内の者の分住民基本台帳システムから、１日１回、システム間の連携により自動的に入手する。', 'read'],
      ['消去手順', '特定個人情報が消去されず', '・媒体に保存したバックアップ用データは、次回バックアップ時に', 'read'],
      // ── file 2 ──
      [SUFF, '目的外の入手', '対象者以外の情報の入手を防止するための措置の内容○データを登録する際の防止措置', 'read', '必要な情報以外を入手することを防止するための措置の内容○統合番号連携システムに登録してあるデータを利用する際の措置'],
      [SUFF, '不適切な方法で入手', '○システムから入手する際の措置・住民登録内の者の分 : データセンター内の専用線を用いて', 'read'],
      [SUFF, '入手の際に特定個人情報が漏えい', '○システム間の連携により入手する際の措置', 'read'],
      [SUFF, '入手した特定個人情報が不正確', '入手の際の本人確認の措置の内容・番号法第16条に基づいた本人確認の措置を行う。', 'read', '個人番号カードの提示を受け、確認する。'],
      [SUFF, '権限のない者', null, 'blank'],
      [SUFF, '目的を超えた紐付け', '宛名システム等における措置の内容・統合番号連携システムへのログイン時の職員認証により担当事務を特定する。', 'read', '○福祉保健システム端末を使用する際の措置'],
      // the questions' boxes come out of order on one page: told apart only by their words
      ['ユーザ認証の管理', '権限のない者', '・統合番号連携システムへのログイン時の職員認証により担当事務を特定する。', 'uncertain', '・同一ユーザIDの同時ログインを制限する。'],
      ['アクセス権限の管理', '権限のない者', '・アクセス権限の設定作業は、システム管理者が行う。', 'uncertain'],
      ['アクセス権限の発効・失効の管理', '権限のない者', '○ID・パスワードの発効管理・システム管理者は、事務所管課と調整の上', 'uncertain'],
      ['特定個人情報の使用の記録', '権限のない者', '・「誰が」「いつ」「どのような操作をしたのか」を記録する。', 'read'],
      [SUFF, '従業者が事務外で使用', '・統合番号連携システムへのログイン時の職員認証に加えて、「誰が」「いつ」', 'read'],
      [SUFF, '特定個人情報ファイルが不正に複製', '・管理者権限を持たない者に対する措置 : 統合番号連携システムの画面からのみ', 'read'],
      ['特定個人情報ファイルの閲覧者・更新者の制限', '*', '・委託業務に従事する者については、受託者からの書面による事前の申請を受け', 'read'],
      ['特定個人情報ファイルの取扱いの記録', '*', '作業内容について事前に申請を受け、管理者が承認したうえで実施し、その記録を残す。', 'uncertain'],
      ['特定個人情報の提供ルール', '*', '委託先から他者への提供に関するルールの内容及びルール遵守の確認方法個人情報取扱特記事項において、再委託は原則禁止であり', 'read'],
      ['特定個人情報の消去ルール', '*', '契約が終了したとき、当該特定個人情報ファイルの使用が終了したとき', 'read'],
      ['委託契約書中の', '*', '契約書に添付する個人情報取扱特記事項において、次のとおり規定', 'read'],
      ['再委託先による', '*', '横浜市個人情報の保護に関する条例並びに以下の約款及び特記事項による。', 'uncertain'],
      // 情報保護管理体制の確認's text is printed apart from it
      [SUFF, null, '○委託業務の開始前に体制図等の資料を提出させる。', 'uncertain'],
      // 提供・移転しない: the stage's boxes are printed empty, no text to tie
      [SUFF, '誤った情報を提供・移転', null, 'unread'],
      [SUFF, '不適切な方法で提供・移転', null, 'unread'],
      [SUFF, '不正な提供・移転', null, 'unread'],
      ['特定個人情報の提供・移転に関するルール', '不正な提供・移転', null, 'unread'],
      ['特定個人情報の提供・移転の記録', '不正な提供・移転', null, 'unread'],
      [SUFF, '目的外の入手', `${YOKOHAMA_CITY}○統合番号連携システムの画面において`, 'read'],
      [SUFF, '安全が保たれない方法', `${YOKOHAMA_CITY}・統合番号連携システムのサーバーをデータセンタ内に設置し`, 'read'],
      [SUFF, '入手した特定個人情報が不正確', `${YOKOHAMA_CITY}統合番号連携システムでは情報提供ネットワークシステムからの情報照会結果を保管しない。`, 'read'],
      [SUFF, '入手の際に特定個人情報が漏えい', `${YOKOHAMA_CITY}・統合番号連携システムのサーバーをデータセンター内に設置し`, 'read'],
      [SUFF, '不正な提供が', REGISTRATION, 'read', '・住民基本台帳事務における支援措置対象者等については自動応答不可フラグを設定する。'],
      [SUFF, '不適切な方法で提供される', REGISTRATION, 'read'],
      [SUFF, '誤った情報を提供してしまう', REGISTRATION, 'read', '・正本に誤りを発見した際は、速やかに自動応答不可フラグを設定する。'],
      ['安全管理体制', '*', null, 'none'],
      ['安全管理規程', '*', null, 'none'],
      // both 具体的な対策の内容 on one page, both texts opening with the same words
      ['物理的対策', '*', '・特定個人情報にアクセスするサーバ及び端末にウイルス対策ソフトを導入し', 'uncertain'],
      ['技術的対策', '*', '・特定個人情報にアクセスするサーバ及び端末にウイルス対策ソフトを導入し', 'uncertain'],
      ['バックアップ', '*', null, 'none'],
      ['事故発生時手順の策定・周知', '*', null, 'none'],
      ['安全管理体制・規程の職員への周知', '*', null, 'none'],
      ['過去3年以内に', '*', null, 'none'],
      [SUFF, '特定個人情報の漏えい', null, 'blank'],
      ['死者の個人番号', '*', '・死者のデータは生存者のデータと一体となって保管している。', 'read'],
      [SUFF, '特定個人情報が古い情報のまま', '○個人番号、４情報・住民登録内の者の分 : 住民基本台帳への記載及びその変更時に', 'read'],
      [SUFF, '特定個人情報が消去されず', null, 'blank'],
      ['消去手順', '特定個人情報が消去されず', '・保存期間の過ぎた情報は、削除処理によりシステムで判別して自動削除する。', 'read'],
      // ── Ⅳ その他のリスク対策 ──
      ['監査', null, `${YOKOHAMA_CITY}定期的に個人番号利用事務所管部署間での相互監査を実施する。`, 'read'],
      ['従業者に対する教育・啓発', null, `${YOKOHAMA_CITY}年に１回、個人情報保護に関する所属研修を実施する。`, 'read'],
      // 具体的なチェック方法's text is printed after 具体的な内容's, apart from both labels
      ['自己点検', null, `${YOKOHAMA_CITY}定期的に自己点検を実施し、実際の運用が評価書記載の内容と合致しているか`, 'uncertain'],
    ],
    { measure: 62, blank: 7 },
  );

  it('reads 「発生あり」 with its その内容 and 再発防止策の内容 as printed, for both files', () => {
    const incidents = summary().doc.rows.ratings.filter((r) => r.answer === '発生あり');
    expect(incidents.map((r) => [r.fileNo, r.incidentContent, r.incidentPrevention, r.states.incident_content, r.states.incident_prevention])).toEqual([
      [1, '別紙のとおり', '別紙のとおり', undefined, undefined],
      [2, '別紙のとおり', '別紙のとおり', undefined, undefined],
    ]);
  });
});
