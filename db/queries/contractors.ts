import { asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { assessments, contractContractors, contractors, contracts, municipalities } from '../schema';
import { allOf, inMunicipality, paged, type Page } from './filters';
import { fieldState, groupKey, groupLabel, groupOrder, inPrefecture } from './groups';

export interface ContractorFilter extends Page {
  municipality?: string;
  prefecture?: string;
  /** part of the normalized name or of any spelling */
  q?: string;
  kind?: (typeof contractors.$inferSelect)['kind'];
  /** 'bodies' (default): most bodies served first; 'contracts'; 'name' */
  sort?: 'bodies' | 'contracts' | 'name';
}

/** Whether a contract's ③委託先名 was read with certainty (it may be doubted, the row kept). */
export const contractorCertain = sql<boolean>`(${fieldState(contracts.states, 'contractor_raw')} is null)`;

const body = groupKey('body');

/**
 * Counts per contractor over the contracts that name it: the contracts and bodies whose ③委託先名
 * is certain, and beside them those known only from contracts the reader doubts.
 */
export const contractorCounts = {
  municipality_count: sql<number>`count(distinct case when ${contractorCertain} then ${body} end)`,
  contract_count: sql<number>`count(distinct case when ${contractorCertain} then ${contracts.id} end)`,
  uncertain_municipality_count: sql<number>`count(distinct ${body}) - count(distinct case when ${contractorCertain} then ${body} end)`,
  uncertain_contract_count: sql<number>`count(distinct case when not ${contractorCertain} then ${contracts.id} end)`,
};

/** A select from contractors, joined to the contracts that name them and to their bodies. */
function linked<T extends SQLiteSelect>(query: T) {
  return query
    .innerJoin(contractContractors, eq(contractContractors.contractorId, contractors.id))
    .innerJoin(contracts, eq(contractContractors.contractId, contracts.id))
    .innerJoin(assessments, eq(contracts.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id));
}

const rowColumns = {
  id: contractors.id,
  name: contractors.name,
  kind: contractors.kind,
  aliases: sql<string>`json_group_array(distinct ${contractContractors.raw})`,
  ...contractorCounts,
};

const withAliases = <R extends { aliases: string }>(rows: R[]) => rows.map((r) => ({ ...r, aliases: (JSON.parse(r.aliases) as string[]).sort() }));

function where(db: Db, f: ContractorFilter): SQL | undefined {
  const needle = f.q?.normalize('NFKC');
  return allOf(
    f.municipality !== undefined && inMunicipality(db, contracts.assessmentId, f.municipality),
    inPrefecture(f.prefecture),
    f.kind !== undefined && eq(contractors.kind, f.kind),
    needle !== undefined &&
      sql`${contractors.id} in (select ${contractContractors.contractorId} from ${contractContractors} where instr(${contractContractors.raw}, ${needle}) > 0)
        or instr(${contractors.name}, ${needle}) > 0`,
  );
}

const ORDER = {
  bodies: [desc(contractorCounts.municipality_count), desc(contractorCounts.contract_count), desc(contractorCounts.uncertain_contract_count), asc(contractors.id)],
  contracts: [desc(contractorCounts.contract_count), desc(contractorCounts.municipality_count), desc(contractorCounts.uncertain_contract_count), asc(contractors.id)],
  name: [asc(contractors.name), asc(contractors.id)],
};

/**
 * One row per normalized company: its spellings, and how many bodies and contracts name it —
 * certain ones counted, doubted ones beside them. Aggregated in SQL, a page at a time.
 */
async function computeListContractors(db: Db, f: ContractorFilter = {}) {
  const condition = where(db, f);
  const query = linked(db.select(rowColumns).from(contractors).$dynamic())
    .where(condition)
    .groupBy(contractors.id)
    .orderBy(...ORDER[f.sort ?? 'bodies']);
  const rows = await paged(query, f);
  const ids = linked(db.select({ id: contractors.id }).from(contractors).$dynamic()).where(condition).groupBy(contractors.id);
  const [total] = await db.select({ n: count() }).from(ids.as('c'));
  return { rows: withAliases(rows), total: total?.n ?? 0 };
}

export type ContractorRow = Awaited<ReturnType<typeof listContractors>>['rows'][number];

/**
 * A contractor's profile: its counts and spellings, and the bodies it serves counted per
 * prefecture (a national vendor serves hundreds: counts, not a list). Its contracts are a list
 * of their own: /api/contracts?contractor={id}. Undefined for an unknown id.
 */
export async function getContractor(db: Db, id: number) {
  const [head] = withAliases(await linked(db.select(rowColumns).from(contractors).$dynamic()).where(eq(contractors.id, id)).groupBy(contractors.id));
  if (!head) return undefined;
  const prefectures = await linked(db.select({ key: groupKey('prefecture'), prefecture: groupLabel('prefecture'), ...contractorCounts }).from(contractors).$dynamic())
    .where(eq(contractors.id, id))
    .groupBy(groupKey('prefecture'))
    .orderBy(groupOrder('prefecture'));
  return { ...head, prefectures };
}

/** listContractors, its whole-country answer kept by ingestion (./summaries). */
export const listContractors = summarized('contractors', computeListContractors, [{ sort: 'bodies', limit: 20, offset: 0 }]);
