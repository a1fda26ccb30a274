import { sql } from 'drizzle-orm';
import { BODY_KEY, evidenceObject, FROM_DOCUMENT, INSERT } from './sql-parts';

/** A 委託事項 whose ③委託先名 is 「未定」: data is handed to a contractor not yet chosen. */
export const undecidedContractorFlags = sql`${INSERT}
  select 'contractor_undecided:contracts:' || c.id, 'contractor_undecided', 'medium', 1,
    a.municipality_id, c.assessment_id, ${BODY_KEY},
    '委託事項' || c.no || coalesce('「' || c.title || '」', '') || 'の委託先が「' || coalesce(c.contractor_raw, '未定') || '」',
    json_array(${evidenceObject('contracts', 'c', 'contractor_raw', sql.raw(`'委託先名: ' || coalesce(c.contractor_raw, '未定')`))})
  from contracts c ${FROM_DOCUMENT('c')}
  where c.contractor_undecided = 1`;
