import { fact, type ProcedureFacts } from '../../facts';
import { parseGraded } from '../../form/answers';
import { compact } from '../../normalize/text';
import { mergeItems, type FoundFacts } from '../compose-facts';
import { labelAndValue, type Context } from './context';
import type { Row } from './rows';

const PROCEDURE_OF_SECTION: [RegExp, ProcedureFacts['kind']][] = [
  [/^基礎項目評価/, 'basic_assessment'],
  [/意見の聴取/, 'public_comment'],
  [/第三者点検/, 'third_party_review'],
  [/個人情報保護委員会の承認/, 'commission_approval'],
];

/** 評価実施手続, a row at a time: the date or a detail (方法, 結果…) of the procedure its section names. */
export function readProcedureRow(ctx: Context, row: Row): FoundFacts | null {
  const lv = labelAndValue(row);
  const kind = PROCEDURE_OF_SECTION.find(([re]) => re.test(ctx.section?.key ?? ''))?.[1];
  if (!lv || !kind || compact(lv.value) === '') return null;
  const { key, value } = lv;
  const p: ProcedureFacts = { kind, date: null, detail: null, span: row.span };
  if (/^(実施日|実施日・期間|承認日)$/.test(key)) p.date = fact(value, row.span);
  else if (/^(方法|結果|主な意見の内容|しきい値判断結果)$/.test(key)) p.detail = fact(parseGraded(value)?.answer ?? value, row.span);
  return { procedures: [p] };
}

/** A procedure's rows as one, where its first row stands: the last date read, the details line after line. */
export const mergeProcedureRows = (rows: ProcedureFacts[]): ProcedureFacts[] =>
  mergeItems(
    rows,
    (p) => p.kind,
    (had, next) => ({
      ...had,
      date: next.date ?? had.date,
      detail: had.detail && next.detail ? fact(`${had.detail.value}\n${next.detail.value}`, next.detail.span) : (next.detail ?? had.detail),
    }),
  );
