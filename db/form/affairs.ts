import type { Lang } from './reasons';

/**
 * The affairs (事務) a body assesses, as one controlled list, so that every comparison can hold
 * one affair: each assessment's 事務の名称 (「新型コロナウイルス感染症対策に係る予防接種に関する
 * 事務」, 「市税及び国民健康保険税の賦課・徴収に関する事務」) is classed into one of these; the raw
 * name is kept beside the class. The ids are the affairs' usual Japanese names, as the API's
 * `affair` values.
 *
 * `words` are the names' own words for the affair (tested against the NFKC-folded, space-less
 * name); `yieldsTo` lists the affairs that, when also named, are what the name is about
 * (「住民税非課税世帯等に対する臨時特別給付金」 is a 給付金, not 地方税; 「児童福祉法による障害児
 * 通所給付費」 is 障害福祉, not 児童福祉).
 */
export interface AffairDef {
  id: string;
  en: string;
  words: RegExp;
  yieldsTo?: readonly string[];
}

const a = (id: string, en: string, words: RegExp, yieldsTo?: readonly string[]): AffairDef => ({ id, en, words, ...(yieldsTo ? { yieldsTo } : {}) });

export const AFFAIR_DEFS = [
  a('住民基本台帳', 'resident register', /住民基本台帳|住基|住民票|本人確認情報|戸籍の附票|個人番号カード|通知カード|転入届|転出届/),
  a('戸籍', 'family register', /戸籍(?!の附票)/),
  a('地方税', 'local taxes', /地方税|[市町村区都道府県]税|住民税|[市町村区都道府県]民税|固定資産税|軽自動車税|都市計画税|国民健康保険税|事業税|自動車税|不動産取得税|税務/, [
    '国民健康保険',
    '介護保険',
    '後期高齢者医療',
    '給付金',
    '生活保護',
  ]),
  a('国民健康保険', 'national health insurance', /国民健康保険(?!税)|国保(?!税)/),
  a('後期高齢者医療', 'late-stage elderly medical care', /後期高齢者/),
  a('介護保険', 'long-term care insurance', /介護保険|要介護認定|介護給付/),
  a('国民年金', 'national pension', /国民年金|年金生活者支援給付金/),
  a('予防接種', 'vaccination', /予防接種|ワクチン接種/),
  a('感染症', 'infectious diseases', /感染症の予防及び感染症の患者|感染症法|結核|入院勧告/, ['予防接種']),
  a('母子保健', 'maternal and child health', /母子保健|妊婦|妊産婦|乳幼児健康診査|乳幼児健診|未熟児|養育医療|母子健康手帳|産後ケア|出産・子育て応援/, ['医療費助成']),
  a('健康増進', 'health promotion', /健康増進|健康診査|健診|がん検診|歯周疾患|骨粗鬆症|肝炎ウイルス検診/, ['母子保健', '国民健康保険', '後期高齢者医療']),
  a('児童手当', 'child allowance', /児童手当|子ども手当|子供手当/),
  a('児童扶養手当', 'child-rearing allowance', /(?<!特別)児童扶養手当/),
  a('特別児童扶養手当', 'special child-rearing allowance', /特別児童扶養手当/),
  a('子ども・子育て支援', 'child care and support', /子ども・子育て|子ども子育て|子供・子育て|子育て支援|子育てのための|教育・保育|施設等利用|保育|幼稚園|認定こども園|放課後児童/, [
    '児童手当',
    '医療費助成',
    '母子保健',
    '障害福祉',
  ]),
  a('児童福祉', 'child welfare', /児童福祉|助産|母子生活支援|里親|児童相談|一時保護|児童入所/, [
    '障害福祉',
    '子ども・子育て支援',
    '母子保健',
    '児童手当',
    '児童扶養手当',
    '特別児童扶養手当',
    '難病・小児慢性特定疾病',
    '医療費助成',
  ]),
  a('母子父子寡婦福祉', 'single-parent family welfare', /母子父子寡婦|母子及び父子並びに寡婦|母子寡婦|寡婦福祉|ひとり親/, ['医療費助成', '児童扶養手当']),
  a('医療費助成', 'medical expense subsidies', /医療費助成|医療費の助成|医療費支給|子ども医療|こども医療|子供医療|乳幼児医療|ひとり親家庭等?医療|母子家庭等?医療|心身障害者医療|障害者医療費/, ['難病・小児慢性特定疾病']),
  a('難病・小児慢性特定疾病', 'intractable and chronic pediatric diseases', /難病|小児慢性|特定医療費|特定疾患/),
  a('障害福祉', 'disability welfare', /障害|障がい|障碍|自立支援給付|自立支援医療|療育手帳|精神保健|身体障|知的障|補装具|地域生活支援/, ['医療費助成', '特別児童扶養手当']),
  a('生活保護', 'public assistance', /生活保護|保護の実施|中国残留邦人/),
  a('生活困窮者自立支援', 'support for the needy', /生活困窮|住居確保給付金/),
  a('給付金', 'one-off benefits', /給付金|特別定額給付/, ['生活困窮者自立支援', '国民年金']),
  a('被災者支援', 'disaster victims support', /被災者|災害弔慰金|災害援護|災害障害見舞金|り災|罹災/),
  a('公営住宅', 'public housing', /公営住宅|[市町村区都道府県]営住宅|改良住宅|特定優良賃貸住宅|住宅の管理/),
  a('就学援助', 'school attendance aid', /就学援助|就学奨励|就学に必要な援助|学用品/),
  a('高等学校等就学支援金', 'high-school tuition support', /就学支援金|修学支援|奨学給付金|奨学金/),
] as const satisfies readonly AffairDef[];

export type Affair = (typeof AFFAIR_DEFS)[number]['id'];

export const AFFAIRS = AFFAIR_DEFS.map((d) => d.id) as [Affair, ...Affair[]];

/** How the interface words an affair. */
export function affairLabel(id: string, lang: Lang): string {
  const def = AFFAIR_DEFS.find((d) => d.id === id);
  if (!def) return id;
  return lang === 'ja' ? def.id : `${def.en} (${def.id})`;
}

/**
 * 番号法 別表第一 (until 2024) and its successor 別表 (the 2023 amendment dropped 別表第二 and
 * renumbered the items): the items each affair's 個人番号の利用 法令上の根拠 cites. Only items
 * seen cited in published assessments of that affair are listed; an item not listed decides nothing.
 */
export const LEGAL_BASIS_ITEMS: Record<'別表第一' | '別表', Record<string, Affair>> = {
  別表第一: {
    '10': '予防接種',
    '93の2': '予防接種',
    '56': '児童手当',
  },
  別表: {
    '14': '予防接種',
  },
};
