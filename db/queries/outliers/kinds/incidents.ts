import { sql } from 'drizzle-orm';
import { INCIDENT_OCCURRED, THRESHOLD_LABELS } from '../../../form/thresholds';
import { BODY_KEY, INSERT } from './sql-parts';

/**
 * Every answer 「発生あり」 to a serious-incident question, as one evidence row: the graded
 * 重大事故 of the risk measures (in the last three years; a full assessment repeats it once per
 * file) and the 基礎項目評価書's Ⅱ-3 しきい値判断項目 (in the last year). The span is the
 * answer's own words when the reader stored them.
 */
const INCIDENT_ANSWERS = sql`
  select r.assessment_id, 'ratings' as tbl, r.id, r.question, f.name as file_name, f.no as file_no,
    json_extract(r.states, '$.answer') is null as certain,
    coalesce(json_extract(r.spans, '$.answer[0]'), r.src_from) as span_from, coalesce(json_extract(r.spans, '$.answer[1]'), r.src_to) as span_to,
    r.line_from, r.line_to
  from ratings r left join personal_info_files f on f.id = r.file_id
  where r.answer = ${INCIDENT_OCCURRED}
  union all
  select t.assessment_id, 'thresholds', t.id, ${THRESHOLD_LABELS.incident}, null, null,
    json_extract(t.states, '$.incident') is null,
    coalesce(json_extract(t.spans, '$.incident[0]'), t.src_from), coalesce(json_extract(t.spans, '$.incident[1]'), t.src_to),
    t.line_from, t.line_to
  from thresholds t
  where t.incident = ${INCIDENT_OCCURRED}`;

/** A serious incident answered 「発生あり」: one flag per assessment, naming every file that answers so. */
export const incidentFlags = sql`${INSERT}
  select 'incident:assessments:' || i.assessment_id, 'incident',
    case when max(i.certain) then 'high' else 'low' end,
    case when max(i.certain) then 0 else 2 end,
    a.municipality_id, i.assessment_id, ${BODY_KEY},
    '「' || min(i.question) || '」に「' || ${INCIDENT_OCCURRED} || '」と回答'
      || coalesce(' (' || (select group_concat(name, '、') from (
        select distinct f2.name, f2.no from ratings r2 join personal_info_files f2 on f2.id = r2.file_id
        where r2.assessment_id = i.assessment_id and r2.answer = ${INCIDENT_OCCURRED} order by f2.no)) || ')', ''),
    json_group_array(json_object('table', i.tbl, 'id', i.id, 'assessment_id', i.assessment_id,
      'label', coalesce(i.file_name || ': ', '') || i.question || ': ' || ${INCIDENT_OCCURRED},
      'src_from', i.span_from, 'src_to', i.span_to, 'line_from', i.line_from, 'line_to', i.line_to))
  from (${INCIDENT_ANSWERS}) i join assessments a on a.id = i.assessment_id left join municipalities m on m.id = a.municipality_id
  group by i.assessment_id`;
