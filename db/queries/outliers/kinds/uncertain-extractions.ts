import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../client';
import { fieldLabel } from '../../../form/fields';
import type { Doubt } from '../../../form/report';
import { assessments, extractionReports, flags, municipalities, type Evidence } from '../../../schema';

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
 * Reports read this many documents at a time: a libSQL server refuses an answer past its size
 * limit (RESPONSE_TOO_LARGE), and a large document's report runs to megabytes.
 */
const REPORTS_PER_READ = 100;

/**
 * One flag per document that holds values the reader was not sure of: every doubt of its
 * extraction report (read but undecided, or unread for a stated reason), at the span stored
 * when it was read. Built in code rather than SQL: each doubt is named in the form's words.
 */
export async function uncertainExtractionFlags(db: Db): Promise<(typeof flags.$inferInsert)[]> {
  const out: (typeof flags.$inferInsert)[] = [];
  for (let after = 0; ; ) {
    const reports = await reportsAfter(db, after);
    out.push(...reports.flatMap(flagOf));
    if (reports.length < REPORTS_PER_READ) return out;
    after = reports.at(-1)!.id;
  }
}

function reportsAfter(db: Db, after: number) {
  return db
    .select({
      id: assessments.id,
      municipalityId: assessments.municipalityId,
      code: municipalities.code,
      name: municipalities.name,
      bodyName: assessments.bodyName,
      sourceFile: assessments.sourceFile,
      // the doubts alone, cut out by SQLite: the rest of a report is most of its size
      doubts: sql<string | null>`${extractionReports.report} -> '$.doubts'`,
    })
    .from(extractionReports)
    .innerJoin(assessments, eq(extractionReports.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(gt(assessments.id, after))
    .orderBy(asc(assessments.id))
    .limit(REPORTS_PER_READ);
}

function flagOf(r: Awaited<ReturnType<typeof reportsAfter>>[number]): (typeof flags.$inferInsert)[] {
  const doubts: Doubt[] = r.doubts === null ? [] : JSON.parse(r.doubts);
  if (!doubts.length) return [];
  const evidence: Evidence[] = doubts.map((d) => ({
    table: d.resource,
    id: null,
    assessment_id: r.id,
    label: `${d.item} ${fieldLabel(d.resource, d.field, 'ja')}${d.value === null ? '' : ` = ${d.value}`}`,
    reason: d.reason,
    src_from: d.srcFrom,
    src_to: d.srcTo,
    line_from: d.lineFrom,
    line_to: d.lineTo,
  }));
  const tables = [...new Set(doubts.map((d) => TABLE_NAMES[d.resource] ?? d.resource))].join('、');
  return [
    {
      id: `uncertain_extraction:assessments:${r.id}`,
      kind: 'uncertain_extraction' as const,
      severity: 'low' as const,
      severityRank: 2,
      municipalityId: r.municipalityId,
      assessmentId: r.id,
      bodyKey: r.code ?? `name:${r.name ?? r.bodyName ?? '(不明)'}`,
      detail: `${r.sourceFile} に確認が必要な抽出値が ${evidence.length} 件 (${tables})`,
      evidence,
    },
  ];
}
