import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { provenance } from './provenance';

/**
 * The 基礎項目評価書's own items, one row per such document: Ⅱ しきい値判断項目 (対象人数 with
 * the date it was counted, whether 500 or more handle the file, a serious incident in the past
 * year), Ⅲ しきい値判断結果, and from Ⅳ the forms submitted and the 最も優先度が高いと考えられる
 * 対策 with its 判断の根拠 (its 「当該対策は十分か」 is a rating).
 */
export const thresholds = sqliteTable('thresholds', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .unique()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  /** Ⅱ-1 評価対象の事務の対象人数は何人か: the band as printed, and as a range */
  peopleBandText: text(),
  peopleMin: integer(),
  peopleMax: integer(),
  /** Ⅱ-1 いつ時点の計数か (ISO) */
  peopleCountedOn: text(),
  /** Ⅱ-2 特定個人情報ファイル取扱者数は500人以上か: 500人以上 / 500人未満 */
  handlers: text(),
  handlers500OrMore: integer('handlers_500_or_more', { mode: 'boolean' }),
  handlersCountedOn: text(),
  /** Ⅱ-3 過去1年以内に…重大事故が発生したか: 発生あり / 発生なし */
  incident: text(),
  incidentOccurred: integer({ mode: 'boolean' }),
  /** Ⅲ しきい値判断結果 */
  result: text(),
  /** Ⅳ-1 提出する特定個人情報保護評価書の種類 */
  formsSubmitted: text(),
  /** Ⅳ 最も優先度が高いと考えられる対策, and its 判断の根拠 */
  priorityMeasure: text(),
  priorityReason: text(),
  ...provenance(),
});

export type Threshold = typeof thresholds.$inferSelect;
