import type { Db } from '../../client';
import { fieldLabel } from '../../form/fields';
import { extractionReports } from '../../schema';
import { listAssessments } from '../assessments';
import type { Evidence, Outlier } from './types';

/** The tables as the form names them, for the flag's detail. */
const TABLE_NAMES: Record<string, string> = {
  assessments: '表紙・基本情報',
  systems: 'システム',
  files: '特定個人情報ファイル',
  contracts: '委託',
  provisions: '提供・移転',
  ratings: 'リスク対策の評価',
  audits: '監査',
  procedures: '評価実施手続',
  changes: '変更箇所',
  thresholds: 'しきい値判断',
};

/**
 * One flag per document that holds values the extractor was not sure of: every doubt of its
 * extraction report (read but undecided, or unread for a stated reason), located by the span
 * stored when it was read.
 */
export async function uncertainOutliers(db: Db): Promise<Outlier[]> {
  const reports = await db.select({ id: extractionReports.assessmentId, report: extractionReports.report }).from(extractionReports);
  const doubts = new Map(reports.map((r) => [r.id, r.report.doubts ?? []]));
  const { rows: docs } = await listAssessments(db);
  return docs.flatMap((doc) => {
    const found = doubts.get(doc.id) ?? [];
    if (found.length === 0) return [];
    const evidence: Evidence[] = found.map((d) => ({
      table: d.resource,
      id: null,
      assessment_id: doc.id,
      label: `${d.item} ${fieldLabel(d.resource, d.field, 'ja')}${d.value === null ? '' : ` = ${d.value}`}`,
      reason: d.reason,
      src_from: d.srcFrom,
      src_to: d.srcTo,
      line_from: d.lineFrom,
      line_to: d.lineTo,
    }));
    const tables = [...new Set(found.map((d) => TABLE_NAMES[d.resource] ?? d.resource))].join('、');
    return [
      {
        id: `uncertain_extraction:assessments:${doc.id}`,
        municipality: doc.municipality,
        municipality_code: doc.municipality_code,
        assessment_id: doc.id,
        kind: 'uncertain_extraction' as const,
        severity: 'low' as const,
        detail: `${doc.source_file} に確認が必要な抽出値が ${evidence.length} 件 (${tables})`,
        evidence,
      },
    ];
  });
}
