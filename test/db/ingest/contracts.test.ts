import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContractFacts, Fact } from '../../../db/ingest/facts';
import { compact } from '../../../db/ingest/normalize/text';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * Ⅱ-4 委託事項N in the PDF-text seeds, read by the form's item structure. Every expected value
 * below is written from the seed's text; `sure` says which fields the text decides: a row only
 * one item on its page can own, or a value every candidate item shares.
 */
type Summary = ReturnType<typeof summarize>;
const sure = (f: Fact<unknown> | null) => !!f && f.certain !== false;
const fieldsSure = (c: ContractFacts) => ({ title: sure(c.title), content: sure(c.content), handlers: sure(c.handlersBand), contractor: sure(c.contractor), subcontract: sure(c.subcontract) });
const read = (s: Summary, fileNo = 1) =>
  s.contracts
    .map((c, i) => ({ c, f: s.doc.facts.contracts[i]! }))
    .filter(({ c }) => c.fileNo === fileNo)
    .map(({ c, f }) => ({ no: c.no, title: c.title, contractors: c.contractors, handlers: c.handlers, subcontract: c.subcontract, certain: c.certain, sure: fieldsSure(f) }));
/** The stored row's field span, as the text it covers. */
const spanText = (s: Summary, fileNo: number, no: number, field: string) => {
  const i = s.doc.facts.contracts.findIndex((c) => c.fileNo === fileNo && c.no === no);
  const span = s.doc.rows.contracts[i]!.row.spans[field];
  return span ? s.doc.source.text.slice(span[0], span[1]) : null;
};
const ALL = { title: true, content: true, handlers: true, contractor: true, subcontract: true };
const VRS = '新型コロナウイルス感染症対策に係る予防接種事務に関するワクチン接種記録システム(VRS)を用いた特定個人情報ファイルの管理等';

