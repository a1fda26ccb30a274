import type { Layout } from '../../schema/assessments';
import type { DocumentFacts } from '../facts';
import { parsePdfText } from '../layouts/pdf-text';
import { parseTsvHtml } from '../layouts/tsv-html';
import { SourceText } from '../source-text';
import { undoBoldDoubling } from './bold-doubling';
import { undoDoubledLines } from './doubled-lines';
import { formFeedsToPageBreaks } from './form-feed';
import { markLostGlyphs, remapSpans } from './remap-facts';
import { separateCells } from './one-cell-per-line';
import { removePageFurniture } from './page-furniture';
import { splitPagePerLine } from './page-per-line';
import { compose, shareLines, type Rewritten } from './rewrite';
import { joinSpacedDates } from './spaced-dates';
import { undoSpacedCharacters } from './spaced-characters';

export type Fix = 'formFeeds' | 'doubledLines' | 'spacedCharacters' | 'pagePerLine' | 'pageFurniture' | 'oneCellPerLine' | 'boldDoubling' | 'spacedDates';

/** The fixes in the order they apply; the later ones expect the lines the earlier ones made. */
const FIXES: { fix: Fix; layouts: Layout[]; apply: (text: string) => Rewritten | null }[] = [
  { fix: 'formFeeds', layouts: ['pdf-text'], apply: formFeedsToPageBreaks },
  { fix: 'doubledLines', layouts: ['pdf-text', 'tsv-html'], apply: undoDoubledLines },
  { fix: 'spacedCharacters', layouts: ['pdf-text', 'tsv-html'], apply: undoSpacedCharacters },
  { fix: 'pagePerLine', layouts: ['pdf-text'], apply: splitPagePerLine },
  { fix: 'pageFurniture', layouts: ['pdf-text'], apply: removePageFurniture },
  { fix: 'oneCellPerLine', layouts: ['pdf-text'], apply: separateCells },
  { fix: 'boldDoubling', layouts: ['pdf-text', 'tsv-html'], apply: undoBoldDoubling },
  { fix: 'spacedDates', layouts: ['pdf-text', 'tsv-html'], apply: joinSpacedDates },
];

export interface Normalized {
  /** the text the layout reader reads */
  text: string;
  /** from the normalized text back to the stored source; null when nothing changed */
  rewritten: Rewritten | null;
  fixes: Fix[];
}

/**
 * Text extractions differ with the tool that made them. Each is first brought to the text the
 * layout reader knows — page furniture gone, spaced characters and bold doubling undone, cells
 * and pages recovered — keeping the way back to the original, which stays the stored source.
 */
export function normalizeExtraction(text: string, layout: Layout): Normalized {
  let rewritten: Rewritten | null = null;
  const fixes: Fix[] = [];
  for (const { fix, layouts, apply } of FIXES) {
    if (!layouts.includes(layout)) continue;
    const r = apply(rewritten?.text ?? text);
    if (!r) continue;
    fixes.push(fix);
    rewritten = rewritten ? compose(rewritten, r) : r;
  }
  return { text: rewritten?.text ?? text, rewritten, fixes };
}

/** Normalizes, reads the layout, and points every fact's span back into the stored source. */
export function readExtraction(layout: Layout, source: SourceText): DocumentFacts {
  shareLines(source.text, source.lines);
  const n = normalizeExtraction(source.text, layout);
  // most texts need no fix: the reader reads the source's own lines
  const read = n.rewritten ? new SourceText(n.text) : source;
  const cellsRebuilt = n.fixes.includes('oneCellPerLine') || n.fixes.includes('pagePerLine');
  const facts = layout === 'tsv-html' ? parseTsvHtml(read) : parsePdfText(read, { cellsRebuilt });
  const mapped = n.rewritten ? remapSpans(facts, n.rewritten) : facts;
  markLostGlyphs(mapped);
  return mapped;
}
