import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { assessments, municipalities, systems } from '../schema';
import { allOf, inMunicipality } from './filters';
import { fieldState, groupKey, groupLabel, groupOrder, inPrefecture, type GroupFilter } from './groups';

export interface SystemMatrixFilter extends GroupFilter {
  municipality?: string;
  /** rows: the systems most bodies use (default 30); the rest summed as 「その他」 */
  top?: number;
}

const nameCertain = sql`(${fieldState(systems.states, 'name')} is null)`;

/**
 * Canonical systems × groups (prefectures, or the bodies of one prefecture), counted in SQL:
 * per cell the bodies whose documents name the system with certainty, and beside them those
 * whose system name the reader doubts. The `top` systems by bodies are rows of their own.
 */
async function computeSystemMatrix(db: Db, f: SystemMatrixFilter) {
  const filter = allOf(inPrefecture(f.prefecture), f.municipality !== undefined && inMunicipality(db, systems.assessmentId, f.municipality));
  const body = groupKey('body');
  const ranked = await db
    .select({
      canonical: systems.canonical,
      bodies: sql<number>`count(distinct case when ${nameCertain} then ${body} end)`,
      uncertain_bodies: sql<number>`count(distinct ${body}) - count(distinct case when ${nameCertain} then ${body} end)`,
    })
    .from(systems)
    .innerJoin(assessments, eq(systems.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(filter)
    .groupBy(systems.canonical)
    .orderBy(desc(sql`2`), desc(sql`3`), systems.canonical)
    .limit(f.top ?? 30);
  const names = ranked.map((r) => r.canonical);
  const row = names.length ? sql<string | null>`case when ${systems.canonical} in ${names} then ${systems.canonical} end` : sql<null>`null`;
  const key = groupKey(f.by);
  const cells = await db
    .select({
      system: row,
      group: key,
      label: groupLabel(f.by),
      bodies: sql<number>`count(distinct case when ${nameCertain} then ${body} end)`,
      uncertain_bodies: sql<number>`count(distinct ${body}) - count(distinct case when ${nameCertain} then ${body} end)`,
    })
    .from(systems)
    .innerJoin(assessments, eq(systems.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(filter)
    .groupBy(row, key)
    .orderBy(groupOrder(f.by));
  const groups = [...new Map(cells.map((c) => [c.group, { key: c.group, label: c.label }])).values()];
  return { by: f.by, groups, systems: ranked, others: cells.some((c) => c.system === null), cells: cells.map(({ label: _label, ...c }) => c) };
}

/** systemMatrix, its whole-country answer kept by ingestion (./summaries). */
export const systemMatrix = summarized('system-matrix', computeSystemMatrix, [{ by: 'prefecture' }]);
