import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../client';
import { contractContractors, contractors, contracts, municipalities, personalInfoFiles } from '../schema';
import {
  allOf,
  cityColumns,
  inChunks,
  inDocuments,
  inFile,
  joinCity,
  pageCondition,
  provenanceColumns,
  type DocumentFilter,
  type Page,
} from './filters';

export interface ContractFilter extends DocumentFilter, Page {
  /** a normalized name, a raw spelling, or a contractor id */
  contractor?: string | number;
  file?: string;
  subcontract?: boolean | null;
  undecided?: boolean;
  certain?: boolean;
}

function contractorMatches(db: Db, value: string | number) {
  const ids = db
    .select({ id: contractContractors.contractId })
    .from(contractContractors)
    .innerJoin(contractors, eq(contractContractors.contractorId, contractors.id))
    .where(
      typeof value === 'number'
        ? eq(contractors.id, value)
        : or(eq(contractors.name, value.normalize('NFKC')), eq(contractContractors.raw, value.normalize('NFKC'))),
    );
  return inArray(contracts.id, ids);
}

function where(db: Db, f: ContractFilter) {
  return allOf(
    inDocuments(db, contracts.assessmentId, f),
    f.contractor !== undefined && contractorMatches(db, f.contractor),
    f.file !== undefined && inFile(db, contracts.fileId, f.file),
    f.subcontract !== undefined &&
      (f.subcontract === null ? isNull(contracts.subcontract) : eq(contracts.subcontract, f.subcontract)),
    f.undecided !== undefined && eq(contracts.contractorUndecided, f.undecided),
    f.certain !== undefined && eq(contracts.certain, f.certain),
  );
}

/** One row per 委託事項, with the normalized contractors behind its ③委託先名. */
export async function listContracts(db: Db, f: ContractFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: contracts.id,
      assessment_id: contracts.assessmentId,
      ...cityColumns,
      file: personalInfoFiles.name,
      item_no: contracts.no,
      title: contracts.title,
      content: contracts.content,
      handlers_band: contracts.handlersBandText,
      handlers_min: contracts.handlersMin,
      handlers_max: contracts.handlersMax,
      contractor_raw: contracts.contractorRaw,
      contractor_undecided: contracts.contractorUndecided,
      subcontract: contracts.subcontract,
      subcontract_method: contracts.subcontractMethod,
      subcontract_items: contracts.subcontractItems,
      provenance: provenanceColumns(contracts),
    })
    .from(contracts)
    .leftJoin(personalInfoFiles, eq(contracts.fileId, personalInfoFiles.id))
    .$dynamic();
  const order = [asc(municipalities.code), asc(contracts.assessmentId), asc(personalInfoFiles.no), asc(contracts.no), asc(contracts.id)];
  const ids = joinCity(
    db.select({ id: contracts.id }).from(contracts).leftJoin(personalInfoFiles, eq(contracts.fileId, personalInfoFiles.id)).$dynamic(),
    contracts.assessmentId,
  )
    .where(condition)
    .orderBy(...order);
  const rows = await joinCity(query, contracts.assessmentId)
    .where(pageCondition(contracts.id, ids, condition, f))
    .orderBy(...order);
  const total = await db.$count(contracts, condition);
  const links = await contractorsOf(db, rows.map((r) => r.id));
  return {
    rows: rows.map(({ provenance, ...row }) => ({
      ...row,
      contractors: links.get(row.id)?.map((l) => l.name) ?? [],
      contractor_ids: links.get(row.id)?.map((l) => l.id) ?? [],
      ...provenance,
    })),
    total,
  };
}

async function contractorsOf(db: Db, contractIds: number[]) {
  const links = await inChunks(contractIds, (chunk) =>
    db
      .select({ contractId: contractContractors.contractId, id: contractors.id, name: contractors.name })
      .from(contractContractors)
      .innerJoin(contractors, eq(contractContractors.contractorId, contractors.id))
      .where(inArray(contractContractors.contractId, chunk))
      .orderBy(asc(contractContractors.contractId), asc(contractContractors.position)),
  );
  const byContract = new Map<number, { id: number; name: string }[]>();
  for (const { contractId, ...link } of links) {
    byContract.set(contractId, [...(byContract.get(contractId) ?? []), link]);
  }
  return byContract;
}

export type ContractRow = Awaited<ReturnType<typeof listContracts>>['rows'][number];
