import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';
import { squeeze, stateOf } from '../../helpers/measures';

/**
 * Variants of the seeds for the measures: another body's words in a box come out on the answer
 * that box belongs to; a box's text moved to the next page (a row run over a page break) stays
 * with its answer, doubted, or is left unread — never given to another answer for certain.
 */
const seed = (name: string) => readFileSync(SEED(name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const SUFF = 'リスクへの対策は十分か';

type Rows = ReturnType<typeof summarize>['doc']['rows']['ratings'];
const find = (rows: Rows, question: string, risk?: string, stage?: string) =>
  rows.filter((r) => r.question.startsWith(question) && (!risk || r.risk?.startsWith(risk)) && (!stage || r.stage === stage));
const one = (rows: Rows, question: string, risk?: string, stage?: string) => {
  const found = find(rows, question, risk, stage);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const measureOf = (r: Rows[number]) => ({ measure: r.measure === null ? null : squeeze(r.measure), state: stateOf(r) });

/** Moves the text between `from` and `to` (exclusive) to just before `before`, on a later page. */
function moveText(text: string, from: string, to: string, before: string): string {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a);
  const moved = text.slice(a, b);
  const rest = text.slice(0, a) + text.slice(b);
  const at = rest.indexOf(before);
  expect([a, b, at].every((i) => i >= 0)).toBe(true);
  return rest.slice(0, at) + moved.trim() + '\n\n' + rest.slice(at);
}

describe('防府市 (PDF text) with another body\'s measures', () => {
  const text = seed('000_6b35c62c03d5d5e8.txt')
    .replace('他システムとの連携により入手する場合においては、必要な情報以外は連携されないことをシステム\n上で担保する。', '申請書は担当課の窓口でのみ受け付け、本人確認書類により対象者であることを確かめる。')
    .replace('・システムを利用する必要がある職員を特定し、ユーザーＩＤ及びパスワードによる認証を実施する。', '・端末の利用には職員証のＩＣカードと暗証番号による二要素認証を必須とする。');
  const rows = summarize(bytes(text)).doc.rows.ratings;

  it('gives each changed text to the answer whose box it is in, for certain', () => {
    expect(measureOf(one(rows, SUFF, '目的外の入手が行われるリスク', '入手')).measure).toBe(squeeze('＜健康管理システムにおける措置＞\n申請書は担当課の窓口でのみ受け付け、本人確認書類により対象者であることを確かめる。'));
    expect(measureOf(one(rows, SUFF, '目的外の入手が行われるリスク', '入手'))).toMatchObject({ state: 'read' });
    const auth = measureOf(one(rows, 'ユーザ認証の管理'));
    expect(auth.state).toBe('read');
    expect(auth.measure).toContain(squeeze('・端末の利用には職員証のＩＣカードと暗証番号による二要素認証を必須とする。'));
    expect(auth.measure).not.toContain(squeeze('ユーザーＩＤ及びパスワードによる認証を実施する'));
  });

  it('leaves the other answers their own texts', () => {
    expect(rows.filter((r) => r.measure?.includes('二要素認証') || r.measure?.includes('担当課の窓口でのみ'))).toHaveLength(2);
    expect(measureOf(one(rows, SUFF, '目的を超えた紐付け')).measure).toContain(squeeze('・業務上必要でない情報へ不要なアクセスができないよう'));
  });
});

describe('防府市 (PDF text) with その他の措置の内容 run over to the next page', () => {
  const text = moveText(
    seed('000_6b35c62c03d5d5e8.txt'),
    '＜健康管理システムにおける措置＞\n・職員の異動等が発生した際には',
    '[ 十分である リスクへの対策は十分か',
    ' 特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置',
  );
  const rows = summarize(bytes(text)).doc.rows.ratings;

  it('keeps the text with its risk, doubted', () => {
    const r = one(rows, SUFF, '権限のない者');
    expect(measureOf(r).measure?.startsWith(squeeze('＜健康管理システムにおける措置＞・職員の異動等が発生した際には'))).toBe(true);
    expect(r.states.measure).toMatchObject({ state: 'uncertain', reason: { code: 'measureFromPageBefore' } });
  });

  it('gives it to no other answer', () => {
    expect(rows.filter((r) => r.measure?.includes('職員の異動等が発生した際には'))).toHaveLength(1);
  });
});

describe('北九州市 (PDF text) with a risk\'s measure run over to the next page', () => {
  const original = summarize(SEED('004_63d90351889fe90b.txt')).doc.rows.ratings;
  const text = moveText(
    seed('004_63d90351889fe90b.txt'),
    '＜予防接種台帳システムにおける措置＞\n庁内連携システムにより',
    ' 情報提供ネットワークシステムとの接続に伴うその他のリスク',
    '] ＜選択肢＞\n1） 特に力を入れている 2） 十分である\n3） 課題が残されている\n\n 特定個人情報の保管・消去における',
  );
  const rows = summarize(bytes(text)).doc.rows.ratings;

  it('the moved text stays with its risk, doubted, and with no other answer', () => {
    const moved = rows.filter((r) => r.measure?.includes('庁内連携システムにより特定の権限者以外は'));
    expect(moved.map((r) => [r.stage, r.risk])).toEqual([['情報提供ネットワークシステムとの接続', '不正な提供が行われるリスク']]);
    expect(moved[0]!.states.measure).toMatchObject({ state: 'uncertain', reason: { code: 'measureFromPageBefore' } });
  });

  it('every other answer keeps what the seed gives it', () => {
    const others = (rs: Rows) => rs.filter((r) => !(r.question === SUFF && r.risk === '不正な提供が行われるリスク')).map((r) => [r.question, r.risk, stateOf(r) === 'read' ? r.measure : stateOf(r)]);
    const seedRead = others(original).filter(([, , m]) => m !== 'uncertain' && m !== 'unread');
    expect(others(rows)).toEqual(expect.arrayContaining(seedRead));
  });
});

describe('小金井市 (tab-separated) with other texts and a serious incident', () => {
  const text = seed('001_0f1031b6666322d1.txt')
    .replace('1. 情報セキュリティに関する教育を、全ての職員に対して行っている。', '1. 新任職員には着任時に、全職員には年2回、個人情報保護研修を実施している。')
    .replace('[発生なし]', '[発生あり]')
    .replace('その内容\t\t', 'その内容\t令和4年、接種券1通を誤った宛先に送付した。\t')
    .replace('再発防止策の内容\t\t', '再発防止策の内容\t発送前の宛名の照合を二人で行うこととした。\t');
  const s = summarize(bytes(text));
  const rows = s.doc.rows.ratings;

  it('gives the changed text to its question', () => {
    expect(measureOf(one(rows, '従業者に対する教育・啓発'))).toMatchObject({ state: 'read' });
    expect(measureOf(one(rows, '従業者に対する教育・啓発')).measure?.startsWith(squeeze('1. 新任職員には着任時に、全職員には年2回、個人情報保護研修を実施している。'))).toBe(true);
  });

  it('reads 「発生あり」 with その内容 and 再発防止策の内容 as printed, not as the risk\'s measure', () => {
    const incident = one(rows, '過去3年以内');
    expect([incident.answer, incident.incidentContent, incident.incidentPrevention]).toEqual(['発生あり', '令和4年、接種券1通を誤った宛先に送付した。', '発送前の宛名の照合を二人で行うこととした。']);
    expect(measureOf(one(rows, SUFF, '特定個人情報の漏えい'))).toEqual({ measure: null, state: 'blank' });
  });
});

describe('横浜市 (full form, PDF text) with another body\'s words in one file\'s box', () => {
  const text = seed('002_395353e375fa5b93.txt').replace('・死者のデータは生存者のデータと一体となって保管している。', '・死亡者の情報は死亡日から５年経過後に消去する。');
  const rows = summarize(bytes(text)).doc.rows.ratings;

  it('gives the changed 具体的な保管方法 to that file\'s 死者の個人番号, the other file keeping its 「―」', () => {
    const head = squeeze('・死亡者の情報は死亡日から５年経過後に消去する。住民登録内だった者の分');
    expect(find(rows, '死者の個人番号').map((r) => [r.fileNo, r.answer, stateOf(r), measureOf(r).measure?.slice(0, head.length) ?? null])).toEqual([
      [1, '保管していない', 'blank', null],
      [2, '保管している', 'read', head],
    ]);
  });
});
