import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { assessments, contractContractors, contracts, municipalities } from '../schema';
import { contractorCertain, listContractors } from './contractors';
import { allOf, inMunicipality } from './filters';
import { groupKey, groupLabel, groupOrder, inPrefecture, type GroupFilter } from './groups';

export interface ContractorMatrixFilter extends GroupFilter {
  municipality?: string;
  /** rows: the contractors serving most bodies; the rest summed in one row 「その他」 */
  top?: number;
}

/**
 * Contractors × groups (prefectures, or the bodies of one prefecture), counted in SQL: per cell
 * the contracts naming the contractor with a certain ③委託先名, the bodies they come from, and the
 * doubted contracts beside them. The `top` contractors are rows of their own; every other
 * contractor is summed into one row (contractor_id null).
 */
async function computeContractorMatrix(db: Db, f: ContractorMatrixFilter) {
  const top = (await listContractors(db, { prefecture: f.prefecture, municipality: f.municipality, limit: f.top ?? 20 })).rows;
  const ids = top.map((c) => c.id);
  const rowKey = ids.length ? sql<number | null>`case when ${contractContractors.contractorId} in ${ids} then ${contractContractors.contractorId} end` : sql<null>`null`;
  const key = groupKey(f.by);
  const cells = await db
    .select({
      contractor_id: rowKey,
      group: key,
      label: groupLabel(f.by),
      contracts: sql<number>`count(distinct case when ${contractorCertain} then ${contracts.id} end)`,
      bodies: sql<number>`count(distinct case when ${contractorCertain} then ${groupKey('body')} end)`,
      uncertain_contracts: sql<number>`count(distinct case when not ${contractorCertain} then ${contracts.id} end)`,
    })
    .from(contractContractors)
    .innerJoin(contracts, eq(contractContractors.contractId, contracts.id))
    .innerJoin(assessments, eq(contracts.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(allOf(inPrefecture(f.prefecture), f.municipality !== undefined && inMunicipality(db, contracts.assessmentId, f.municipality)))
    .groupBy(rowKey, key)
    .orderBy(groupOrder(f.by), asc(rowKey));
  const groups = [...new Map(cells.map((c) => [c.group, { key: c.group, label: c.label }])).values()];
  const others = cells.some((c) => c.contractor_id === null);
  return {
    by: f.by,
    groups,
    contractors: top.map(({ id, name, municipality_count, contract_count, uncertain_contract_count }) => ({ id, name, municipality_count, contract_count, uncertain_contract_count })),
    /** true when some cells sum contractors beyond the top ones (contractor_id null) */
    others,
    cells: cells.map(({ label: _label, ...c }) => c),
  };
}

/** contractorMatrix, its whole-country answer kept by ingestion (./summaries). */
export const contractorMatrix = summarized('contractor-matrix', computeContractorMatrix, [{ by: 'prefecture' }]);
