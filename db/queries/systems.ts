import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, systems } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, pageCondition, provenanceColumns, type DocumentFilter, type Page } from './filters';

export const CONNECTION_TARGETS = [
  'info_network',
  'intra_linkage',
  'juki_net',
  'existing_juki',
  'atena',
  'tax',
  'other',
] as const;

export interface SystemFilter extends DocumentFilter, Page {
  canonical?: string;
  /** only systems whose ③他のシステムとの接続 ticks this target */
  connectedTo?: (typeof CONNECTION_TARGETS)[number];
}

const connectionColumns = {
  info_network: systems.connInfoNetwork,
  intra_linkage: systems.connIntraLinkage,
  juki_net: systems.connJukiNet,
  existing_juki: systems.connExistingJuki,
  atena: systems.connAtena,
  tax: systems.connTax,
  other: systems.connOther,
  other_text: systems.connOtherText,
};

function where(db: Db, f: SystemFilter) {
  const target = f.connectedTo ? connectionColumns[f.connectedTo] : undefined;
  return allOf(
    inDocuments(db, systems.assessmentId, f),
    f.canonical !== undefined && eq(systems.canonical, f.canonical),
    target !== undefined && eq(target, true),
  );
}

/**
 * One row per system of Ⅰ-2. `connections` mirrors the seven checkboxes: true = ticked,
 * false = printed unticked, null = not readable; `other_text` is what その他 names.
 */
export async function listSystems(db: Db, f: SystemFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: systems.id,
      assessment_id: systems.assessmentId,
      ...cityColumns,
      no: systems.no,
      name: systems.name,
      name_raw: systems.nameRaw,
      canonical: systems.canonical,
      function: systems.functionText,
      connections: connectionColumns,
      ...provenanceColumns(systems),
    })
    .from(systems)
    .$dynamic();
  const order = [asc(municipalities.code), asc(systems.assessmentId), asc(systems.no), asc(systems.id)];
  const ids = joinCity(db.select({ id: systems.id }).from(systems).$dynamic(), systems.assessmentId).where(condition).orderBy(...order);
  const rows = joinCity(query, systems.assessmentId)
    .where(pageCondition(systems.id, ids, condition, f))
    .orderBy(...order);
  return { rows: await rows, total: await db.$count(systems, condition) };
}

export type SystemRow = Awaited<ReturnType<typeof listSystems>>['rows'][number];
