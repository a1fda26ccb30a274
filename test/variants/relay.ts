/**
 * Re-lays a document of the pdf-text layout (the seeds' boxes apart by blank lines, pages apart
 * by blank runs) as other extraction tools lay the same PDF out. Test material: the reader must
 * take each back to the same facts.
 */
export type Box = string[];
export type Page = Box[];

export const LAYOUTS = [
  'oneCellPerLine',
  'pagePerLine',
  'spacedCharacters',
  'boldDoubling',
  'pageFurniture',
  'pageNumbersOnly',
  'reorderedCover',
] as const;
export type RelayLayout = (typeof LAYOUTS)[number];

/** Pages of boxes of lines, as the pdf-text reader sees them. */
export function pagesOf(text: string): Page[] {
  const pages: Page[] = [];
  let page: Page = [];
  let box: Box = [];
  let blank = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blank++;
      if (box.length) page.push(box), (box = []);
      continue;
    }
    if (blank >= 3 && page.length) pages.push(page), (page = []);
    blank = 0;
    box.push(line);
  }
  if (box.length) page.push(box);
  if (page.length) pages.push(page);
  return pages;
}

export const layPages = (pages: Page[]) => pages.map((p) => p.map((b) => b.join('\n')).join('\n\n')).join('\n\n\n\n');

/**
 * Every line its own line, no blank line between boxes; pages end with a form feed (pdftotext).
 * This and pagePerLine lose the boxes: the normalization stage rebuilds them by the form's line
 * grammar (extraction/cell-breaks.ts), which gives back the cover, the systems and the change
 * table, but not every box of the scrambled later pages — a label's value in the same box, a
 * run of labels beside its run of values — so fewer contracts and ratings are read from them.
 */
export const oneCellPerLine = (pages: Page[]) => pages.map((p) => p.flat().join('\n')).join('\n\f');

/** A whole page on one line, every line and box joined by a single space. */
export const pagePerLine = (pages: Page[]) => pages.map((p) => p.flat().map((l) => l.trim()).join(' ')).join('\n');

/** A space after every character; a space of the document becomes a wider gap. */
export const spacedCharacters = (pages: Page[]) => layPages(pages.map((p) => p.map((b) => b.map((l) => [...l].join(' ')))));

const LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Bold runs printed twice: each run of a line (up to six glyphs) is followed by a space and
 * itself, 「評価書名」 → 「評価書名 評価書名」. Bold on the form is its cover and its headings;
 * a line with a run of no kana or kanji (「31」) is left as printed.
 */
export function boldLine(line: string): string {
  const glyphs = [...line.trim()];
  const runs: string[] = [];
  for (let i = 0; i < glyphs.length; i += 6) runs.push(glyphs.slice(i, i + 6).join(''));
  if (runs.length > 1 && [...runs[runs.length - 1]!].length < 2) runs[runs.length - 2] += runs.pop()!;
  if (!runs.every((r) => LETTER.test(r) && [...r.replace(/\s/g, '')].length >= 2 && new Set(r).size > 1)) return line;
  return runs.map((r) => `${r} ${r}`).join('');
}
const HEADING = /^\s*(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ)[\s　]/;
export const boldDoubling = (pages: Page[]) =>
  layPages(pages.map((p, i) => p.map((b) => b.map((l) => (i === 0 || HEADING.test(l) ? boldLine(l) : l)))));

/** A running header (「資料1-4-1」), the department at the foot and 「- N -」 on every page. */
export const pageFurniture = (pages: Page[], footer = '健康福祉局保健所感染症対策課') =>
  layPages(pages.map((p, i) => [['資料1-4-1'], ...p, [footer], [`- ${i + 1} -`]]));

/** No blank runs between pages: only a 「N / total」 line before each page says where one begins. */
export const pageNumbersOnly = (pages: Page[]) => pages.map((p, i) => `${i + 1} / ${pages.length}\n\n${p.map((b) => b.join('\n')).join('\n\n')}`).join('\n\n');

const COVER_LABEL = /^\s*(評価書番号|評価書名|個人のプライバシー等の権利利益の保護の宣言|特記事項|評価実施機関名|公表日|個人情報保護委員会)/;

/** The cover's labels all first, then its values in reverse: each date before its label. */
export function reorderedCover(pages: Page[]) {
  const cover = pages.findIndex((p) => p.some((b) => b.some((l) => /評価書番号|評価書名/.test(l))));
  return layPages(
    pages.map((p, i) => {
      if (i !== cover) return p;
      const labels = p.filter((b) => COVER_LABEL.test(b[0]!));
      return [...labels, ...p.filter((b) => !labels.includes(b)).reverse()];
    }),
  );
}

export function relay(text: string, layout: RelayLayout): string {
  const pages = pagesOf(text);
  return { oneCellPerLine, pagePerLine, spacedCharacters, boldDoubling, pageFurniture, pageNumbersOnly, reorderedCover }[layout](pages);
}

/** The document's first pages only: what a body's opening-pages extract holds. */
export const openingPages = (text: string, count: number) => layPages(pagesOf(text).slice(0, count));
