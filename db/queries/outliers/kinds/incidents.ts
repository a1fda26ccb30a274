import { sql } from 'drizzle-orm';
import { BODY_KEY, certainField, evidenceObject, FROM_DOCUMENT, INSERT } from './sql-parts';

/**
 * A serious incident in the last three years (重大事故 「発生あり」): one flag per assessment, naming
 * every file whose Ⅲ answers so (a full assessment repeats the question once per file).
 */
export const incidentFlags = sql`${INSERT}
  select 'incident:assessments:' || r.assessment_id, 'incident',
    case when max(${certainField('r', 'answer')}) then 'high' else 'low' end,
    case when max(${certainField('r', 'answer')}) then 0 else 2 end,
    a.municipality_id, r.assessment_id, ${BODY_KEY},
    '「' || min(r.question) || '」に「発生あり」と回答'
      || coalesce(' (' || (select group_concat(name, '、') from (
        select distinct f2.name, f2.no from ratings r2 join personal_info_files f2 on f2.id = r2.file_id
        where r2.assessment_id = r.assessment_id and r2.answer = '発生あり' order by f2.no)) || ')', ''),
    json_group_array(json(${evidenceObject('ratings', 'r', 'answer', sql.raw(`coalesce(f.name || ': ', '') || r.question || ': ' || r.answer`))}))
  from ratings r ${FROM_DOCUMENT('r')} left join personal_info_files f on f.id = r.file_id
  where r.answer = '発生あり'
  group by r.assessment_id`;
