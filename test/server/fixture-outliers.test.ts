import { describe, expect, it } from 'vitest';
import { getJson, testApp, useFixtureApp } from '../helpers/api';

const fixture = useFixtureApp();

async function flags(query = '') {
  return (await getJson(fixture.app, `/api/outliers${query}`)).rows as any[];
}

describe('outliers', () => {
  it('flags weak answers with the rating as evidence', async () => {
    const weak = await flags('?kind=weak_answer');
    expect(weak.map((f) => [f.municipality, f.severity])).toEqual([
      ['小金井市', 'high'],
      ['テスト市', 'high'],
    ]);
    expect(weak[0].detail).toContain('課題が残されている');
    expect(weak[0].evidence).toEqual([
      expect.objectContaining({ table: 'ratings', label: 'リスクへの対策は十分か: 課題が残されている', line_from: 8 }),
    ]);
    expect(weak[1].detail).toContain('十分に行っていない');
  });

  it('flags a serious incident', async () => {
    const [incident, ...rest] = await flags('?kind=incident');
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({ municipality: '小金井市', municipality_code: '132101', severity: 'high' });
  });

  it('flags only the newest edition when it is more than five years old, at the injected date', async () => {
    const overdue = await flags('?kind=renewal_overdue');
    expect(overdue.map((f) => f.municipality)).toEqual(['𠮷野町']);
    // re-assessing within five years is a duty to endeavour (規則第15条), not an obligation
    expect(overdue[0]).toMatchObject({ severity: 'medium' });
    expect(overdue[0].detail).toBe('公表日 2017-03-01 から5年を経過: 5年以内の再評価は努力義務 (特定個人情報保護評価に関する規則第15条)、期限 2022-03-01、基準日 2025-01-01');
    const [evidence] = overdue[0].evidence;
    const source = await getJson(fixture.app, `/api/sources/${evidence.assessment_id}?from=${evidence.src_from}&to=${evidence.src_to}`);
    expect(source.text).toBe('平成２９年 ３月１日');

    const earlier = testApp(fixture.db, { now: () => new Date('2021-12-31T00:00:00Z') });
    expect((await getJson(earlier, '/api/outliers?kind=renewal_overdue')).total).toBe(0);
    const later = testApp(fixture.db, { now: () => new Date('2029-01-02T00:00:00Z') });
    const laterRows = (await getJson(later, '/api/outliers?kind=renewal_overdue')).rows;
    // ピア市 (2024-02-01) is not due until 2029-02-01
    expect(laterRows.map((f: any) => f.municipality).sort()).toEqual(['テスト市', '小金井市', '𠮷野町'].sort());
    expect(laterRows.find((f: any) => f.municipality === '小金井市').detail).toContain('2023-06-27');
  });

  it('flags a contractor 「未定」', async () => {
    const [undecided] = await flags('?kind=contractor_undecided');
    expect(undecided).toMatchObject({ municipality: '小金井市', severity: 'medium' });
    expect(undecided.evidence[0]).toMatchObject({ table: 'contracts', label: '委託先名: 未定' });
  });

  it('flags a city whose 再委託 share is 40+ points from the mean of the other cities', async () => {
    const shares = await flags('?kind=subcontract_share');
    expect(shares).toHaveLength(1);
    expect(shares[0]).toMatchObject({ municipality: '小金井市', assessment_id: null, severity: 'medium' });
    expect(shares[0].detail).toBe(
      '再委託の有無が分かる委託事項のうち「再委託する」の割合 50% (1/2件)、他の3団体の平均 0% との差 +50ポイント (基準: 差が40ポイント以上)',
    );
    expect(shares[0].evidence.map((e: any) => e.label)).toEqual(['委託事項1: 再委託する', '委託事項2: 再委託しない']);
  });

  it('flags 事後 shares far from peers: above as medium, below as low', async () => {
    const shares = await flags('?kind=post_change_share');
    expect(shares.map((f) => [f.municipality, f.severity])).toEqual([
      ['小金井市', 'medium'],
      ['テスト市', 'low'],
      ['ピア市', 'low'],
    ]);
    expect(shares[0].detail).toContain('100% (2/2件)、他の2団体の平均 0%');
    expect(shares[1].detail).toContain('差 −50ポイント');
  });

  it('gathers a document’s uncertain rows and report facts in one flag, each doubt once', async () => {
    const uncertain = await flags('?kind=uncertain_extraction');
    expect(uncertain.map((f) => f.municipality)).toEqual(['小金井市', '𠮷野町']);
    // each doubt named in the form's words, its reason a code the interface words
    expect(uncertain[0].evidence.map((e: any) => [e.table, e.label, e.reason.code])).toEqual([
      ['contracts', '委託事項2 ③委託先名 = 株式会社ジーシー、𠮷野商事株式会社', 'itemsSharePage'],
      ['assessments', '表紙 評価書番号 = 24', 'candidates'],
    ]);
    const fact = uncertain[0].evidence[1];
    const source = await getJson(fixture.app, `/api/sources/${fact.assessment_id}?from=${fact.src_from}&to=${fact.src_to}`);
    // the span stored when the value was read: its own words, not the whole line
    expect(source.text).toBe('評価書番号 24');
    expect(uncertain[1].evidence[0]).toMatchObject({ table: 'ratings', label: '使用 リスクへの対策は十分か 回答 = 特に力を入れている', reason: { code: 'answersByOrder' } });
  });

  it('sorts most severe first and filters by city and severity', async () => {
    const all = await flags();
    const order = all.map((f) => ['high', 'medium', 'low'].indexOf(f.severity));
    expect(order).toEqual([...order].sort());
    expect((await flags('?municipality=東京都小金井市')).every((f) => f.municipality === '小金井市')).toBe(true);
    expect((await flags('?municipality=132101')).map((f) => f.kind).sort()).toEqual([
      'contractor_undecided',
      'incident',
      'post_change_share',
      'subcontract_share',
      'uncertain_extraction',
      'weak_answer',
    ]);
    expect((await flags('?severity=low')).map((f) => f.kind).sort()).toEqual([
      'post_change_share',
      'post_change_share',
      'uncertain_extraction',
      'uncertain_extraction',
    ]);
  });
});
