import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, thresholds } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, paged, provenanceColumns, type DocumentFilter, type Page } from './filters';

export interface ThresholdFilter extends DocumentFilter, Page {
  /** Ⅲ しきい値判断結果, as printed */
  result?: string;
  /** Ⅱ-2: whether 500 or more handle the file */
  handlers500OrMore?: boolean;
  /** Ⅱ-3: a serious incident in the past year */
  incidentOccurred?: boolean;
  certain?: boolean;
}

function where(db: Db, f: ThresholdFilter) {
  return allOf(
    inDocuments(db, thresholds.assessmentId, f),
    f.result !== undefined && eq(thresholds.result, f.result),
    f.handlers500OrMore !== undefined && eq(thresholds.handlers500OrMore, f.handlers500OrMore),
    f.incidentOccurred !== undefined && eq(thresholds.incidentOccurred, f.incidentOccurred),
    f.certain !== undefined && eq(thresholds.certain, f.certain),
  );
}

/** One row per 基礎項目評価書: its しきい値判断項目, しきい値判断結果 and priority. */
export async function listThresholds(db: Db, f: ThresholdFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: thresholds.id,
      assessment_id: thresholds.assessmentId,
      ...cityColumns,
      people_band: thresholds.peopleBandText,
      people_min: thresholds.peopleMin,
      people_max: thresholds.peopleMax,
      people_counted_on: thresholds.peopleCountedOn,
      handlers: thresholds.handlers,
      handlers_500_or_more: thresholds.handlers500OrMore,
      handlers_counted_on: thresholds.handlersCountedOn,
      incident: thresholds.incident,
      incident_occurred: thresholds.incidentOccurred,
      result: thresholds.result,
      forms_submitted: thresholds.formsSubmitted,
      priority_measure: thresholds.priorityMeasure,
      priority_reason: thresholds.priorityReason,
      ...provenanceColumns(thresholds),
    })
    .from(thresholds)
    .$dynamic();
  const rows = joinCity(query, thresholds.assessmentId)
    .where(condition)
    .orderBy(asc(municipalities.code), asc(thresholds.assessmentId));
  return { rows: await paged(rows, f), total: await db.$count(thresholds, condition) };
}

export type ThresholdRow = Awaited<ReturnType<typeof listThresholds>>['rows'][number];
