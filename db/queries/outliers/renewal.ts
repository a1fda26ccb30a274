import type { Db } from '../../client';
import { listAssessments } from '../assessments';
import { findEraDate } from '../era-date-span';
import { getSourceText, lineAt } from '../sources';
import type { Evidence, Outlier } from './types';

/** An assessment is to be renewed at least every five years. */
const RENEWAL_YEARS = 5;

/** `iso` plus whole years, as an ISO date string (29 Feb stays 29 Feb; string order still holds). */
function plusYears(iso: string, years: number) {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/**
 * The newest assessment of each affair (same city, same 評価書番号 or title) published more
 * than five years before `today`. An older edition replaced by a newer one is not flagged.
 */
export async function renewalOutliers(db: Db, today: string): Promise<Outlier[]> {
  const { rows } = await listAssessments(db);
  const newest = new Map<string, (typeof rows)[number]>();
  for (const a of rows) {
    if (a.published_on === null) continue;
    const key = [a.municipality_code ?? a.municipality, a.number ?? a.title].join('\u0000');
    const seen = newest.get(key);
    if (!seen || seen.published_on! < a.published_on) newest.set(key, a);
  }
  const overdue = [...newest.values()].filter((a) => plusYears(a.published_on!, RENEWAL_YEARS) < today);
  const texts = new Map<number, string>();
  for (const a of overdue) texts.set(a.id, (await getSourceText(db, a.id))?.text ?? '');
  return overdue.map((a) => ({
      id: `renewal_overdue:assessments:${a.id}`,
      municipality: a.municipality,
      municipality_code: a.municipality_code,
      assessment_id: a.id,
      kind: 'renewal_overdue' as const,
      severity: 'high' as const,
      detail: `公表日 ${a.published_on} から${RENEWAL_YEARS}年を経過 (再評価の期限 ${plusYears(a.published_on!, RENEWAL_YEARS)}、基準日 ${today})`,
      evidence: [publicationEvidence(a, texts.get(a.id)!)],
    }));
}

/** The assessment, located at the first place its publication date is written (if found). */
function publicationEvidence(a: { id: number; title: string | null; source_file: string; published_on: string | null }, text: string): Evidence {
  const span = findEraDate(text, a.published_on!);
  return {
    table: 'assessments',
    id: a.id,
    assessment_id: a.id,
    label: `${a.title ?? a.source_file} 公表日 ${a.published_on}`,
    src_from: span?.from ?? null,
    src_to: span?.to ?? null,
    line_from: span ? lineAt(text, span.from) : null,
    line_to: span ? lineAt(text, Math.max(span.from, span.to - 1)) : null,
  };
}
