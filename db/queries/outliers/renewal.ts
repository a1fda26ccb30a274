import { sql, type SQL } from 'drizzle-orm';
import { BODY_KEY } from './kinds/sql-parts';

/** An assessment is to be re-done within five years of its publication: a duty to endeavour. */
export const RENEWAL_YEARS = 5;

/**
 * The newest assessment of each affair (same body, same 評価書番号 or title) published more than
 * five years before `today`, as rows shaped like the stored flags. 特定個人情報保護評価に関する規則
 * 第15条 asks a body to re-assess within five years as a duty to endeavour (努める), not an
 * obligation: the flag says so and is of medium severity. Judged per request, by the day asked;
 * `plus5` keeps 29 February as the string it is (string order still holds).
 */
export function renewalFlags(today: string): SQL {
  const due = `(cast(substr(n.published_on, 1, 4) as integer) + ${RENEWAL_YEARS}) || substr(n.published_on, 5)`;
  return sql`
    select 'renewal_overdue:assessments:' || n.id as id, 'renewal_overdue' as kind, 'medium' as severity, 1 as severity_rank,
      n.municipality_id, n.id as assessment_id, n.body_key,
      '公表日 ' || n.published_on || ' から${sql.raw(String(RENEWAL_YEARS))}年を経過: 5年以内の再評価は努力義務 (特定個人情報保護評価に関する規則第15条)、'
        || '期限 ' || ${sql.raw(due)} || '、基準日 ' || ${today} as detail,
      json_array(json_object('table', 'assessments', 'id', n.id, 'assessment_id', n.id,
        'label', coalesce(n.title, n.source_file) || ' 公表日 ' || n.published_on,
        'src_from', json_extract(n.spans, '$.published_on[0]'), 'src_to', json_extract(n.spans, '$.published_on[1]'),
        'line_from', null, 'line_to', null)) as evidence
    from (
      select a.*, ${BODY_KEY} as body_key,
        row_number() over (partition by ${BODY_KEY}, coalesce(a.number, a.title) order by a.published_on desc, a.id desc) as newest
      from assessments a left join municipalities m on m.id = a.municipality_id
      where a.published_on is not null
    ) n
    where n.newest = 1 and ${sql.raw(due)} < ${today}`;
}
