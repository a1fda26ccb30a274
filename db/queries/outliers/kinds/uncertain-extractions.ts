import { fieldLabel } from '../../../form/fields';
import type { Doubt } from '../../../form/report';
import type { flags, Evidence } from '../../../schema';

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

/** The stored document a flag is for, as it is written. */
export interface FlaggedDocument {
  assessmentId: number;
  municipalityId: number | null;
  /** the body's code, or null for a body without one or a name not resolved to a body */
  code: string | null;
  /** the body's name: the resolved body's, else as the document writes it */
  name: string | null;
  sourceFile: string;
  doubts: Doubt[];
}

/**
 * A document's flag when it holds values the reader was not sure of: every doubt of its
 * extraction report (read but undecided, or unread for a stated reason), at the span stored
 * when it was read. Built in code rather than SQL: each doubt is named in the form's words.
 * It depends on the document alone, so it is written with the document (load.ts), on the
 * ingest's threads, rather than rebuilt from every report after a load as the other flags are.
 */
export function uncertainExtractionFlag(d: FlaggedDocument): typeof flags.$inferInsert | null {
  if (!d.doubts.length) return null;
  const evidence: Evidence[] = d.doubts.map((x) => ({
    table: x.resource,
    id: null,
    assessment_id: d.assessmentId,
    label: `${x.item} ${fieldLabel(x.resource, x.field, 'ja')}${x.value === null ? '' : ` = ${x.value}`}`,
    reason: x.reason,
    src_from: x.srcFrom,
    src_to: x.srcTo,
    line_from: x.lineFrom,
    line_to: x.lineTo,
  }));
  const tables = [...new Set(d.doubts.map((x) => TABLE_NAMES[x.resource] ?? x.resource))].join('、');
  return {
    id: `uncertain_extraction:assessments:${d.assessmentId}`,
    kind: 'uncertain_extraction',
    severity: 'low',
    severityRank: 2,
    municipalityId: d.municipalityId,
    assessmentId: d.assessmentId,
    // as BODY_KEY (sql-parts.ts) keys the flags built in SQL
    bodyKey: d.code ?? `name:${d.name ?? '(不明)'}`,
    detail: `${d.sourceFile} に確認が必要な抽出値が ${evidence.length} 件 (${tables})`,
    evidence,
  };
}