describe('contract items by the form\'s item structure', () => {
  const hofu = summarize(SEED('000_6b35c62c03d5d5e8.txt'));
  const kitakyushu = summarize(SEED('004_63d90351889fe90b.txt'));
  const yokohama = summarize(SEED('002_395353e375fa5b93.txt'));

  it('防府市: two items on one page, every row printed twice; the ① under 「委託事項1」 and the change table tie what they can', () => {
    expect(read(hofu)).toEqual([
      // 「委託事項1」 then 「①委託内容 新型コロナ…」; the two bands and the two contractors are bare: placed, not decided
      { no: 1, title: VRS, contractors: ['株式会社ミラボ'], handlers: '10人未満', subcontract: false, certain: false, sure: { ...ALL, handlers: false, contractor: false } },
      // the change table quotes 「委託事項２ … ⑤再委託の許諾方法 原則再委託は認めないが…」: item 2 re-entrusts, item 1 takes the other answer
      { no: 2, title: '健康管理システムの運用保守', contractors: ['株式会社サンネット'], handlers: '10人以上50人未満', subcontract: true, certain: false, sure: { ...ALL, handlers: false, contractor: false } },
    ]);
    expect(hofu.doc.facts.contracts[1]!.subcontractMethod).toMatchObject({ value: expect.stringMatching(/^原則再委託は認めないが/) });
    expect(hofu.doc.facts.contracts[1]!.subcontractMethod?.certain).toBeUndefined();
    expect(hofu.doc.facts.contracts[0]!.contractor?.reason).toEqual({ code: 'rowsShared', params: { item: '委託事項', nos: [1, 2] } });
  });

  it('北九州市: three items share a page with bare values; the fourth, alone on its page, is certain', () => {
    expect(read(kitakyushu)).toEqual([
      { no: 1, title: 'システム基盤(オペレーション業務等)', contractors: ['日立・NTTデータ企業連合'], handlers: '10人未満', subcontract: true, certain: false, sure: { ...ALL, handlers: false, contractor: false, subcontract: false } },
      { no: 2, title: '予防接種台帳システム運用保守業務', contractors: ['日本コンピューター株式会社'], handlers: '10人以上50人未満', subcontract: false, certain: false, sure: { title: false, content: false, handlers: false, contractor: false, subcontract: false } },
      { no: 3, title: '宛名管理システム運用保守業務', contractors: ['株式会社RKKCS'], handlers: '10人以上50人未満', subcontract: false, certain: false, sure: { title: false, content: false, handlers: false, contractor: false, subcontract: false } },
      // title and content are two texts of the same wording, told apart by length only
      { no: 4, title: '団体内宛名統合システム運用保守業務', contractors: ['富士通Japan株式会社'], handlers: '10人未満', subcontract: true, certain: false, sure: { ...ALL, title: false, content: false } },
    ]);
  });

  it('横浜市 file 1: each item\'s rows counted page by page; item 2\'s rows continue on the page after its heading', () => {
    expect(read(yokohama, 1)).toEqual([
      { no: 1, title: '予防接種台帳システムの運用・保守', contractors: ['日本コンピューター株式会社'], handlers: '10人以上50人未満', subcontract: true, certain: true, sure: ALL },
      { no: 2, title: '予診票の印刷、封入及び搬送業務委託', contractors: ['日本通信紙株式会社', 'トッパン・フォームズ株式会社'], handlers: '10人以上50人未満', subcontract: true, certain: true, sure: ALL },
      // items 3 and 4 both have ④–⑨ on one page: whose ⑥委託先名 is whose, the text does not decide
      { no: 3, title: '予防接種予診票におけるパンチ委託', contractors: ['株式会社横浜電算', '株式会社システム情報センター'], handlers: '10人以上50人未満', subcontract: false, certain: false, sure: { ...ALL, contractor: false } },
      { no: 4, title: VRS, contractors: ['株式会社ミラボ'], handlers: '10人以上50人未満', subcontract: false, certain: false, sure: { ...ALL, contractor: false } },
    ]);
    // the empty slot 5 is no item; the file states (4) 件
    expect(yokohama.report.gaps.filter((g) => g.item === '委託事項')).toEqual([]);
    const second = yokohama.doc.facts.contracts.find((c) => c.fileNo === 1 && c.no === 2)!;
    expect(second.subcontractItems?.value).toBe('対象者データファイルを用いた宛名情報の印刷を除く、軽微な書類の印刷');
    expect(yokohama.doc.facts.contracts.find((c) => c.fileNo === 1 && c.no === 1)!.subcontractItems?.value).toBe('サーバー、及びPC端末本体のハードウェア面の保守委託業務');
  });

  it('横浜市 file 2: three items; the undecided contractor is item 3\'s, since (3) 件 leaves slots 4 and 5 empty', () => {
    expect(read(yokohama, 2)).toEqual([
      { no: 1, title: '運用保守業務委託', contractors: ['日本ソフトウェアマネジメント株式会社'], handlers: '10人以上50人未満', subcontract: true, certain: true, sure: ALL },
      { no: 2, title: 'オペレーション業務委託', contractors: ['株式会社SH-Net'], handlers: '10人以上50人未満', subcontract: true, certain: true, sure: ALL },
      // 「データ保管業務委託」 is printed apart from 「委託事項3」: the one title left on its page
      { no: 3, title: 'データ保管業務委託', contractors: [], handlers: '10人以上50人未満', subcontract: true, certain: false, sure: { ...ALL, title: false } },
    ]);
    const third = yokohama.doc.facts.contracts.find((c) => c.fileNo === 2 && c.no === 3)!;
    expect([third.contractor?.value, third.subcontractItems?.value]).toEqual(['未定', 'データ保管支援業務']);
    expect(yokohama.doc.facts.contracts.find((c) => c.fileNo === 2 && c.no === 2)!.subcontractItems?.value).toBe('オペレーション支援業務');
  });

  it('stores each value\'s span as its own words, inside its own item', () => {
    expect(spanText(yokohama, 1, 2, 'contractor_raw')).toBe('日本通信紙株式会社、トッパン・フォームズ株式会社');
    expect(spanText(yokohama, 1, 2, 'handlers_band')).toBe('10人以上50人未満');
    expect(spanText(yokohama, 1, 2, 'subcontract')).toBe('再委託する');
    expect(spanText(yokohama, 1, 3, 'contractor_raw')).toBe('株式会社横浜電算、株式会社システム情報センター');
    expect(spanText(yokohama, 1, 3, 'title')).toBe('予防接種予診票におけるパンチ委託');
    expect(spanText(yokohama, 1, 4, 'contractor_raw')).toBe('株式会社ミラボ');
    expect(spanText(yokohama, 2, 3, 'contractor_raw')).toBe('未定');
    expect(spanText(kitakyushu, 1, 4, 'contractor_raw')).toBe('富士通Japan株式会社北九州支店');
    expect(spanText(hofu, 1, 2, 'contractor_raw')).toBe('株式会社サンネット');
    // every span of every item covers exactly the words of its value, never a label or a neighbour
    for (const s of [hofu, kitakyushu, yokohama])
      s.doc.facts.contracts.forEach((c, i) => {
        const spans = s.doc.rows.contracts[i]!.row.spans;
        const words = { title: c.title, content: c.content, handlers_band: c.handlersBand, contractor_raw: c.contractor, subcontract_method: c.subcontractMethod, subcontract_items: c.subcontractItems };
        for (const [field, f] of Object.entries(words))
          if (f) expect([field, compact(s.doc.source.text.slice(spans[field]![0], spans[field]![1]))]).toEqual([field, compact(f.value)]);
        if (c.subcontract) expect(compact(s.doc.source.text.slice(spans.subcontract![0], spans.subcontract![1]))).toBe(c.subcontract.value ? '再委託する' : '再委託しない');
      });
  });
});

