import { describe, expect, it } from 'vitest';
import { classifyAffair, classifyAffairName, legalBasisItems } from '../../../db/ingest/normalize/affair';

describe("an affair's name classed into the controlled list", () => {
  // 事務の名称 / 評価書名 as published assessments print them (the five seeds and other bodies')
  it.each([
    ['新型コロナウイルス感染症対策に係る予防接種に関する事務', '予防接種'],
    ['新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務', '予防接種'],
    ['予防接種法による予防接種の実施に関する事務', '予防接種'],
    ['予防接種に関する事務', '予防接種'],
    ['住民基本台帳に関する事務', '住民基本台帳'],
    ['住民基本台帳事務', '住民基本台帳'],
    ['住民基本台帳ネットワークシステムに係る本人確認情報の管理及び提供等に関する事務', '住民基本台帳'],
    ['介護保険に関する事務', '介護保険'],
    ['市税及び国民健康保険税の賦課・徴収に関する事務', '地方税'],
    ['個人住民税の賦課に関する事務', '地方税'],
    ['地方税の賦課及び徴収に関する事務', '地方税'],
    ['個人住民税関係事務', '地方税'],
    ['固定資産税・都市計画税関係事務', '地方税'],
    ['軽自動車税の賦課徴収に関する事務', '地方税'],
    ['国民健康保険に関する事務', '国民健康保険'],
    ['国民健康保険法による保険給付等に関する事務', '国民健康保険'],
    ['国民健康保険(資格・給付)に関する事務', '国民健康保険'],
    ['国民健康保険に関する適用、給付及び徴収関係事務', '国民健康保険'],
    ['国民年金に関する事務', '国民年金'],
    ['後期高齢者医療に関する事務', '後期高齢者医療'],
    ['生活保護に関する事務', '生活保護'],
    ['児童手当の支給に関する事務', '児童手当'],
    ['児童手当事務', '児童手当'],
    ['児童扶養手当の支給に関する事務', '児童扶養手当'],
    ['特別児童扶養手当の支給に関する事務', '特別児童扶養手当'],
    ['子育て支援に関する事務', '子ども・子育て支援'],
    ['保育の実施に関する事務', '子ども・子育て支援'],
    ['保育所における保育の実施若しくは措置又は費用の徴収', '子ども・子育て支援'],
    ['子どものための教育・保育給付及び子育てのための施設等利用給付に関する事務', '子ども・子育て支援'],
    ['障害児通所給付費等支給事務', '障害福祉'],
    ['児童福祉法による障害児通所給付費、特例障害児通所給付費、高額障害児通所給付費等事務', '障害福祉'],
    ['障害者総合支援法による自立支援給付の支給に関する事務', '障害福祉'],
    ['小児慢性特定疾病医療費等支給事務', '難病・小児慢性特定疾病'],
    ['難病の患者に対する医療等に関する法律による特定医療費の支給に関する事務', '難病・小児慢性特定疾病'],
    ['母子保健法による母子保健事業に関する事務', '母子保健'],
    ['健康増進法による健康増進事業の実施に関する事務', '健康増進'],
    ['戸籍に関する事務', '戸籍'],
    ['市営住宅の管理に関する事務', '公営住宅'],
    ['公営住宅法による公営住宅の管理に関する事務', '公営住宅'],
    ['就学援助に関する事務', '就学援助'],
    ['特別支援教育就学奨励費補助金の支給に関する事務', '就学援助'],
    ['高等学校等就学支援金の支給に関する事務', '高等学校等就学支援金'],
    ['母子父子寡婦福祉資金貸付事務', '母子父子寡婦福祉'],
    ['子ども医療費助成に関する事務', '医療費助成'],
    ['重度心身障害者医療費助成に関する事務', '医療費助成'],
    ['ひとり親家庭等医療費助成に関する事務', '医療費助成'],
    ['住民税非課税世帯等に対する臨時特別給付金に関する事務', '給付金'],
    ['生活困窮者自立支援法による住居確保給付金の支給に関する事務', '生活困窮者自立支援'],
    ['被災者生活再建支援金の支給に関する事務', '被災者支援'],
    ['感染症の予防及び感染症の患者に対する医療に関する法律による入院勧告等に関する事務', '感染症'],
    ['宮崎市個人住民税の賦課に関する事務全項目評価書', '地方税'],
    ['尼崎市 児童手当事務 全項目評価書', '児童手当'],
  ])('%s → %s', (name, affair) => {
    expect(classifyAffairName(name)).toEqual({ kind: 'one', affair });
  });

  it('says when a name holds two affairs or none', () => {
    expect(classifyAffairName('国民健康保険及び後期高齢者医療に関する事務')).toEqual({ kind: 'several', affairs: ['国民健康保険', '後期高齢者医療'] });
    expect(classifyAffairName('選挙人名簿の登録に関する事務')).toEqual({ kind: 'none' });
  });
});

