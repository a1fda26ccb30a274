import { or, sql, type SQL } from 'drizzle-orm';
import { municipalities } from '../schema';
import { contains } from './filters';

/** カタカナ → ひらがな: the body list keeps readings in hiragana (こがねいし). */
const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/**
 * Bodies whose name, reading, code or prefecture contains `text` (a picker's query): 「こがねい」,
 * 「コガネイ」, 「小金井」, 「1321」, 「東京都小金」 all find 小金井市.
 */
export function bodyMatches(text: string): SQL {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  return or(
    contains(municipalities.name, folded),
    contains(municipalities.kana, toHiragana(folded)),
    contains(municipalities.code, folded),
    contains(sql`coalesce(${municipalities.prefecture}, '') || ${municipalities.name}`, folded),
  )!;
}
