import { eq } from 'drizzle-orm';
import type { Db } from '../../client';
import {
  audits,
  changes,
  contracts,
  extractionReports,
  personalInfoFiles,
  procedures,
  provisions,
  ratings,
  systems,
} from '../../schema';
import { listAssessments } from '../assessments';
import { offsetsOfLines, getSourceText } from '../sources';
import type { Evidence, Outlier } from './types';

/** The tables as the form names them, for the flag's detail. */
const TABLE_NAMES: Record<string, string> = {
  systems: 'システム',
  personal_info_files: '特定個人情報ファイル',
  contracts: '委託',
  provisions: '提供・移転',
  ratings: 'リスク対策の評価',
  audits: '監査',
  procedures: '評価実施手続',
  changes: '変更箇所',
  extraction_reports: '抽出レポート',
};

/** Every table whose rows carry provenance, by its name in the API. */
const EXTRACTED = {
  personal_info_files: personalInfoFiles,
  systems,
  contracts,
  provisions,
  ratings,
  audits,
  procedures,
  changes,
};

async function uncertainRows(db: Db): Promise<Evidence[]> {
  const found: Evidence[] = [];
  for (const [name, t] of Object.entries(EXTRACTED)) {
    const rows = await db
      .select({
        id: t.id,
        assessment_id: t.assessmentId,
        reason: t.uncertainReason,
        src_from: t.srcFrom,
        src_to: t.srcTo,
        line_from: t.lineFrom,
        line_to: t.lineTo,
      })
      .from(t)
      .where(eq(t.certain, false));
    found.push(...rows.map(({ reason, ...r }) => ({ table: name, ...r, label: reason ?? '不確か' })));
  }
  return found;
}

/** The report's uncertain facts, located in the text by their line range. */
async function reportedFacts(db: Db): Promise<Evidence[]> {
  const reports = await db.select().from(extractionReports);
  const found: Evidence[] = [];
  for (const { assessmentId, report } of reports) {
    if (!report.uncertain?.length) continue;
    const source = await getSourceText(db, assessmentId);
    for (const fact of report.uncertain) {
      const span = source ? offsetsOfLines(source.text, fact.lineFrom, fact.lineTo) : undefined;
      found.push({
        table: 'extraction_reports',
        id: assessmentId,
        assessment_id: assessmentId,
        label: `${fact.subject}${fact.value === null ? '' : ` = ${fact.value}`}: ${fact.reason}`,
        src_from: span?.from ?? null,
        src_to: span?.to ?? null,
        line_from: fact.lineFrom,
        line_to: fact.lineTo,
      });
    }
  }
  return found;
}

/**
 * One flag per document that holds values the extractor was not sure of: the rows stored with
 * certain = false and the report's uncertain facts (a fact at the same lines as such a row is
 * the same doubt, listed once).
 */
export async function uncertainOutliers(db: Db): Promise<Outlier[]> {
  const rows = await uncertainRows(db);
  const facts = (await reportedFacts(db)).filter(
    (f) => !rows.some((r) => r.assessment_id === f.assessment_id && r.line_from === f.line_from && r.line_to === f.line_to),
  );
  const { rows: docs } = await listAssessments(db);
  return docs.flatMap((doc) => {
    const evidence = [...rows, ...facts].filter((e) => e.assessment_id === doc.id);
    if (evidence.length === 0) return [];
    const tables = [...new Set(evidence.map((e) => TABLE_NAMES[e.table] ?? e.table))].join('、');
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
