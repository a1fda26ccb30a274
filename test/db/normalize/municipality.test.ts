import { describe, expect, it } from 'vitest';
import { bodyNameOf } from '../../../db/ingest/normalize/body-name';
import { mentionedBodies, resolveBody, statedPrefectures } from '../../../db/ingest/normalize/municipality';

const resolved = (code: string | null, name: string, prefecture: string | null, kind: string) => ({
  kind: 'resolved',
  body: expect.objectContaining({ code, name, prefecture, kind }),
});

describe('resolving a body to its 全国地方公共団体コード', () => {
  it.each([
    ['東京都小金井市長', '132101', '小金井市', '東京都', 'こがねいし'],
    ['北九州市長', '401005', '北九州市', '福岡県', 'きたきゅうしゅうし'],
    ['防府市', '352063', '防府市', '山口県', 'ほうふし'],
    ['横浜市長', '141003', '横浜市', '神奈川県', 'よこはまし'],
    ['札幌市', '011002', '札幌市', '北海道', 'さっぽろし'],
    ['北海道知事', '010006', '北海道', '北海道', 'ほっかいどう'],
  ])('%s → %s', (written, code, name, prefecture, kana) => {
    expect(resolveBody(written)).toEqual({ kind: 'resolved', body: expect.objectContaining({ code, name, prefecture, kana }) });
  });

  it.each([
    // 評価実施機関名 as real documents print it
    ['栃木県知事', '090000', '栃木県', '栃木県', 'prefecture'],
    ['品川区長', '131091', '品川区', '東京都', 'special_ward'],
    ['北区長', '131172', '北区', '東京都', 'special_ward'],
    ['愛知県 扶桑町長', '233625', '扶桑町', '愛知県', 'town'],
    ['愛知県丹羽郡扶桑町長', '233625', '扶桑町', '愛知県', 'town'],
    ['栄村長', '206024', '栄村', '長野県', 'village'],
    ['日野市長 大坪 冬彦', '132128', '日野市', '東京都', 'city'],
    ['郡山市', '072036', '郡山市', '福島県', 'city'],
    ['茅ケ崎市長', '142077', '茅ヶ崎市', '神奈川県', 'city'],
    ['兵庫県教育委員会', '280003', '兵庫県', '兵庫県', 'prefecture'],
    ['横浜市教育委員会教育長', '141003', '横浜市', '神奈川県', 'city'],
    ['北海道森町長', '013455', '森町', '北海道', 'town'],
    ['静岡県森町長', '224618', '森町', '静岡県', 'town'],
    ['福島県伊達市長', '072133', '伊達市', '福島県', 'city'],
    // 北海道's other 泊村 is a 北方領土 village: no administration, no assessment
    ['泊村長', '014036', '泊村', '北海道', 'village'],
    // a prefecture alone, as 「郡山市」 omits 長, is the prefecture
    ['東京都', '130001', '東京都', '東京都', 'prefecture'],
  ])('%s → %s %s (%s)', (written, code, name, prefecture, kind) => {
    expect(resolveBody(written)).toEqual(resolved(code, name, prefecture, kind));
  });

  it('keeps bodies without a code as bodies of their own kind', () => {
    expect(resolveBody('地方公共団体情報システム機構')).toEqual(resolved(null, '地方公共団体情報システム機構', null, 'other'));
    expect(resolveBody('地方公共団体情報システム機構理事長 吉本 和彦')).toEqual(resolved(null, '地方公共団体情報システム機構', null, 'other'));
    expect(resolveBody('法務大臣')).toEqual(resolved(null, '法務省', null, 'national'));
    expect(resolveBody('内閣総理大臣')).toEqual(resolved(null, '内閣府', null, 'national'));
    expect(resolveBody('国税庁長官')).toEqual(resolved(null, '国税庁', null, 'national'));
    expect(resolveBody('東京都後期高齢者医療広域連合長')).toEqual(resolved(null, '東京都後期高齢者医療広域連合', '東京都', 'other'));
    expect(resolveBody('北海道薬剤師国民健康保険組合')).toEqual(resolved(null, '北海道薬剤師国民健康保険組合', '北海道', 'other'));
  });

  it('reads a ward of a designated city as its city, saying so', () => {
    // 横浜市中区 is an administrative ward, not a body: the document is 横浜市's
    expect(resolveBody('横浜市中区長')).toEqual({ ...resolved('141003', '横浜市', '神奈川県', 'city'), ward: '横浜市中区' });
  });

  it('never makes a body of a title or of markup', () => {
    expect(resolveBody('市長')).toEqual({ kind: 'unknown', name: '市' });
    expect(resolveBody('長')).toEqual({ kind: 'unknown', name: '' });
    expect(resolveBody('<script>市長')).toEqual({ kind: 'unknown', name: '<script>市' });
    expect(resolveBody('<script>大臣')).toEqual({ kind: 'unknown', name: '<script>大臣' });
    expect(resolveBody('<b>機構').kind).toBe('unknown');
    expect(resolveBody('予防接種台帳').kind).toBe('unknown');
  });

  it('leaves a name shared by several bodies unresolved, with the candidates', () => {
    const r = resolveBody('森町長');
    expect(r).toEqual({ kind: 'ambiguous', name: '森町', candidates: [expect.objectContaining({ code: '013455' }), expect.objectContaining({ code: '224618' })] });
    const shared: [string, string[]][] = [
      ['伊達市', ['北海道', '福島県']],
      ['池田町長', ['北海道', '福井県', '長野県', '岐阜県']],
      ['美里町長', ['宮城県', '埼玉県', '熊本県']],
      ['南部町長', ['青森県', '山梨県', '鳥取県']],
      ['川崎町長', ['宮城県', '福岡県']],
      ['清水町長', ['北海道', '静岡県']],
      ['府中市', ['東京都', '広島県']],
    ];
    for (const [name, prefectures] of shared) {
      const s = resolveBody(name);
      expect(s.kind === 'ambiguous' && s.candidates.map((c) => c.prefecture), name).toEqual(prefectures);
    }
    expect(resolveBody('東京都府中市長')).toEqual(resolved('132063', '府中市', '東京都', 'city'));
  });

  it('decides a shared name by the prefecture the document states for it', () => {
    expect(resolveBody('森町長', ['北海道'])).toEqual(resolved('013455', '森町', '北海道', 'town'));
    expect(resolveBody('清水町長', ['静岡県'])).toEqual(resolved('223417', '清水町', '静岡県', 'town'));
    expect(resolveBody('森町長', ['北海道', '静岡県']).kind).toBe('ambiguous');
    // a prefecture that has no such body decides nothing
    expect(resolveBody('森町長', ['東京都']).kind).toBe('ambiguous');
  });

  it('finds the prefectures a text writes before a name: addresses with their 郡, the 宣言', () => {
    expect(statedPrefectures('①請求先 〒049-2393 北海道茅部郡森町字御幸町144番地1 01374-7-1281', '森町')).toEqual(['北海道']);
    expect(statedPrefectures('静岡県周智郡森町は、予防接種に関する事務における…', '森町')).toEqual(['静岡県']);
    expect(statedPrefectures('森町総務課 森町字御幸町144番地1', '森町')).toEqual([]);
  });
});

describe('a body name without its title', () => {
  it.each([
    ['栃木県知事', '栃木県'],
    ['品川区長', '品川区'],
    ['愛知県 扶桑町長', '愛知県扶桑町'],
    ['東京都 品川区長 森澤 恭子', '東京都品川区'],
    ['日野市長 大坪 冬彦', '日野市'],
    ['郡山市', '郡山市'],
    ['長', ''],
    ['市長', '市'],
    ['法務大臣', '法務大臣'],
  ])('%s → %s', (written, name) => {
    expect(bodyNameOf(written).name).toBe(name);
  });
});

describe('bodies a text mentions', () => {
  it('counts them, the longest name first', () => {
    const m = mentionedBodies('北九州市保健福祉局、北九州市立文書館、福岡市');
    expect(m.get('北九州市')).toBe(2);
    expect(m.get('福岡市')).toBe(1);
    expect(m.has('九州市')).toBe(false);
  });

  it("counts Tokyo's special wards, not a designated city's wards of the same name", () => {
    const m = mentionedBodies('品川区健康課、品川区役所、札幌市中央区保健センター、中央区');
    expect(m.get('品川区')).toBe(2);
    expect(m.get('札幌市')).toBe(1);
    expect(m.get('中央区')).toBe(1);
  });
});
