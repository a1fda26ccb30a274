import { describe, expect, it } from 'vitest';
import { coverText, type Cover } from '../../variants/covers';
import { relay, type RelayLayout } from '../../variants/relay';
import { summarize } from '../../helpers/ingest-summary';
import { fold } from '../../../db/ingest/normalize/text';

/**
 * Opening pages of other bodies' assessments — a prefecture, a special ward, towns and a
 * village, a ministry, a body with no local-government code, a draft — each laid out as
 * another extraction tool does. Every expected value is written from the cover by hand.
 */
const bytes = (text: string) => new TextEncoder().encode(text);

interface Case {
  name: string;
  layout: RelayLayout | 'asWritten';
  cover: Cover;
  /** a change to the laid-out text: what the tool printed differently */
  edit?: (text: string) => string;
  expected: Record<string, unknown>;
  /** cover facts the text does not decide */
  uncertain?: string[];
  declarationBody: string;
}

const cases: Case[] = [
  {
    name: 'a prefecture (栃木県知事), basic form, one cell per line',
    layout: 'oneCellPerLine',
    cover: { version: '[平成26年4月　様式2]', kind: '基礎項目評価書', number: '12', title: '住民基本台帳に関する事務　基礎項目評価書', body: '栃木県', agency: '栃木県知事', published: '平成27年3月18日' },
    expected: { number: '12', title: '住民基本台帳に関する事務 基礎項目評価書', kind: '基礎項目評価書', agency: '栃木県知事', publishedOn: '2015-03-18', formVersion: '平成26年4月 様式2', draft: false },
    declarationBody: '栃木県',
  },
  {
    name: 'a special ward (品川区長), a page on each line',
    layout: 'pagePerLine',
    cover: { version: '[令和6年4月　様式3]', kind: '重点項目評価書', number: '3', title: '国民健康保険に関する事務 重点項目評価書', body: '品川区', agency: '品川区長', published: '令和6年6月3日' },
    expected: { number: '3', title: '国民健康保険に関する事務 重点項目評価書', kind: '重点項目評価書', agency: '品川区長', publishedOn: '2024-06-03', formVersion: '令和6年4月 様式3', draft: false },
    declarationBody: '品川区',
  },
  {
    name: 'a village (栄村長), every character spaced',
    layout: 'spacedCharacters',
    cover: { kind: '基礎項目評価書', number: '5', title: '予防接種に関する事務　基礎項目評価書', body: '栄村', agency: '栄村長', published: '令和4年11月30日' },
    expected: { number: '5', title: '予防接種に関する事務 基礎項目評価書', kind: '基礎項目評価書', agency: '栄村長', publishedOn: '2022-11-30', formVersion: null, draft: false },
    declarationBody: '栄村',
  },
  {
    name: 'a town with its prefecture (愛知県 扶桑町長), a page on each line',
    layout: 'pagePerLine',
    cover: { version: '[平成26年4月　様式2]', kind: '基礎項目評価書', number: '9', title: '児童手当に関する事務　基礎項目評価書', body: '扶桑町', agency: '愛知県 扶桑町長', published: '平成28年2月1日' },
    expected: { number: '9', title: '児童手当に関する事務 基礎項目評価書', kind: '基礎項目評価書', agency: '愛知県 扶桑町長', publishedOn: '2016-02-01', formVersion: '平成26年4月 様式2', draft: false },
    declarationBody: '扶桑町',
  },
  {
    name: 'a draft for public comment (案) with an empty 公表日, cover out of order',
    layout: 'reorderedCover',
    cover: { version: '[令和6年4月　様式4]', kind: '全項目評価書', draftMark: '（案）', number: '1', title: '住民基本台帳に関する事務　全項目評価書', body: '長野市', agency: '長野市長', published: '', approval: '' },
    expected: { number: '1', title: '住民基本台帳に関する事務 全項目評価書', kind: '全項目評価書', agency: '長野市長', publishedOn: null, approvedOn: null, formVersion: '令和6年4月 様式4', draft: true },
    declarationBody: '長野市',
  },
  {
    name: "the mayor's name after the agency (日野市長 大坪 冬彦), bold doubled",
    layout: 'boldDoubling',
    cover: { kind: '重点項目評価書', number: '21', title: '介護保険に関する事務　重点項目評価書', body: '日野市', agency: '日野市長 大坪 冬彦', published: '令和2年1月10日' },
    expected: { number: '21', title: '介護保険に関する事務 重点項目評価書', kind: '重点項目評価書', agency: '日野市長 大坪 冬彦', publishedOn: '2020-01-10', draft: false },
    declarationBody: '日野市',
  },
  {
    name: 'a body without 長 (郡山市), ASCII brackets, a spaced date, page furniture',
    layout: 'pageFurniture',
    cover: { version: '[平成28年1月 様式4]', kind: '全項目評価書', number: '2', title: '地方税に関する事務　全項目評価書', body: '郡山市', agency: '郡山市', published: '平成 30 年 6 月 1 日' },
    expected: { number: '2', title: '地方税に関する事務 全項目評価書', kind: '全項目評価書', agency: '郡山市', publishedOn: '2018-06-01', formVersion: '平成28年1月 様式4', draft: false },
    declarationBody: '郡山市',
  },
  {
    name: 'a ministry (法務大臣) with a Commission approval date: the two dates are not told apart',
    layout: 'pageNumbersOnly',
    cover: { version: '[平成30年5月　様式4]', kind: '全項目評価書', number: '4', title: '戸籍に関する事務　全項目評価書', body: '法務省', agency: '法務大臣', published: '令和3年3月1日', approval: '令和3年2月20日' },
    expected: { number: '4', title: '戸籍に関する事務 全項目評価書', kind: '全項目評価書', agency: '法務大臣', formVersion: '平成30年5月 様式4', draft: false },
    uncertain: ['publishedOn'],
    declarationBody: '法務省',
  },
  {
    name: 'a body with no local-government code (地方公共団体情報システム機構), a page on each line',
    layout: 'pagePerLine',
    cover: { version: '[平成30年5月　様式4]', kind: '全項目評価書', number: '6', title: '住民基本台帳ネットワークシステムの運用に関する事務 全項目評価書', body: '地方公共団体情報システム機構', agency: '地方公共団体情報システム機構', published: '令和元年7月1日' },
    expected: { number: '6', title: '住民基本台帳ネットワークシステムの運用に関する事務 全項目評価書', kind: '全項目評価書', agency: '地方公共団体情報システム機構', publishedOn: '2019-07-01', formVersion: '平成30年5月 様式4', draft: false },
    declarationBody: '地方公共団体情報システム機構',
  },
  {
    name: 'the form version alone says the form (様式2), the label glued to its value',
    layout: 'asWritten',
    cover: { version: '[平成26年4月　様式2]', kind: '基礎項目評価書', number: '8', title: '国民年金に関する事務', body: '和光市', agency: '和光市長', published: '平成27年3月18日' },
    edit: (t) => t.replace('特定個人情報保護評価書（基礎項目評価書）\n\n', '').replace('評価実施機関名\n\n和光市長', '評価実施機関名和光市長').replace('公表日\n\n', '公表日 '),
    expected: { number: '8', kind: '基礎項目評価書', agency: '和光市長', publishedOn: '2015-03-18', formVersion: '平成26年4月 様式2', draft: false },
    declarationBody: '和光市',
  },
];

