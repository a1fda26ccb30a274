import { isWhitespace } from '../normalize/glyphs';

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

export const glyphLoss = (text: string): GlyphLoss => textCensus(text).loss;

/** What the layout detection counts of a text besides its glyph loss. */
export interface TextCensus {
  /** code units but whitespace */
  glyphs: number;
  /** lines holding any glyph */
  lines: number;
  /** of those, the lines holding a tab */
  tabbed: number;
  loss: GlyphLoss;
}

/**
 * The text's glyphs, lines and tabbed lines, and its glyph loss, in one pass: a pass of script
 * over every character of a document costs as much as much of the reading.
 */
export function textCensus(text: string): TextCensus {
  let glyphs = 0;
  let lines = 0;
  let tabbed = 0;
  let lineGlyphs = false;
  let lineTab = false;
  let kana = 0;
  let kanji = 0;
  let placeholders = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x0a) {
        if (lineGlyphs) {
          lines++;
          if (lineTab) tabbed++;
        }
        lineGlyphs = lineTab = false;
      } else if (code === 0x09) lineTab = true;
      else if (code !== 0x20 && (code < 0x09 || code > 0x0d)) {
        glyphs++;
        lineGlyphs = true;
      }
      continue;
    }
    // whitespace beyond ASCII (U+3000 …) is no glyph, and neither kana, kanji nor a placeholder
    if (isWhitespace(code)) continue;
    glyphs++;
    lineGlyphs = true;
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) placeholders++;
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      i++;
      glyphs++;
    }
    const script = scriptOf(code);
    if (script === KANA) kana++;
    else if (script === HAN) kanji++;
  }
  // the text's end ends its last line
  if (lineGlyphs) {
    lines++;
    if (lineTab) tabbed++;
  }
  // the placeholders of one code unit are counted in the pass; 「(cid:123)」 is looked for only where it may be
  if (text.includes('(cid:')) placeholders += text.match(CID)?.length ?? 0;
  return { glyphs, lines, tabbed, loss: { placeholders, kana, kanji } };
}

const CID = /\(cid:\d+\)/g;

const OTHER = 1;
const KANA = 2;
const HAN = 3;

/**
 * Each code point's script as the patterns say (kana: Hiragana or Katakana, Han), learnt the
 * first time it is seen: counting by a pass over the text, rather than by matching every kana
 * and kanji of it, spares a string per character.
 */
const bmpScripts = new Uint8Array(0x10000);
const astralScripts = new Map<number, number>();
const KANA_CHAR = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;

function scriptOf(code: number): number {
  let script = code < 0x10000 ? bmpScripts[code]! : (astralScripts.get(code) ?? 0);
  if (script === 0) {
    const char = String.fromCodePoint(code);
    script = KANA_CHAR.test(char) ? KANA : HAN_CHAR.test(char) ? HAN : OTHER;
    if (code < 0x10000) bmpScripts[code] = script;
    else astralScripts.set(code, script);
  }
  return script;
}

/**
 * The text as a whole is unreadable: its kanji are gone (the form's prose is about a third
 * kanji), or placeholders stand for more than one glyph in twenty.
 */
export function isUnreadable(loss: GlyphLoss, glyphs: number): boolean {
  const kanjiGone = loss.kana >= 100 && loss.kanji < loss.kana * 0.05;
  return kanjiGone || (glyphs > 0 && loss.placeholders > glyphs * 0.05);
}
