import { asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import type { FieldStates } from '../form/field-states';
import type { Reason } from '../form/reasons';
import { assessments, municipalities, type MunicipalityKind } from '../schema';
import { bodyMatches } from './body-search';
import { allOf, municipalityMatches, pageOf, type Page } from './filters';

export interface MunicipalityFilter extends Page {
  municipality?: string;
  prefecture?: string;
  /** the 対象人数 band text, e.g. 「10万人以上30万人未満」 */
  peer_group?: string;
  kind?: MunicipalityKind;
  /** false: the bodies the documents name that the text does not decide, listed apart (default true) */
  resolved?: boolean;
  /** part of the name, reading, code or prefecture */
  q?: string;
}

interface PeerDoc {
  municipalityId: number | null;
  bodyName: string | null;
  band: string | null;
  min: number | null;
  max: number | null;
  states: FieldStates;
}

/** Items by key, in their order (Map.groupBy, which Node 20 lacks). */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The 対象人数 band a body's own most recent assessment states (the band is printed per affair). */
function peerOf(own: PeerDoc[]) {
  const peer = own.find((d) => d.band !== null);
  return { assessment_count: own.length, peer_group: peer?.band ?? null, peer_group_min: peer?.min ?? null, peer_group_max: peer?.max ?? null };
}

/**
 * One row per body with its kind and peer group; with `resolved: false`, one row per body name
 * the documents write that resolves to no body (「森町長」 with two 森町 and no prefecture
 * stated), kind 'unresolved', with the reason — never a municipality of that name.
 */
async function computeListMunicipalities(db: Db, f: MunicipalityFilter = {}) {
  const docs: PeerDoc[] = await db
    .select({
      municipalityId: assessments.municipalityId,
      bodyName: assessments.bodyName,
      band: assessments.targetBandText,
      min: assessments.targetMin,
      max: assessments.targetMax,
      states: assessments.states,
    })
    .from(assessments)
    .where(f.resolved === false ? isNull(assessments.municipalityId) : undefined)
    .orderBy(desc(assessments.publishedOn), desc(assessments.id));
  const rows = f.resolved === false ? unresolvedRows(docs, f) : await bodyRows(db, docs, f);
  return pageOf(
    rows.filter((r) => f.peer_group === undefined || r.peer_group === f.peer_group),
    f,
  );
}

async function bodyRows(db: Db, docs: PeerDoc[], f: MunicipalityFilter) {
  const bodies = await db
    .select({
      id: municipalities.id,
      code: municipalities.code,
      name: municipalities.name,
      kind: municipalities.kind,
      prefecture: municipalities.prefecture,
      prefecture_code: municipalities.prefectureCode,
      kana: municipalities.kana,
    })
    .from(municipalities)
    .where(
      allOf(
        f.municipality !== undefined && municipalityMatches(f.municipality),
        f.prefecture !== undefined && eq(municipalities.prefecture, f.prefecture),
        f.kind !== undefined && eq(municipalities.kind, f.kind),
        f.q !== undefined && bodyMatches(f.q),
      ),
    )
    .orderBy(asc(municipalities.code), asc(municipalities.id));
  const docsOf = groupBy(docs, (d) => d.municipalityId);
  return bodies.map((b) => ({
    ...b,
    id: b.id as number | null,
    kind: b.kind as MunicipalityKind | 'unresolved' | null,
    resolved: true,
    reason: null as Reason | null,
    ...peerOf(docsOf.get(b.id) ?? []),
  }));
}

function unresolvedRows(docs: PeerDoc[], f: MunicipalityFilter) {
  if (f.prefecture !== undefined || f.kind !== undefined) return [];
  const docsNamed = groupBy(
    docs.filter((d) => d.bodyName !== null),
    (d) => d.bodyName!,
  );
  return [...docsNamed.keys()]
    .sort()
    .filter((name) => f.municipality === undefined || f.municipality === name)
    .map((name) => {
      const own = docsNamed.get(name)!;
      return {
        id: null as number | null,
        code: null as string | null,
        name,
        kind: 'unresolved' as MunicipalityKind | 'unresolved' | null,
        prefecture: null as string | null,
        prefecture_code: null as string | null,
        kana: null as string | null,
        resolved: false,
        reason: own.map((d) => d.states.body).find((s) => s?.state === 'unread' || s?.state === 'uncertain')?.reason ?? null,
        ...peerOf(own),
      };
    });
}

export type MunicipalityRow = Awaited<ReturnType<typeof listMunicipalities>>['rows'][number];

/** listMunicipalities, its whole-country answer kept by ingestion (./summaries). */
export const listMunicipalities = summarized('municipalities', computeListMunicipalities, [{ limit: 50, offset: 0 }]);
