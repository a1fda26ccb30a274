import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, contractContractors, contractors, contracts, municipalities } from '../schema';
import { listContracts } from './contracts';
import { allOf, inMunicipality, municipalityName, pageOf, type Page } from './filters';

export interface ContractorFilter extends Page {
  municipality?: string;
  /** part of the normalized name or of any spelling */
  q?: string;
  kind?: (typeof contractors.$inferSelect)['kind'];
}

/**
 * One row per normalized company: the spellings seen for it and the cities that contract it.
 * Aggregated here rather than in SQL so that `aliases` and `municipalities` keep a stable order.
 */
export async function listContractors(db: Db, f: ContractorFilter = {}) {
  const links = await db
    .select({
      id: contractors.id,
      name: contractors.name,
      kind: contractors.kind,
      raw: contractContractors.raw,
      contractId: contracts.id,
      municipality: municipalityName,
      municipalityCode: municipalities.code,
    })
    .from(contractors)
    .innerJoin(contractContractors, eq(contractContractors.contractorId, contractors.id))
    .innerJoin(contracts, eq(contractContractors.contractId, contracts.id))
    .innerJoin(assessments, eq(contracts.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(
      allOf(
        f.municipality !== undefined && inMunicipality(db, contracts.assessmentId, f.municipality),
        f.kind !== undefined && eq(contractors.kind, f.kind),
      ),
    )
    .orderBy(asc(contractors.id), asc(municipalities.code), asc(contracts.id));

  const byId = new Map<number, ContractorRow>();
  for (const link of links) {
    const row = byId.get(link.id) ?? newRow(link);
    byId.set(link.id, row);
    if (!row.aliases.includes(link.raw)) row.aliases.push(link.raw);
    const city = link.municipality ?? '(不明)';
    if (!row.municipalities.includes(city)) row.municipalities.push(city);
    row.contract_count += 1;
    row.municipality_count = row.municipalities.length;
  }
  const needle = f.q?.normalize('NFKC');
  const rows = [...byId.values()]
    .map((r) => ({ ...r, aliases: r.aliases.sort() }))
    .filter((r) => !needle || [r.name, ...r.aliases].some((n) => n.includes(needle)))
    .sort((a, b) => b.municipality_count - a.municipality_count || b.contract_count - a.contract_count || a.id - b.id);
  return pageOf(rows, f);
}

function newRow(link: { id: number; name: string; kind: ContractorRow['kind'] }): ContractorRow {
  return {
    id: link.id,
    name: link.name,
    kind: link.kind,
    aliases: [],
    municipality_count: 0,
    contract_count: 0,
    municipalities: [],
  };
}

export interface ContractorRow {
  id: number;
  name: string;
  kind: (typeof contractors.$inferSelect)['kind'];
  aliases: string[];
  municipality_count: number;
  contract_count: number;
  municipalities: string[];
}

/** A contractor's profile: its summary row and every contract it holds, across cities. */
export async function getContractor(db: Db, id: number) {
  const [entity] = await db.select().from(contractors).where(eq(contractors.id, id));
  if (!entity) return undefined;
  const { rows: contractRows } = await listContracts(db, { contractor: id });
  const summary: ContractorRow = newRow(entity);
  for (const c of contractRows) {
    summary.contract_count += 1;
    const city = c.municipality ?? '(不明)';
    if (!summary.municipalities.includes(city)) summary.municipalities.push(city);
  }
  summary.municipality_count = summary.municipalities.length;
  summary.aliases = await aliasesOf(db, id);
  return { ...summary, contracts: contractRows };
}

async function aliasesOf(db: Db, id: number) {
  const rows = await db
    .selectDistinct({ raw: contractContractors.raw })
    .from(contractContractors)
    .where(eq(contractContractors.contractorId, id))
    .orderBy(asc(contractContractors.raw));
  return rows.map((r) => r.raw);
}