describe('the legal basis for using the number', () => {
  it('reads the 別表第一 / 別表 items as the documents cite them', () => {
    expect(legalBasisItems('・番号法第9条第1項 別表第1 項番10').map((i) => i.item)).toEqual(['10']);
    expect(legalBasisItems('番号法第9条第１項別表第一第10の項、第93の2の項').map((i) => i.item)).toEqual(['10', '93の2']);
    expect(legalBasisItems('・番号法第9条第1項、別表第1　10項').map((i) => [i.table, i.item])).toEqual([['別表第一', '10']]);
    expect(legalBasisItems('・番号法第9条第1項及び別表14の項').map((i) => [i.table, i.item])).toEqual([['別表', '14']]);
    // a line wrapped inside an item, and 「第93条」 (a slip for an item) read as nothing
    expect(legalBasisItems('番号法第9条第１項別表第一第10の項、第93の\n2の項').map((i) => i.item)).toEqual(['10', '93の2']);
    expect(legalBasisItems('番号法第9条第１項別表第一第10の項、第93条').map((i) => i.item)).toEqual(['10']);
    // 別表第二 is the information linkage, not the use of the number
    expect(legalBasisItems('番号法第19条第8号 別表第二 第16の2、17、18、19、115の2の項')).toEqual([]);
  });

  it('gives each item the span of its citation', () => {
    const text = '法令上の根拠\n番号法第9条第1項 別表第一の10の項';
    const [item] = legalBasisItems(text);
    expect(text.slice(item!.span.from, item!.span.to)).toBe('第9条第1項 別表第一の10の項');
  });
});

describe("a document's affair", () => {
  it('is read from the name, then the title', () => {
    expect(classifyAffair({ name: '予防接種に関する事務', title: null, text: '' })).toEqual({ affair: '予防接種', reason: null, source: 'name' });
    expect(classifyAffair({ name: null, title: '児童手当の支給に関する事務 基礎項目評価書', text: '' })).toEqual({ affair: '児童手当', reason: null, source: 'title' });
  });

  it('falls back on the legal basis, as uncertain', () => {
    const r = classifyAffair({ name: null, title: null, text: '番号法第9条第1項 別表第一の10の項、93の2の項' });
    expect(r).toMatchObject({ affair: '予防接種', source: 'legalBasis', reason: { code: 'affairByLegalBasis', params: { items: ['別表第一 10の項', '別表第一 93の2の項'] } } });
  });

  it('says why it holds none', () => {
    expect(classifyAffair({ name: '国民健康保険及び後期高齢者医療に関する事務', title: null, text: '' })).toEqual({
      affair: null,
      reason: { code: 'affairSeveral', params: { name: '国民健康保険及び後期高齢者医療に関する事務', affairs: ['国民健康保険', '後期高齢者医療'] } },
      source: null,
    });
    expect(classifyAffair({ name: '選挙人名簿の登録に関する事務', title: null, text: '' })).toEqual({
      affair: null,
      reason: { code: 'affairUnclassified', params: { name: '選挙人名簿の登録に関する事務' } },
      source: null,
    });
    expect(classifyAffair({ name: null, title: null, text: '' })).toEqual({ affair: null, reason: null, source: null });
  });
});
