import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * Variants of the seeds with other bodies: every kind of body, a name shared by two towns
 * (森町 in 北海道 and 静岡県) decided by the prefecture the document states or left
 * unresolved, and names that are no body.
 */
const seed = (name: string) => readFileSync(SEED(name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

/** 小金井市 (tab-separated) as another body: 評価実施機関名, the 宣言 and the text, and the address of Ⅳ ①請求先. */
function koganeiAs(agency: string, body: string, address = '小金井市本町六丁目6番3号') {
  const text = seed('001_0f1031b6666322d1.txt')
    .replaceAll('東京都小金井市長', agency)
    .replace('小金井市本町六丁目6番3号', address)
    .replaceAll('小金井市', body);
  return summarize(bytes(text));
}

const MORI_HOKKAIDO = { code: '013455', name: '森町', prefecture: '北海道', kind: 'town' };

describe('bodies of every kind', () => {
  it('a town named with its prefecture: 「北海道森町長」', () => {
    const s = koganeiAs('北海道森町長', '森町');
    expect(s.body).toMatchObject({ written: '北海道森町長', body: MORI_HOKKAIDO, certain: true, source: 'agency' });
    expect(s.doc.rows.assessment.states.body).toBeUndefined();
  });

  it('a shared name decided by the address in 開示請求、問合せ: 「森町長」 at 〒049-2393 北海道茅部郡森町…', () => {
    const s = koganeiAs('森町長', '森町', '〒049-2393 北海道茅部郡森町字御幸町144番地1');
    expect(s.body).toMatchObject({ written: '森町長', body: MORI_HOKKAIDO, certain: true });
  });

  it('a shared name with no prefecture anywhere stays unresolved, with its candidates', () => {
    const s = koganeiAs('森町長', '森町', '森町字御幸町144番地1');
    const why = { code: 'bodyAmbiguous', params: { name: '森町', candidates: ['北海道森町', '静岡県森町'] } };
    expect(s.body).toEqual({ written: '森町長', body: null, certain: false, reason: why, source: 'agency' });
    expect(s.doc.rows.assessment.states.body).toEqual({ state: 'unread', reason: why });
    expect(s.report.doubts).toContainEqual(expect.objectContaining({ field: 'body', value: '森町長', state: 'unread', reason: why }));
  });

  it('a shared name in the PDF layout, decided by the 〒 address (静岡県周智郡森町)', () => {
    const hofu = seed('000_6b35c62c03d5d5e8.txt');
    const decided = summarize(bytes(hofu.replace('〒747-8501　防府市寿町７番１号', '〒437-0293　静岡県周智郡森町森２１０１番地の１').replaceAll('防府市', '森町')));
    expect(decided.body).toMatchObject({ written: '森町', body: { code: '224618', name: '森町', prefecture: '静岡県' }, certain: true, source: 'declaration' });
    const undecided = summarize(bytes(hofu.replaceAll('防府市', '森町')));
    expect(undecided.body).toMatchObject({ written: '森町', body: null, certain: false, reason: { code: 'bodyAmbiguous' } });
  });

  it("Tokyo's special ward, a prefecture, a ministry", () => {
    expect(koganeiAs('品川区長', '品川区').body).toMatchObject({ body: { code: '131091', name: '品川区', prefecture: '東京都', kind: 'special_ward' }, certain: true });
    expect(koganeiAs('栃木県知事', '栃木県').body).toMatchObject({ body: { code: '090000', name: '栃木県', kind: 'prefecture' }, certain: true });
    expect(koganeiAs('法務大臣', '法務省').body).toMatchObject({ body: { code: null, name: '法務省', kind: 'national' }, certain: true });
  });

  it("the mayor's name after the title is no part of the body", () => {
    const s = koganeiAs('日野市長 大坪 冬彦', '日野市');
    expect(s.body).toMatchObject({ written: '日野市長 大坪 冬彦', body: { code: '132128', name: '日野市' }, certain: true });
  });

  it("a designated city's ward is read as its city, to be checked", () => {
    const s = koganeiAs('横浜市中区長', '横浜市中区');
    expect(s.body).toMatchObject({ body: { code: '141003', name: '横浜市' }, certain: false, reason: { code: 'wardOfCity', params: { ward: '横浜市中区', city: '横浜市' } } });
    expect(s.doc.rows.assessment.states.body).toEqual({ state: 'uncertain', reason: { code: 'wardOfCity', params: { ward: '横浜市中区', city: '横浜市' } } });
  });

  it('a title alone is no body', () => {
    const s = koganeiAs('市長', '市');
    expect(s.body).toEqual({ written: '市長', body: null, certain: false, reason: { code: 'bodyUnknown', params: { name: '市長' } }, source: null });
  });
});

describe("each seed's affair", () => {
  it.each([
    ['000_6b35c62c03d5d5e8.txt', '予防接種', undefined],
    ['001_0f1031b6666322d1.txt', '予防接種', undefined],
    ['002_395353e375fa5b93.txt', '予防接種', undefined],
    ['004_63d90351889fe90b.txt', '予防接種', undefined],
  ])('%s → %s', (file, affair, state) => {
    const s = summarize(SEED(file));
    expect(s.doc.rows.assessment.affair).toBe(affair);
    expect(s.doc.rows.assessment.states.affair).toBe(state);
  });

  it('another affair in the same form: 小金井市 as a 児童手当 assessment', () => {
    const text = seed('001_0f1031b6666322d1.txt').replaceAll('新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務', '児童手当の支給に関する事務');
    expect(summarize(bytes(text)).doc.rows.assessment).toMatchObject({ title: '児童手当の支給に関する事務', affair: '児童手当' });
  });

  it('a title that matches no affair: classed by the legal basis, to be checked, or kept unclassified with the reason', () => {
    const other = seed('001_0f1031b6666322d1.txt').replaceAll('新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務', '選挙人名簿の登録に関する事務');
    const byBasis = summarize(bytes(other)).doc.rows.assessment;
    expect(byBasis.title).toBe('選挙人名簿の登録に関する事務');
    // Ⅰ-4 still cites 「番号法第9条第1項 別表第1 項番10」, 予防接種's item
    expect(byBasis.affair).toBe('予防接種');
    expect(byBasis.states.affair).toEqual({ state: 'uncertain', reason: { code: 'affairByLegalBasis', params: { items: ['別表第一 10の項', '別表第一 93の2の項'] } } });
    const none = summarize(bytes(other.replaceAll('第9条第1項', '第9条'))).doc.rows.assessment;
    expect(none.affair).toBeNull();
    expect(none.states.affair).toEqual({ state: 'unread', reason: { code: 'affairUnclassified', params: { name: '選挙人名簿の登録に関する事務' } } });
  });
});
