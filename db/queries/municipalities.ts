import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, municipalities } from '../schema';
import { bodyMatches } from './body-search';
import { allOf, municipalityMatches, pageOf, type Page } from './filters';

export interface MunicipalityFilter extends Page {
  municipality?: string;
  prefecture?: string;
  /** the 対象人数 band text, e.g. 「10万人以上30万人未満」 */
  peer_group?: string;
  /** part of the name, reading, code or prefecture */
  q?: string;
}

/**
 * One row per city with its peer group: the 対象人数 band its own most recent assessment states
 * (the band is printed per affair, so the newest document that prints one speaks for the city).
 */
export async function listMunicipalities(db: Db, f: MunicipalityFilter = {}) {
  const cities = await db
    .select({
      id: municipalities.id,
      code: municipalities.code,
      name: municipalities.name,
      prefecture: municipalities.prefecture,
      kana: municipalities.kana,
    })
    .from(municipalities)
    .where(
      allOf(
        f.municipality !== undefined && municipalityMatches(f.municipality),
        f.prefecture !== undefined && eq(municipalities.prefecture, f.prefecture),
        f.q !== undefined && bodyMatches(f.q),
      ),
    )
    .orderBy(asc(municipalities.code), asc(municipalities.id));
  const docs = await db
    .select({
      municipalityId: assessments.municipalityId,
      band: assessments.targetBandText,
      min: assessments.targetMin,
      max: assessments.targetMax,
    })
    .from(assessments)
    .orderBy(desc(assessments.publishedOn), desc(assessments.id));

  const rows = cities
    .map((city) => {
      const own = docs.filter((d) => d.municipalityId === city.id);
      const peer = own.find((d) => d.band !== null);
      return {
        ...city,
        assessment_count: own.length,
        peer_group: peer?.band ?? null,
        peer_group_min: peer?.min ?? null,
        peer_group_max: peer?.max ?? null,
      };
    })
    .filter((r) => f.peer_group === undefined || r.peer_group === f.peer_group);
  return pageOf(rows, f);
}

export type MunicipalityRow = Awaited<ReturnType<typeof listMunicipalities>>['rows'][number];