describe.each(cases)('$name', ({ layout, cover, edit, expected, uncertain = [], declarationBody }) => {
  const written = coverText(cover);
  const laid = layout === 'asWritten' ? written : relay(written, layout);
  const text = edit ? edit(laid) : laid;
  const s = summarize(bytes(text));

  it('reads the cover facts', () => {
    expect(s.header).toMatchObject(expected);
    expect(s.doc.facts.header.declarationBody?.value).toBe(declarationBody);
    const h = s.doc.facts.header as unknown as Record<string, { certain?: boolean } | null>;
    const doubted = Object.keys(h).filter((k) => h[k]?.certain === false);
    expect(doubted).toEqual(uncertain);
  });

  it('is accepted as partial: the cover read, the later parts reported absent', () => {
    expect(s.report.partsPresent).toContain('表紙');
    // the parts the document's own form has: the 基礎項目評価書's Ⅰ is 関連情報, its Ⅱ–Ⅲ the しきい値判断
    const first = s.header.kind === '基礎項目評価書' ? ['関連情報', 'しきい値判断項目', 'しきい値判断結果'] : ['基本情報'];
    expect(s.report.partsAbsent).toEqual(expect.arrayContaining([...first, 'リスク対策', '別添:変更箇所']));
  });

  it('points each cover fact into the text as stored', () => {
    const h = s.doc.facts.header;
    const at = (f: { span: { from: number; to: number } } | null) => (f ? fold(text.slice(f.span.from, f.span.to)).replace(/ /g, '') : null);
    expect(at(h.agency)).toContain(String(expected.agency).replace(/ /g, ''));
    expect(at(h.number)).toBe(expected.number);
  });
});

describe('a draft (素案) in the tab-separated export', () => {
  it('is flagged a draft, its empty 公表日 written empty', () => {
    const text = ['特定個人情報保護評価書(全項目評価書)(素案)', '', '評価書番号\t評価書名', '3\t介護保険に関する事務', '', '評価実施機関名', '', '豊島区長', '', '公表日', '', '', '項目一覧', '', 'I 基本情報'].join('\n');
    const s = summarize(bytes(text.replace(/\n\n/g, '\n\t\n')));
    expect(s.header).toMatchObject({ kind: '全項目評価書', draft: true, agency: '豊島区長', publishedOn: null });
  });
});
