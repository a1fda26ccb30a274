import type { Layout } from '../schema/assessments';
import { NotADocumentError } from './decode';
import { isUnreadable, textCensus } from './extraction/lost-glyphs';

/** Words every part of the form uses; an unrelated text has (almost) none of them. */
const FORM_WORDS = /特定個人情報|評価書|変更箇所|リスク対策|委託先|評価実施機関|個人番号/g;

/**
 * Which export a text is: the tab-separated table export (cells split by tabs, HTML
 * fragments inside), or text extracted from the PDF (no tabs; page breaks as blank runs).
 * A text whose glyphs were lost is refused rather than guessed at.
 */
export function detectLayout(text: string): Layout {
  const { glyphs, lines, tabbed, loss } = textCensus(text);
  if (isUnreadable(loss, glyphs))
    throw new NotADocumentError(
      loss.placeholders
        ? `unreadable text: ${loss.placeholders} of ${glyphs} characters were lost by the PDF's font subsetting; extract the text again with another tool`
        : `unreadable text: ${loss.kana} kana but ${loss.kanji} kanji, the kanji were lost by the PDF's font subsetting; extract the text again with another tool`,
    );
  if (formWords(text) < 3) throw new NotADocumentError('not a privacy impact assessment: none of the form\'s headings or terms were found');
  if (tabbed >= lines * 0.1) return 'tsv-html';
  return tabbed > 0 && /<(p|div|ul|li|input|br)[\s>/]/i.test(text) ? 'tsv-html' : 'pdf-text';
}

/**
 * How many of the form's words the text holds, three at most where that many stand as printed.
 * Spaced-out extractions (「特 定 個 人 情 報」) hold the words with spaces between: where fewer
 * are found as printed, they are counted again with the spaces taken out. (No word holds another
 * or runs into one, so taking spaces out never makes fewer of them.)
 */
function formWords(text: string): number {
  FORM_WORDS.lastIndex = 0;
  let found = 0;
  while (found < 3 && FORM_WORDS.exec(text)) found++;
  FORM_WORDS.lastIndex = 0;
  return found >= 3 ? found : (text.replace(/[ \u3000]/g, '').match(FORM_WORDS)?.length ?? 0);
}
