import { RewriteBuilder, type Rewritten } from './rewrite';

/** The page break the pdf-text reader knows: a run of three or more blank lines. */
export const PAGE_BREAK = '\n\n\n\n';

/**
 * Some extraction tools (pdftotext) end each page with a form feed instead of blank lines:
 * each becomes a page break.
 */
export function formFeedsToPageBreaks(text: string): Rewritten | null {
  if (!text.includes('\f')) return null;
  const b = new RewriteBuilder(text);
  let at = 0;
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
    b.keep(at, i).insert(PAGE_BREAK, i);
    at = i + 1;
  }
  return b.keep(at, text.length).done();
}
