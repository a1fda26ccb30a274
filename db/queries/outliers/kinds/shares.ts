import { sql, type SQL } from 'drizzle-orm';
import { BODY_KEY, evidenceObject, FROM_DOCUMENT, INSERT } from './sql-parts';

/**
 * How far a body's share must stand from the mean share of the other bodies (leave-one-out,
 * each body weighted equally) to be flagged: 0.4 = 40 percentage points.
 */
export const SHARE_GAP = 0.4;
/** A share needs this many counted rows in the body, and this many other bodies to compare with. */
export const MIN_ROWS = 2;
export const MIN_PEERS = 2;

interface ShareMeasure {
  kind: 'subcontract_share' | 'post_change_share';
  /** the table and its alias in `counted`, the field the share reads */
  table: 'contracts' | 'changes';
  field: string;
  /** rows counted: the field read with certainty */
  known: SQL;
  hit: SQL;
  label: SQL;
  /** what the share counts, and of what, in the flag's words */
  what: string;
  of: string;
}

const percent = (x: string) => `cast(round(${x} * 100) as integer) || '%'`;

/**
 * Bodies whose share of `hit` rows stands at least SHARE_GAP from the mean of the other bodies'
 * shares; above the peers is the concern (medium), below is noted (low). The detail states the
 * share, the counts, the peers' mean and the gap; the evidence is every counted row.
 */
function shareFlags(m: ShareMeasure): SQL {
  const mean = '((t.s - p.share) / (t.k - 1))';
  const gap = `(p.share - ${mean})`;
  // materialized: the evidence of each flagged body is looked up in `counted` (by an automatic
  // index); inlined, SQLite re-read the whole table and rebuilt every row's JSON per body
  return sql`${INSERT}
    with counted as materialized (
      select ${BODY_KEY} as body, a.municipality_id as mid, x.id as id, x.assessment_id as aid, (${m.hit}) as hit,
        ${evidenceObject(m.table, 'x', m.field, m.label)} as evidence
      from ${sql.raw(m.table)} x ${FROM_DOCUMENT('x')}
      where ${m.known}
    ),
    p as (select body, min(mid) as mid, count(*) as n, sum(hit) as hits, sum(hit) * 1.0 / count(*) as share from counted group by body having count(*) >= ${MIN_ROWS}),
    t as (select count(*) as k, sum(share) as s from p)
    select ${m.kind} || ':' || p.body, ${m.kind},
      case when ${sql.raw(gap)} > 0 then 'medium' else 'low' end, case when ${sql.raw(gap)} > 0 then 1 else 2 end,
      p.mid, null, p.body,
      ${m.of} || 'のうち' || ${m.what} || 'の割合 ' || ${sql.raw(percent('p.share'))} || ' (' || p.hits || '/' || p.n || '件)、'
        || '他の' || (t.k - 1) || '団体の平均 ' || ${sql.raw(percent(mean))} || ' との差 '
        || case when ${sql.raw(gap)} > 0 then '+' else '−' end || cast(round(abs(${sql.raw(gap)}) * 100) as integer) || 'ポイント '
        || ${`(基準: 差が${Math.round(SHARE_GAP * 100)}ポイント以上)`},
      (select json_group_array(json(c.evidence)) from (select evidence from counted c where c.body = p.body order by c.aid, c.id) c)
    from p, t
    where t.k - 1 >= ${MIN_PEERS} and abs(${sql.raw(gap)}) >= ${SHARE_GAP}`;
}

/** Share of 委託事項 with 再委託する, among those whose 再委託の有無 was read with certainty. */
export const subcontractShareFlags = shareFlags({
  kind: 'subcontract_share',
  table: 'contracts',
  field: 'subcontract',
  known: sql.raw(`x.subcontract is not null and json_extract(x.states, '$.subcontract') is null`),
  hit: sql.raw('x.subcontract = 1'),
  label: sql.raw(`'委託事項' || x.no || ': ' || case when x.subcontract = 1 then '再委託する' else '再委託しない' end`),
  what: '「再委託する」',
  of: '再委託の有無が分かる委託事項',
});

/** Share of changes filed 事後 (after the change), among those whose 提出時期 was read with certainty. */
export const postChangeShareFlags = shareFlags({
  kind: 'post_change_share',
  table: 'changes',
  field: 'timing',
  known: sql.raw(`x.timing is not null and json_extract(x.states, '$.timing') is null`),
  hit: sql.raw(`x.timing = '事後'`),
  label: sql.raw(`trim(coalesce(x.changed_on, x.changed_on_raw, '') || ' ' || coalesce(x.item, '')) || ': ' || x.timing`),
  what: '「事後」提出',
  of: '提出時期が分かる変更箇所',
});
