import type { Layout } from '../schema/assessments';
import { NotADocumentError } from './decode';
import { glyphLoss, isUnreadable } from './extraction/lost-glyphs';
import { glyphCount, hasGlyphs } from './normalize/glyphs';

/** Words every part of the form uses; an unrelated text has (almost) none of them. */
const FORM_WORDS = /特定個人情報|評価書|変更箇所|リスク対策|委託先|評価実施機関|個人番号/g;

/**
 * Which export a text is: the tab-separated table export (cells split by tabs, HTML
 * fragments inside), or text extracted from the PDF (no tabs; page breaks as blank runs).
 * A text whose glyphs were lost is refused rather than guessed at.
 */
export function detectLayout(text: string): Layout {
  const glyphs = glyphCount(text);
  const loss = glyphLoss(text);
  if (isUnreadable(loss, glyphs))
    throw new NotADocumentError(
      loss.placeholders
        ? `unreadable text: ${loss.placeholders} of ${glyphs} characters were lost by the PDF's font subsetting; extract the text again with another tool`
        : `unreadable text: ${loss.kana} kana but ${loss.kanji} kanji, the kanji were lost by the PDF's font subsetting; extract the text again with another tool`,
    );
  // spaced-out extractions (「特 定 個 人 情 報」) hold the words with spaces between
  const hits = text.replace(/[ \u3000]/g, '').match(FORM_WORDS)?.length ?? 0;
  if (hits < 3) throw new NotADocumentError('not a privacy impact assessment: none of the form\'s headings or terms were found');
  const lines = text.split('\n').filter(hasGlyphs);
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  const html = /<(p|div|ul|li|input|br)[\s>/]/i.test(text);
  return tabbed >= lines.length * 0.1 || (tabbed > 0 && html) ? 'tsv-html' : 'pdf-text';
}
