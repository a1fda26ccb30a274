import { describe, expect, it } from 'vitest';
import { doubledRuns, undoBoldDoubling } from '../../../../db/ingest/extraction/bold-doubling';
import { joinOf, joinOfLines } from '../../../../db/ingest/extraction/cell-breaks';
import { formFeedsToPageBreaks } from '../../../../db/ingest/extraction/form-feed';
import { glyphLoss, isUnreadable } from '../../../../db/ingest/extraction/lost-glyphs';
import { isOneCellPerLine, separateCells } from '../../../../db/ingest/extraction/one-cell-per-line';
import { removePageFurniture } from '../../../../db/ingest/extraction/page-furniture';
import { isPagePerLine, splitPagePerLine } from '../../../../db/ingest/extraction/page-per-line';
import { compose, mapSpan, RewriteBuilder, type Rewritten } from '../../../../db/ingest/extraction/rewrite';
import { joinSpacedDates } from '../../../../db/ingest/extraction/spaced-dates';
import { isSpacedLine, undoSpacedCharacters } from '../../../../db/ingest/extraction/spaced-characters';

/** Where a word of the rewritten text came from in the original. */
const origin = (original: string, r: Rewritten, word: string) => {
  const from = r.text.indexOf(word);
  const span = mapSpan(r, { from, to: from + word.length });
  return original.slice(span.from, span.to);
};

describe('rewrite: offsets back into the original', () => {
  it('maps kept, dropped and inserted characters, and composes two rewrites', () => {
    const a = new RewriteBuilder('ab cd').keep(0, 2).insert('\n', 2).keep(3, 5).done();
    expect(a.text).toBe('ab\ncd');
    expect(Array.from(a.origin)).toEqual([0, 1, 2, 3, 4, 5]);
    const b = new RewriteBuilder(a.text).keep(3, 5).done();
    const ab = compose(a, b);
    expect(ab.text).toBe('cd');
    expect(mapSpan(ab, { from: 0, to: 2 })).toEqual({ from: 3, to: 5 });
  });
});

describe('spaced characters', () => {
  it('undoes a space after every character; a wider gap stays one space', () => {
    const text = '項 目 一 覧 Ⅰ 基 本 情 報\n特 記 事 項   な し\n[ ○ ] 住民基本台帳ネットワークシステム';
    const r = undoSpacedCharacters(text)!;
    expect(r.text).toBe('項目一覧Ⅰ基本情報\n特記事項 なし\n[ ○ ] 住民基本台帳ネットワークシステム');
    expect(origin(text, r, '特記事項')).toBe('特 記 事 項');
  });

  it('leaves ordinary lines alone', () => {
    for (const line of ['[ ○ ] 住民基本台帳ネットワークシステム [ ○', ' ③委託先名 株式会社ＲＫＫＣＳ', '1) 1,000人未満', '特記事項 なし', '事務　重点項目評価書'])
      expect(isSpacedLine(line)).toBe(false);
    expect(undoSpacedCharacters('評価書番号  評価書名\n\n31\n')).toBeNull();
  });
});

describe('bold doubling', () => {
  it('finds each run printed twice', () => {
    expect(doubledRuns('評価書(評価書(全項目評価書)全項目評価書)')).toEqual([4, 7]);
    expect(doubledRuns('評価書名評価書名')).toEqual([4]);
    expect(doubledRuns('予防接種の実施に関する事務')).toBeNull();
    expect(doubledRuns('ーーーーーー')).toBeNull();
  });

  it('keeps the first copy, with the spaces the document had', () => {
    const text = '評価書( 評価書(全項目評価書) 全項目評価書)\n公表日';
    const r = undoBoldDoubling(text)!;
    expect(r.text).toBe('評価書(全項目評価書)\n公表日');
    expect(origin(text, r, '全項目評価書)')).toBe('全項目評価書)');
  });
});

describe('spaced dates', () => {
  it('joins an era date written with spaces', () => {
    const text = '公表日 平成 30 年 6 月 1 日\n令和５年 ８月４日';
    const r = joinSpacedDates(text)!;
    expect(r.text).toBe('公表日 平成30年6月1日\n令和５年８月４日');
    expect(origin(text, r, '平成30年6月1日')).toBe('平成 30 年 6 月 1 日');
  });
});

describe('form feeds', () => {
  it('end a page as blank runs do', () => {
    expect(formFeedsToPageBreaks('a\n\fb')!.text).toBe('a\n\n\n\n\nb');
  });
});

