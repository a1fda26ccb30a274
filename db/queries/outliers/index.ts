import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { flags, municipalities, type Evidence, type OutlierKind, type Severity } from '../../schema';
import { municipalityMatches, type Page } from '../filters';
import { renewalFlags } from './renewal';

export { OUTLIER_KINDS, SEVERITIES, type Evidence, type OutlierKind, type Severity } from '../../schema';
export { MIN_PEERS, MIN_ROWS, SHARE_GAP } from './kinds/shares';
export { refreshFlags } from './refresh';

export interface OutlierFilter extends Page {
  municipality?: string;
  kind?: OutlierKind;
  severity?: Severity;
  /** the day renewal is judged on, ISO */
  today: string;
}

/**
 * Every flag, most severe first, then by body: the flags ingestion stored, and those of renewal
 * judged by `today` — one SQL query, paged.
 */
export async function listOutliers(db: Db, f: OutlierFilter) {
  // the stored flags' texts (an evidence list runs to kilobytes) are read for the page's rows
  // only, after the sort: sorted along with every flag, they made each page of a CSV download
  // sort the whole list's texts in SQLite's memory
  const all = sql`select id, kind, severity, severity_rank, municipality_id, assessment_id, body_key, null as detail, null as evidence from flags
    union all ${renewalFlags(f.today)}`;
  const conditions: SQL[] = [];
  if (f.kind !== undefined) conditions.push(sql`f.kind = ${f.kind}`);
  if (f.severity !== undefined) conditions.push(sql`f.severity = ${f.severity}`);
  if (f.municipality !== undefined)
    conditions.push(sql`f.municipality_id in (select ${municipalities.id} from ${municipalities} where ${municipalityMatches(f.municipality)})`);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const page = f.limit !== undefined || f.offset ? sql`limit ${f.limit ?? -1} offset ${f.offset ?? 0}` : sql``;
  const order = sql`order by f.severity_rank, f.body_key, f.kind, f.assessment_id, f.id`;
  const rows = await db.all<RawFlag>(sql`
    select f.id, f.kind, f.severity, f.assessment_id, coalesce(f.detail, stored.detail) as detail,
      coalesce(f.evidence, stored.evidence) as evidence, m.code as municipality_code, m.name as municipality
    from (select * from (${all}) f ${where} ${order} ${page}) f
    left join ${flags} stored on stored.id = f.id and f.detail is null
    left join ${municipalities} m on m.id = f.municipality_id
    ${order}`);
  const [total] = await db.all<{ n: number }>(sql`select count(*) as n from (${all}) f ${where}`);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      municipality: r.municipality,
      municipality_code: r.municipality_code,
      assessment_id: r.assessment_id,
      kind: r.kind,
      severity: r.severity,
      detail: r.detail,
      evidence: JSON.parse(r.evidence) as Evidence[],
    })),
    total: total?.n ?? 0,
  };
}

interface RawFlag {
  id: string;
  kind: OutlierKind;
  severity: Severity;
  assessment_id: number | null;
  detail: string;
  evidence: string;
  municipality: string | null;
  municipality_code: string | null;
}
