import type { Db } from '../../client';
import { listContracts } from '../contracts';
import { evidenceOf, type Outlier } from './types';

/** A 委託事項 whose ③委託先名 is 「未定」: data is handed to a contractor not yet chosen. */
export async function undecidedContractorOutliers(db: Db): Promise<Outlier[]> {
  const { rows } = await listContracts(db, { undecided: true });
  return rows.map((c) => ({
    id: `contractor_undecided:contracts:${c.id}`,
    municipality: c.municipality,
    municipality_code: c.municipality_code,
    assessment_id: c.assessment_id,
    kind: 'contractor_undecided' as const,
    severity: 'medium' as const,
    detail: `委託事項${c.item_no}${c.title ? `「${c.title}」` : ''}の委託先が「${c.contractor_raw ?? '未定'}」`,
    evidence: [evidenceOf('contracts', c, `委託先名: ${c.contractor_raw ?? '未定'}`)],
  }));
}
