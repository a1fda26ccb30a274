import type { Db } from '../../client';
import { listRatings, type RatingRow } from '../ratings';
import { evidenceOf, type Outlier, type Severity } from './types';

/** Graded answers that admit a gap, and how serious each admission is. */
const WEAK_ANSWERS: Record<string, Severity> = {
  課題が残されている: 'high',
  十分に行っていない: 'high',
  定めていない: 'medium',
  行っていない: 'medium',
};

const INCIDENT_ANSWER = '発生あり';

/** Where in the form the answer stands, with its file where the assessment has several. */
function where(r: RatingRow) {
  return [r.file, r.section, r.stage, r.risk].filter(Boolean).join(' / ');
}

/** An answer of 「課題が残されている」「十分に行っていない」 (or a bare 定めていない/行っていない). */
export async function weakAnswerOutliers(db: Db): Promise<Outlier[]> {
  const { rows } = await listRatings(db);
  return rows
    .filter((r) => r.answer !== null && r.answer in WEAK_ANSWERS)
    .map((r) => ({
      id: `weak_answer:ratings:${r.id}`,
      municipality: r.municipality,
      municipality_code: r.municipality_code,
      assessment_id: r.assessment_id,
      kind: 'weak_answer' as const,
      severity: WEAK_ANSWERS[r.answer!]!,
      detail: `「${r.question}」に「${r.answer}」と回答 (${where(r)})`,
      evidence: [evidenceOf('ratings', r, `${r.question}: ${r.answer}`)],
    }));
}

/** A serious incident in the last three years (重大事故 発生あり). */
export async function incidentOutliers(db: Db): Promise<Outlier[]> {
  const { rows } = await listRatings(db, { answer: INCIDENT_ANSWER });
  return rows.map((r) => ({
    id: `incident:ratings:${r.id}`,
    municipality: r.municipality,
    municipality_code: r.municipality_code,
    assessment_id: r.assessment_id,
    kind: 'incident' as const,
    severity: 'high' as const,
    detail: `「${r.question}」に「${INCIDENT_ANSWER}」と回答 (${where(r)})`,
    evidence: [evidenceOf('ratings', r, `${r.question}: ${r.answer}`)],
  }));
}
