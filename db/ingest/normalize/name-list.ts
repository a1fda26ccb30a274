import { foldKeepLines } from './text';

/** A list item's mark at the start of a line: 「1.」「1)」「(1)」「①」「・」 … */
const MARK = /^(?:\d{1,2}\s*[.、)]|\(\d{1,2}\)|[①-⑳]|[・･●○◯■□◆◇-])\s*/;

/** 「A、B」 split at the commas outside brackets: 「住基ネット(市町村CS、都道府県サーバ)」 stays one. */
function splitCommas(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '(' || ch === '「') depth++;
    if ((ch === ')' || ch === '」') && depth > 0) depth--;
    if ((ch === '、' || ch === ',') && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * The names one cell lists, as the 基礎項目評価書's ③システムの名称 and 特定個人情報ファイル名 print
 * them: one per line behind a mark (「1.児童手当システム」「2.中間サーバ」), continued over wrapped
 * lines; or unmarked, separated by 「、」 or line breaks. Unmarked lines may be one name wrapped
 * by the page's width, so such a list is not certain (`marked` false with several lines).
 */
export function splitNames(text: string): { names: string[]; certain: boolean } {
  const lines = foldKeepLines(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.some((l) => MARK.test(l))) {
    const names: string[] = [];
    let open = false;
    for (const l of lines) {
      if (MARK.test(l)) {
        names.push(l.replace(MARK, '').trim());
        open = true;
      } else if (open) names[names.length - 1] += l;
      else names.push(l);
    }
    return { names: names.filter(Boolean), certain: true };
  }
  return { names: lines.flatMap(splitCommas), certain: lines.length <= 1 };
}
