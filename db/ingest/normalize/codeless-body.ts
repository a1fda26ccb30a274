/**
 * Bodies that assess without a local-government code: the ministries and agencies of the state,
 * and other bodies (地方公共団体情報システム機構, 後期高齢者医療広域連合, 一部事務組合, 国民健康
 * 保険組合, 日本年金機構). They are bodies of their own kind, never forced onto a municipality.
 */
const NATIONAL = [
  '内閣府',
  'デジタル庁',
  '復興庁',
  'こども家庭庁',
  '総務省',
  '法務省',
  '外務省',
  '財務省',
  '文部科学省',
  '厚生労働省',
  '農林水産省',
  '経済産業省',
  '国土交通省',
  '環境省',
  '防衛省',
  '警察庁',
  '金融庁',
  '消費者庁',
  '国税庁',
  '出入国在留管理庁',
  '公安調査庁',
  '文化庁',
  'スポーツ庁',
  '特許庁',
  '中小企業庁',
  '海上保安庁',
  '気象庁',
  '観光庁',
  '林野庁',
  '水産庁',
  '資源エネルギー庁',
  '防衛装備庁',
  '宮内庁',
  '人事院',
  '会計検査院',
  '国家公安委員会',
  '個人情報保護委員会',
  '公正取引委員会',
];

/** the minister who heads a body other than 「X省」/「X庁」 by name */
const MINISTERS: Record<string, string> = { 内閣総理大臣: '内閣府', 国家公安委員会委員長: '国家公安委員会' };

/** A national body's name from the body or its head as written: 「法務大臣」 → 法務省, 「国税庁長官」 → 国税庁. */
export function nationalBody(name: string): string | null {
  if (NATIONAL.includes(name)) return name;
  if (MINISTERS[name]) return MINISTERS[name];
  const head = /^(.+?)(?:大臣|長官|委員長)$/.exec(name)?.[1];
  if (!head) return null;
  return NATIONAL.find((b) => b === `${head}省` || b === `${head}庁` || b === head || b === `${head}委員会`) ?? null;
}

/** The words that end the name of a body without a local-government code. */
const OTHER_END = /(?:機構|広域連合|事務組合|組合|協会|連合会|基金|公社)$/;

/** Such a name has at least one word before its ending and no symbols (「<script>機構」 is none). */
const NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・々〆ヶA-Za-z0-9]+$/u;

/** An other body's name, or null: 「地方公共団体情報システム機構」, 「東京都後期高齢者医療広域連合」. */
export function otherBody(name: string): string | null {
  const end = OTHER_END.exec(name);
  return end && end.index >= 2 && NAME.test(name) ? name : null;
}

/** A name fit to be stored as a body's: only the scripts body names use. */
export const isNameLike = (name: string) => NAME.test(name);
