import { sql } from 'drizzle-orm';
import { BODY_KEY, certainField, evidenceObject, FROM_DOCUMENT, INSERT } from './sql-parts';

/** Graded answers that admit a gap, and how serious each admission is. */
export const WEAK_ANSWERS = { 課題が残されている: 'high', 十分に行っていない: 'high', 定めていない: 'medium', 行っていない: 'medium' } as const;

const weak = Object.keys(WEAK_ANSWERS);
const high = weak.filter((a) => WEAK_ANSWERS[a as keyof typeof WEAK_ANSWERS] === 'high');

/**
 * An answer 「課題が残されている」「十分に行っていない」 (high) or a bare 定めていない/行っていない (medium).
 * An answer the reader doubts is flagged too, but low and saying so: the document holds the
 * words, the reader is not sure which question they answer.
 */
export const weakAnswerFlags = sql`${INSERT}
  select 'weak_answer:ratings:' || r.id, 'weak_answer',
    case when not (${certainField('r', 'answer')}) then 'low' when r.answer in ${high} then 'high' else 'medium' end,
    case when not (${certainField('r', 'answer')}) then 2 when r.answer in ${high} then 0 else 1 end,
    a.municipality_id, r.assessment_id, ${BODY_KEY},
    '「' || r.question || '」に「' || r.answer || '」と回答 (' || concat_ws(' / ', f.name, r.section, r.stage, r.risk) || ')'
      || case when ${certainField('r', 'answer')} then '' else ' — 読み取りに要確認' end,
    json_array(${evidenceObject('ratings', 'r', 'answer', sql.raw(`r.question || ': ' || r.answer`))})
  from ratings r ${FROM_DOCUMENT('r')} left join personal_info_files f on f.id = r.file_id
  where r.answer in ${weak}`;
