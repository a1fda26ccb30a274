/**
 * Glyphs lost by font subsetting: the PDF's embedded font maps its glyphs to no characters, so
 * the extraction holds placeholders — U+FFFD, private-use code points, 「(cid:123)」 — or, where
 * the tool dropped them, kana with no kanji between them. Such text is never guessed at.
 */
const PLACEHOLDER = /\uFFFD|[\uE000-\uF8FF]|\(cid:\d+\)/g;

export const lostGlyphCount = (s: string) => s.match(PLACEHOLDER)?.length ?? 0;

export interface GlyphLoss {
  placeholders: number;
  /** kana and kanji counted over the text: a Japanese text with (almost) no kanji lost them */
  kana: number;
  kanji: number;
}

export function glyphLoss(text: string): GlyphLoss {
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const kanji = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return { placeholders: lostGlyphCount(text), kana, kanji };
}

/**
 * The text as a whole is unreadable: its kanji are gone (the form's prose is about a third
 * kanji), or placeholders stand for more than one glyph in twenty.
 */
export function isUnreadable(loss: GlyphLoss, glyphs: number): boolean {
  const kanjiGone = loss.kana >= 100 && loss.kanji < loss.kana * 0.05;
  return kanjiGone || (glyphs > 0 && loss.placeholders > glyphs * 0.05);
}
