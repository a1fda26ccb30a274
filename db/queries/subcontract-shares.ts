import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { assessments, contracts, municipalities } from '../schema';
import { groupKey, groupLabel, groupOrder, inPrefecture, fieldState, type GroupFilter } from './groups';

const subcontractState = fieldState(contracts.states, 'subcontract');
const certainAnswer = sql`(${contracts.id} is not null and ${subcontractState} is null and ${contracts.subcontract} is not null)`;

/**
 * Per group, the share of contracts that 再委託する (④再委託の有無), counted over the contracts whose
 * answer was read with certainty; the doubted and unread answers counted beside, never in the
 * share. A group without a single contract says why: its documents lack part Ⅱ
 * (`part_absent`), or hold it but no contract was read (`none_read`) — never 「委託なし」, which
 * only a document's own 「委託しない」 could say.
 */
async function computeSubcontractShares(db: Db, f: GroupFilter) {
  const key = groupKey(f.by);
  const rows = await db
    .select({
      key,
      label: groupLabel(f.by),
      contracts: sql<number>`count(${contracts.id})`,
      subcontract: sql<number>`count(case when ${certainAnswer} and ${contracts.subcontract} = 1 then 1 end)`,
      no_subcontract: sql<number>`count(case when ${certainAnswer} and ${contracts.subcontract} = 0 then 1 end)`,
      uncertain: sql<number>`count(case when ${subcontractState} = 'uncertain' then 1 end)`,
      unread: sql<number>`count(case when ${contracts.id} is not null and ${contracts.subcontract} is null and coalesce(${subcontractState}, '') <> 'uncertain' then 1 end)`,
      with_part: sql<number>`count(distinct case when exists (select 1 from json_each(${assessments.partsPresent}) where value = '特定個人情報ファイルの概要') then ${assessments.id} end)`,
      documents: sql<number>`count(distinct ${assessments.id})`,
    })
    .from(assessments)
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .leftJoin(contracts, eq(contracts.assessmentId, assessments.id))
    .where(inPrefecture(f.prefecture))
    .groupBy(key)
    .orderBy(groupOrder(f.by));
  return rows.map(({ with_part, documents: _documents, ...r }) => {
    const counted = r.subcontract + r.no_subcontract;
    const status = r.contracts > 0 ? ('counted' as const) : with_part > 0 ? ('none_read' as const) : ('part_absent' as const);
    return { ...r, counted, share: counted ? r.subcontract / counted : null, status };
  });
}

/** subcontractShares, its whole-country answer kept by ingestion (./summaries). */
export const subcontractShares = summarized('subcontract-shares', computeSubcontractShares, [{ by: 'prefecture' }]);
