import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { assessments, changes, municipalities } from '../schema';
import { allOf } from './filters';
import { changeConditions, type ChangeFilter } from './changes';
import { fieldState, groupKey, groupLabel, groupOrder, inPrefecture, type GroupFilter } from './groups';

export type Granularity = 'month' | 'year';

export interface ChangeTimelineFilter extends GroupFilter, Omit<ChangeFilter, 'limit' | 'offset' | 'assessmentId' | 'from' | 'to'> {
  granularity: Granularity;
}

const dateState = fieldState(changes.states, 'changed_on');
const dated = sql`${changes.changedOn} is not null`;

/** A 変更日's period: 2024-04 by month, 2024 by year. */
function periodOf(granularity: Granularity) {
  return sql<string | null>`substr(${changes.changedOn}, 1, ${granularity === 'month' ? 7 : 4})`;
}

/** Every period from the first to the last, so that the axis keeps time's proportions. */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = granularity === 'month' ? Number(first.slice(5, 7)) : 1;
  for (;;) {
    const period = granularity === 'month' ? `${year}-${String(month).padStart(2, '0')}` : String(year);
    if (period > last) return out;
    out.push(period);
    if (granularity === 'year' || month === 12) [year, month] = [year + 1, 1];
    else month++;
  }
}

/**
 * Changes per group (prefecture, or body of one prefecture) per period and 提出時期, counted in
 * SQL: the changes whose 変更日 was read with certainty, beside them those whose date the reader
 * doubts, and per group the changes without a date (「日付不明」), which no period holds.
 */
async function computeChangeTimeline(db: Db, f: ChangeTimelineFilter) {
  const key = groupKey(f.by);
  const period = periodOf(f.granularity);
  const rows = await db
    .select({
      group: key,
      label: groupLabel(f.by),
      period,
      timing: changes.timing,
      changes: sql<number>`count(case when ${dated} and ${dateState} is null then 1 end)`,
      uncertain: sql<number>`count(case when ${dated} and ${dateState} = 'uncertain' then 1 end)`,
      undated: sql<number>`count(case when not ${dated} then 1 end)`,
    })
    .from(changes)
    .innerJoin(assessments, eq(changes.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(allOf(changeConditions(db, { ...f, prefecture: undefined }), inPrefecture(f.prefecture)))
    .groupBy(key, period, changes.timing)
    .orderBy(groupOrder(f.by), period, changes.timing);

  const groups = new Map<string, { key: string; label: string; changes: number; uncertain: number; undated: number }>();
  for (const r of rows) {
    const g = groups.get(r.group) ?? { key: r.group, label: r.label, changes: 0, uncertain: 0, undated: 0 };
    g.changes += r.changes;
    g.uncertain += r.uncertain;
    g.undated += r.undated;
    groups.set(r.group, g);
  }
  const cells = rows
    .filter((r): r is typeof r & { period: string } => r.period !== null)
    .map(({ group, period, timing, changes, uncertain }) => ({ group, period, timing, changes, uncertain }));
  const sorted = cells.map((c) => c.period).sort();
  const periods = sorted.length ? periodsBetween(sorted[0]!, sorted.at(-1)!, f.granularity) : [];
  const undated = [...groups.values()].reduce((n, g) => n + g.undated, 0);
  return { by: f.by, granularity: f.granularity, groups: [...groups.values()], periods, cells, undated, sections: await sectionsOf(db, f) };
}

/** The parts of the form the changes point at (Ⅱ for Ⅱ-4), under every filter but the section: the section filter's choices. */
async function sectionsOf(db: Db, f: ChangeTimelineFilter) {
  const part = sql<string>`case when instr(${changes.section}, '-') > 0 then substr(${changes.section}, 1, instr(${changes.section}, '-') - 1) else ${changes.section} end`;
  const rows = await db
    .selectDistinct({ part })
    .from(changes)
    .innerJoin(assessments, eq(changes.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(allOf(changeConditions(db, { ...f, section: undefined, prefecture: undefined }), inPrefecture(f.prefecture), sql`${changes.section} is not null`))
    .orderBy(part);
  return rows.map((r) => r.part);
}

/** changeTimeline, its whole-country answer kept by ingestion (./summaries). */
export const changeTimeline = summarized('change-timeline', computeChangeTimeline, [
  { by: 'prefecture', granularity: 'month' },
  { by: 'prefecture', granularity: 'year' },
]);