const yokohamaText = () => readFileSync(SEED('002_395353e375fa5b93.txt'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('variants of 横浜市\'s contracts', () => {
  it('reads other contractors, each tied to its item', () => {
    const text = yokohamaText()
      .replace('⑥委託先名 日本コンピューター株式会社', '⑥委託先名 株式会社台帳システムズ')
      .replace('⑥委託先名 日本通信紙株式会社、トッパン・フォームズ株式会社', '⑥委託先名 株式会社港南印刷、ベイサイド封入株式会社')
      .replace('⑥委託先名 株式会社横浜電算、株式会社システム情報センター', '⑥委託先名 株式会社データ入力横浜')
      .replace('⑥委託先名 株式会社ミラボ', '⑥委託先名 株式会社ワクチンクラウド')
      .replace('⑥委託先名 株式会社SH-Net', '⑥委託先名 株式会社オペレーション神奈川');
    const s = summarize(bytes(text));
    expect(read(s, 1).map(({ no, contractors, sure }) => [no, contractors, sure.contractor])).toEqual([
      [1, ['株式会社台帳システムズ'], true],
      [2, ['株式会社港南印刷', 'ベイサイド封入株式会社'], true],
      [3, ['株式会社データ入力横浜'], false],
      [4, ['株式会社ワクチンクラウド'], false],
    ]);
    expect(read(s, 2).map(({ no, contractors }) => [no, contractors])).toEqual([
      [1, ['日本ソフトウェアマネジメント株式会社']],
      [2, ['株式会社オペレーション神奈川']],
      [3, []],
    ]);
  });

  it('reads item 1 whose rows ⑦–⑨ run over a page break, with other contractors', () => {
    // on paper, page 1 now ends after item 1's ⑥委託先名: its 再委託 rows, 「委託事項2～5」 and
    // 「委託事項2 …」 open the next page
    const original = yokohamaText().replace('⑥委託先名 日本コンピューター株式会社', '⑥委託先名 株式会社台帳システムズ').replace('⑥委託先名 日本通信紙株式会社、トッパン・フォームズ株式会社', '⑥委託先名 株式会社港南印刷');
    const rows789 = original.slice(original.indexOf(' ⑨再委託事項 サーバー'), original.indexOf(' ⑤委託先名の確認方法'));
    const answer = '再\n委\n託\n\n ⑦再委託の有無　※\n\n＜選択肢＞\n\n[ 再委託する\n\n';
    const nextPage = '1） 委託する\n\n\n\n';
    expect([rows789.length > 0, original.includes(answer), original.includes(nextPage)]).toEqual([true, true, true]);
    const text = original.replace(rows789, '').replace(answer, '').replace(nextPage, nextPage + answer + rows789);
    const s = summarize(bytes(text));
    const [first, second] = read(s, 1);
    expect(first).toMatchObject({ no: 1, title: '予防接種台帳システムの運用・保守', contractors: ['株式会社台帳システムズ'], handlers: '10人以上50人未満', subcontract: true });
    expect(first!.sure).toEqual(ALL);
    expect(second).toMatchObject({ no: 2, title: '予診票の印刷、封入及び搬送業務委託', contractors: ['株式会社港南印刷'], subcontract: true, certain: true });
    // both items now print a ⑨再委託事項 on that page, with different texts: neither is decided
    const items = s.doc.facts.contracts.filter((c) => c.fileNo === 1 && c.no <= 2).map((c) => c.subcontractItems);
    expect(items.every((f) => f?.certain === false)).toBe(true);
    expect(read(s, 1).map((c) => c.contractors)).toEqual([['株式会社台帳システムズ'], ['株式会社港南印刷'], ['株式会社横浜電算', '株式会社システム情報センター'], ['株式会社ミラボ']]);
  });

  it('keeps every value, uncertain, when the stated count leaves an item out', () => {
    // file 2 prints its count as a bare 「3」 under 委託の有無; say (2) instead
    const s = summarize(bytes(yokohamaText().replace('\n3\n\n 委託事項1 運用保守業務委託', '\n2\n\n 委託事項1 運用保守業務委託')));
    const file2 = s.doc.facts.contracts.filter((c) => c.fileNo === 2);
    expect(file2.slice(0, 2).map((c) => [c.no, c.contractor?.value, c.contractor?.certain])).toEqual([
      [1, '日本ソフトウェアマネジメント株式会社', undefined],
      [2, '株式会社SH-Net', undefined],
    ]);
    // the 未定 and the third item's texts are still read, none of them certain
    const beyond = file2.slice(2).flatMap((c) => [c.title, c.content, c.contractor, c.subcontractItems]).filter((f) => f !== null);
    expect(beyond.map((f) => f!.value)).toEqual(expect.arrayContaining(['データ保管業務委託', '未定', 'データ保管支援業務']));
    expect(beyond.every((f) => f!.reason?.code === 'beyondStatedCount')).toBe(true);
  });
});
