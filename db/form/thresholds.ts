/**
 * The 基礎項目評価書's Ⅱ しきい値判断項目 and Ⅲ しきい値判断結果 (様式2): its questions and the
 * choices each offers, as the form prints them (NFKC). The readers of both layouts read them
 * (threshold.ts of each layout in db/ingest/layouts); the incident flag asks for them (db/queries/outliers).
 */

/** Ⅱ-1 評価対象の事務の対象人数は何人か */
export const PEOPLE_BANDS = ['1,000人未満(任意実施)', '1,000人以上1万人未満', '1万人以上10万人未満', '10万人以上30万人未満', '30万人以上'] as const;
/** Ⅱ-2 特定個人情報ファイル取扱者数は500人以上か */
export const HANDLER_ANSWERS = ['500人以上', '500人未満'] as const;
/** Ⅱ-3 過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか */
export const INCIDENT_ANSWERS = ['発生あり', '発生なし'] as const;
/** the answer that a serious incident happened (the 重点・全項目's graded 重大事故 answers it too) */
export const INCIDENT_OCCURRED = INCIDENT_ANSWERS[0];
/** Ⅲ しきい値判断結果 */
export const THRESHOLD_RESULTS = [
  '基礎項目評価及び全項目評価の実施が義務付けられる',
  '基礎項目評価及び重点項目評価の実施が義務付けられる',
  '基礎項目評価の実施が義務付けられる',
  '特定個人情報保護評価の実施が義務付けられない',
] as const;

/** The items of Ⅱ and Ⅲ, by the words of their questions. */
export const THRESHOLD_LABELS = {
  people: '評価対象の事務の対象人数は何人か',
  countedAt: 'いつ時点の計数か',
  handlers: '特定個人情報ファイル取扱者数は500人以上か',
  incident: '過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか',
  result: 'しきい値判断結果',
} as const;

/** The numbered items of Ⅱ: 「1.対象人数」「2.取扱者数」「3.重大事故」. */
export const THRESHOLD_ITEMS = { people: '対象人数', handlers: '取扱者数', incident: '重大事故' } as const;