describe('page furniture', () => {
  const page = (n: number, body: string) => `資料1-4-1\n\n${body}\n\n健康福祉局健康課\n\n- ${n} -`;
  it('drops page numbers that count up and a running header and footer', () => {
    const text = [page(1, '評価書番号\n\n31'), page(2, 'Ⅰ　基本情報'), page(3, 'Ⅱ　特定個人情報ファイルの概要')].join('\n\n\n\n');
    const r = removePageFurniture(text)!;
    expect(r.text).not.toMatch(/資料1-4-1|健康福祉局健康課|- \d -/);
    expect(r.text).toMatch(/31/);
    expect(origin(text, r, 'Ⅰ　基本情報')).toBe('Ⅰ　基本情報');
  });

  it('makes a page number the page break where the text has none', () => {
    const text = ['1 / 3', '評価書番号', '31', '2 / 3', 'Ⅰ　基本情報', '①事務の名称', '3 / 3', 'Ⅱ　特定個人情報ファイルの概要'].join('\n\n');
    const r = removePageFurniture(text)!;
    expect(r.text.split(/\n\s*\n\s*\n\s*\n/).map((p) => p.trim().split(/\n+/))).toEqual([['評価書番号', '31'], ['Ⅰ　基本情報', '①事務の名称'], ['Ⅱ　特定個人情報ファイルの概要']]);
  });

  it('takes a bare number (評価書番号 31) for no page number', () => {
    expect(removePageFurniture('評価書番号\n\n31\n\n\n\nⅠ　基本情報\n\n1\n\n\n\n2')).toBeNull();
  });
});

describe('one cell per line', () => {
  const cover = ['評価書番号', '31', '評価書名', '予防接種に関する事務 基礎項目評価書', '評価実施機関名', '和光市長', '公表日', '平成27年3月18日'];
  it('is told by nearly every line running on into the next', () => {
    expect(isOneCellPerLine([...cover, ...cover, ...cover].join('\n'))).toBe(true);
    expect(isOneCellPerLine([...cover, ...cover, ...cover].join('\n\n'))).toBe(false);
  });

  it('puts each cell in a box of its own; a bracket run over a line stays with its box', () => {
    const text = [...cover, '[ ] 住民基本台帳ネットワークシステム [ ○', '] 既存住民基本台帳システム', ...cover, ...cover].join('\n');
    const r = separateCells(text)!;
    expect(r.text.split('\n\n').slice(0, 9)).toEqual([...cover, '[ ] 住民基本台帳ネットワークシステム [ ○\n] 既存住民基本台帳システム']);
    expect(joinOfLines('防府市は、新型コロナウイルス感染症対策に係る予防接種に関する事務に', 'おける特定個人情報ファイルを取扱うにあたり、')).toBe('wrapped');
  });
});

describe('page per line', () => {
  it('joins a checkbox, an option and a field with its value; breaks at cells', () => {
    expect(joinOf('[', '○')).toBe('same-line');
    expect(joinOf('○', ']')).toBe('same-line');
    expect(joinOf(']', '宛名システム等')).toBe('same-line');
    expect(joinOf('宛名システム等', '[')).toBe('cell');
    expect(joinOf('1)', '1,000人未満')).toBe('same-line');
    expect(joinOf('①システムの名称', '中間サーバー')).toBe('same-line');
    expect(joinOf('①委託内容', '②委託先における取扱者数')).toBe('cell');
    expect(joinOf('[', 'Ⅰ　基本情報')).toBe('cell');
    expect(joinOf('評価実施機関名', '和光市長')).toBe('cell');
  });

  it('splits each page line into boxes and pages', () => {
    const page1 = '評価書番号 評価書名 31 予防接種に関する事務 基礎項目評価書 評価実施機関名 和光市長 公表日 平成27年3月18日 ' + '特記事項 なし '.repeat(40);
    const page2 = 'Ⅰ　基本情報 ①システムの名称 中間サーバー [ ○ ] 宛名システム等 ' + '③対象人数 '.repeat(60);
    const text = [page1, page2].join('\n');
    expect(isPagePerLine(text)).toBe(true);
    const pages = splitPagePerLine(text)!.text.split('\n\n\n\n');
    expect(pages).toHaveLength(2);
    expect(pages[0]!.split('\n\n').slice(0, 8)).toEqual(['評価書番号', '評価書名', '31', '予防接種に関する事務', '基礎項目評価書', '評価実施機関名', '和光市長', '公表日']);
    expect(pages[1]!.split('\n\n').slice(0, 3)).toEqual(['Ⅰ　基本情報', '①システムの名称 中間サーバー', '[ ○ ] 宛名システム等']);
  });
});

describe('lost glyphs', () => {
  it('tells a text whose kanji were lost from a whole one', () => {
    const lost = 'は、の における ファイルの いにあたり、ファイルの いが のプライバシー の に を ぼしかねないことを し、'.repeat(5);
    expect(isUnreadable(glyphLoss(lost), lost.replace(/\s/g, '').length)).toBe(true);
    const whole = '防府市は、新型コロナウイルス感染症対策に係る予防接種に関する事務における特定個人情報ファイルを取扱うにあたり、'.repeat(5);
    expect(isUnreadable(glyphLoss(whole), whole.length)).toBe(false);
    expect(glyphLoss('評価実施機関名 \uFFFD\uFFFD市長 (cid:1234)').placeholders).toBe(3);
  });
});
