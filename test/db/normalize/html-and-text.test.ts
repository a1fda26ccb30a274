import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../db/ingest/normalize/html';
import { compact, fold, foldKeepLines, isBlankMark } from '../../../db/ingest/normalize/text';

describe('text folding', () => {
  it('applies NFKC and folds every space, the ideographic one included', () => {
    expect(fold('ワクチン接種記録システム（ＶＲＳ）')).toBe('ワクチン接種記録システム(VRS)');
    expect(fold('  保健こども部\u3000健康増進課 ')).toBe('保健こども部 健康増進課');
    expect(compact('１．　基本 情報')).toBe('1.基本情報');
  });

  it('keeps the circled field numbers, which NFKC would turn into digits', () => {
    expect(fold('委託事項１　①委託内容')).toBe('委託事項1 ①委託内容');
  });

  it('keeps line breaks where asked', () => {
    expect(foldKeepLines('１．照会機能\n\n　選択した対象者')).toBe('1.照会機能\n\n選択した対象者');
  });

  it('reads dash-only cells as blank', () => {
    for (const s of ['-', '―', '－', '', ' ']) expect(isBlankMark(s)).toBe(true);
    expect(isBlankMark('略')).toBe(false);
  });
});

describe('HTML cells as text', () => {
  it('turns checked and unchecked inputs into checkbox marks', () => {
    expect(htmlToText('<div>[<input type="checkbox"/>] 情報提供ネットワークシステム</div><div>[<input checked="" type="checkbox"/>] その他 (健康情報システム)</div>')).toBe(
      '[ ] 情報提供ネットワークシステム\n[○] その他 (健康情報システム)',
    );
    expect(htmlToText('<input checked="" type="checkbox"/> 紙 <input type="checkbox"/> フラッシュメモリ')).toBe('[○] 紙 [ ] フラッシュメモリ');
  });

  it('reads the export\'s radio buttons inside brackets as the form\'s ticks', () => {
    expect(htmlToText('[<input type="radio"/>] 自己点検 [<input type="radio"/>] 内部監査 [] 外部監査')).toBe('[○] 自己点検 [○] 内部監査 [ ] 外部監査');
  });

  it('decodes entities so markup in a value becomes plain characters', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe('<img src=x onerror=alert(1)>');
    expect(htmlToText('<p>[実施する]</p> <p><選択肢> 1) 実施する 2) 実施しない</p>')).toBe('[実施する]\n<選択肢> 1) 実施する 2) 実施しない');
  });

  it('keeps Japanese text in angle brackets as text, in every bracket form the seeds print', () => {
    // 札幌市 opens measures with these headings; a hand-made tag stripper dropped them
    expect(htmlToText('<p><予防接種システムにおける措置></p> <p>1 接種者情報については…</p>')).toBe('<予防接種システムにおける措置>\n1 接種者情報については…');
    expect(htmlToText('<p><札幌市における措置> 1 入退室管理を行っている部屋</p>')).toBe('<札幌市における措置> 1 入退室管理を行っている部屋');
    expect(htmlToText('<p><ワクチン接種記録システム(VRS)における追加措置></p>')).toBe('<ワクチン接種記録システム(VRS)における追加措置>');
    expect(htmlToText('<div>＜選択肢＞ 1) 実施する</div>')).toBe('＜選択肢＞ 1) 実施する');
    expect(htmlToText('<p>《左欄にある※について(以下、評価書中同じ。)》</p>')).toBe('《左欄にある※について(以下、評価書中同じ。)》');
    // a bare 「<」 before a non-letter and entities
    expect(htmlToText('<p>x < y &amp; 3 <5</p>')).toBe('x < y & 3 <5');
  });

  it('drops real markup: tags, comments, scripts', () => {
    expect(htmlToText('<p>本文<!-- 注記 --><script>alert(1)</script><b>強調</b></p>')).toBe('本文強調');
  });
});
