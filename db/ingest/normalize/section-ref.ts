import { fold } from './text';

const ROMAN: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ', V: 'Ⅴ', VI: 'Ⅵ', VII: 'Ⅶ' };

/** Numbered slots live in one section each: システムN in Ⅰ-2, 委託事項N in Ⅱ-4, 提供先N in Ⅱ-5. */
const SLOT_SECTION: Record<string, [RegExp, string][]> = {
  Ⅰ: [[/システム\s*\d/, '2']],
  Ⅱ: [
    [/委託事項\s*\d/, '4'],
    [/(提供先|移転先)\s*\d/, '5'],
  ],
};

/**
 * The part of the form a change-table item points at, as 「Ⅱ-4」, 「Ⅲ」 or 「別添1」, from the
 * many ways items are written: 「I-1 ②事務の内容」, 「Ⅱ－４委託事項４」,
 * 「II 特定個人情報ファイルの概要 4. 特定個人情報ファイルの取扱いの委託」, 「(別添1) 事務の内容」.
 */
export function sectionRef(item: string): string | null {
  // fold keeps the circled field numbers (①), so they never read as a section number
  const s = fold(item).replace(/[‐－―−–—]/g, '-');
  const annex = /^\(?別添\s*(\d)\)?/.exec(s) ?? /\(別添\s*(\d)\)/.exec(s);
  if (annex) return `別添${annex[1]}`;
  // slot numbers (「システム4」) are not section numbers; SLOT_SECTION tells their section
  const head = s.replace(/(システム|委託事項|提供先|移転先|リスク)\s*\d+/g, '$1');
  const roman = /^(?:・\s*)?(VII|VI|IV|V|III|II|I)(?![A-Za-z])\s*(?:-\s*(\d{1,2})|[^\d-]*?(\d{1,2})\s*(?:\.|\s|(?=[^\d\s①-⑳])))?/.exec(head);
  if (roman) {
    const part = ROMAN[roman[1]!]!;
    const no = roman[2] ?? roman[3] ?? SLOT_SECTION[part]?.find(([re]) => re.test(s))?.[1];
    return no ? `${part}-${Number(no)}` : part;
  }
  return null;
}
