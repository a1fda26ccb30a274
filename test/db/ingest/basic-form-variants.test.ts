import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../helpers/ingest-summary';
import { BASIC_FORM } from '../../helpers/basic-form';

/**
 * Six synthetic documents are easy to overfit: variants of them — another body, other answers,
 * boxes in another order, a page break elsewhere, a part missing — must come out changed.
 */
const fixture = (name: string) => readFileSync(BASIC_FORM(name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const replaceOnce = (text: string, from: string, to: string) => {
  expect(text.split(from).length - 1, from).toBe(1);
  return text.replace(from, to);
};
const answers = (s: ReturnType<typeof summarize>) => s.doc.rows.ratings.map((r) => [r.stage, r.answer]);

describe('a variant of 栃木県 県営住宅 (PDF text): another body, other answers', () => {
  let text = fixture('tochigi-housing.pdf.txt').replaceAll('栃木県', '群馬県');
  text = replaceOnce(text, '[ 500人未満 ]', '[ 500人以上 ]');
  text = replaceOnce(text, '[ 基礎項目評価の実施が義務付けられる', '[ 基礎項目評価及び重点項目評価の実施が義務付けられる');
  text = replaceOnce(text, 'いつ時点の計数か 令和6年10月1日 時点', 'いつ時点の計数か 令和6年4月1日 時点');
  text = replaceOnce(text, '[ ３） 権限のない者（元職員、アクセス権限のない職員等）によって不正に使用される\nリスクへの対策 ]', '[ ８） 特定個人情報の漏えい・滅失・毀損リスクへの対策 ]');
  text = replaceOnce(text, ' 目的外の入手が行われるリスクへの対策は十分か\n\n[ 十分である', ' 目的外の入手が行われるリスクへの対策は十分か\n\n[ 課題が残されている');
  const s = summarize(bytes(text));
  const t = s.doc.rows.thresholds[0]!;

  it('belongs to the other prefecture', () => {
    expect(s.body.body).toMatchObject({ code: '100005', name: '群馬県' });
    expect(s.header.agency).toBe('群馬県知事');
  });

  it('reads the changed threshold items; equal count dates are certain', () => {
    expect(t).toMatchObject({
      handlers: '500人以上',
      handlers500OrMore: true,
      result: '基礎項目評価及び重点項目評価の実施が義務付けられる',
      peopleCountedOn: '2024-04-01',
      handlersCountedOn: '2024-04-01',
      priorityMeasure: '特定個人情報の漏えい・滅失・毀損リスクへの対策',
    });
    expect(t.states.people_counted_on).toBeUndefined();
    expect(t.states.handlers_counted_on).toBeUndefined();
  });

  it('reads the changed answer of 入手 only', () => {
    expect(answers(s).slice(0, 3)).toEqual([
      ['入手', '課題が残されている'],
      ['使用', '十分である'],
      ['使用', '特に力を入れている'],
    ]);
    expect(s.doc.rows.ratings.filter((r) => r.answer === '課題が残されている').map((r) => r.stage)).toEqual(['入手', '保管・消去']);
  });
});

describe('a variant of 栃木県 県営住宅 (PDF text): boxes in another order, pages joined', () => {
  const pages = fixture('tochigi-housing.pdf.txt').split('\n\n\n\n');
  // Ⅱ's boxes printed in reverse order, and Ⅳ's first page run into Ⅲ's
  const reversed = pages[2]!.split('\n\n').reverse().join('\n\n');
  const text = [...pages.slice(0, 2), `${reversed}\n\n${pages[3]}`, ...pages.slice(4)].join('\n\n\n\n');
  const s = summarize(bytes(text));

  it('still ties each threshold answer by its own choices', () => {
    expect(s.doc.rows.thresholds[0]).toMatchObject({
      peopleBandText: '1万人以上10万人未満',
      handlers: '500人未満',
      incident: '発生なし',
      result: '基礎項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書',
    });
  });

  it('takes the reversed count dates in the order printed, and says so', () => {
    const t = s.doc.rows.thresholds[0]!;
    expect([t.peopleCountedOn, t.handlersCountedOn]).toEqual(['2024-10-01', '2024-04-01']);
    expect(t.states.people_counted_on?.state).toBe('uncertain');
    expect(t.states.handlers_counted_on?.state).toBe('uncertain');
  });

  it('still reads Ⅳ’s first items, now on the page of Ⅱ and Ⅲ', () => {
    expect(answers(s)[0]).toEqual(['入手', '十分である']);
    expect(s.doc.rows.ratings).toHaveLength(11);
  });
});

describe('a variant of 栄村 住民基本台帳 (tab-separated): another answer, an item declined, full-width dates', () => {
  let text = fixture('sakae-residents.tsv.txt');
  text = replaceOnce(text, '[発生あり] <選択肢> 1) 発生あり 2) 発生なし', '[発生なし] <選択肢> 1) 発生あり 2) 発生なし');
  text = replaceOnce(text, '[] 人手を介在させる作業はない', '[○] 人手を介在させる作業はない');
  text = text.replace(/令和(\d+)年(\d+)月(\d+)日/g, (m) => m.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));
  const s = summarize(bytes(text.replace(/\t/g, '\t\u3000')));

  it('reads 発生なし and the full-width count dates', () => {
    expect(s.doc.rows.thresholds[0]).toMatchObject({ incident: '発生なし', incidentOccurred: false, peopleCountedOn: '2024-11-01', handlersCountedOn: '2024-11-01' });
    expect(s.header.publishedOn).toBe('2025-01-15');
  });

  it('asks no 人為的ミス question once 人手を介在させる作業はない is ticked', () => {
    expect(s.doc.rows.ratings.map((r) => r.stage)).not.toContain('人手を介在させる作業');
    expect(s.doc.rows.ratings).toHaveLength(10);
  });
});

describe('a variant of 品川区 児童手当 (tab-separated) without Ⅱ and Ⅲ', () => {
  const text = fixture('shinagawa-child-allowance.tsv.txt').replace(/\nII しきい値判断項目\n[\s\S]*?\nIV リスク対策\n/, '\nIV リスク対策\n');
  const s = summarize(bytes(text));

  it('says the parts are absent rather than unread', () => {
    expect(s.report.partsAbsent).toEqual(['しきい値判断項目', 'しきい値判断結果', '別添:変更箇所']);
    const t = s.doc.rows.thresholds[0]!;
    expect([t.peopleBandText, t.handlers, t.incident, t.result]).toEqual([null, null, null, null]);
    expect(t.states.people_band).toEqual({ state: 'absent', part: 'しきい値判断項目' });
    expect(t.states.result).toEqual({ state: 'absent', part: 'しきい値判断結果' });
    expect(t.formsSubmitted).toBe('基礎項目評価書及び重点項目評価書');
    // without Ⅱ-1 the document states no band of people
    expect(s.header.targetBandText).toBeNull();
  });
});

describe('a variant of 品川区 障害児通所給付費 (PDF text): the change table’s boxes in other places', () => {
  const original = summarize(BASIC_FORM('shinagawa-disability.pdf.txt'));
  const row = (c: (typeof original.changes)[number]) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation];

  it('a free-worded box after a whole row is that row’s 提出時期に係る説明, in words the form does not use', () => {
    const text = replaceOnce(fixture('shinagawa-disability.pdf.txt'), '障害者支援課長 事後\n\n組織改正', '障害者支援課長 事後\n\n課長職の名称の変更');
    const s = summarize(bytes(text));
    expect(s.changes.map(row)).toEqual([
      row(original.changes[0]!),
      ['2021-04-01', 'I関連情報5.評価実施機関における担当部署②所属長', '障害福祉課長', '障害者支援課長', '事後', '課長職の名称の変更'],
    ]);
    expect(s.changes[1]!.states).toEqual({});
  });

  /** the second row's 変更前 and 変更後 printed before its date, its timing alone after its item; the first row prints no explanation */
  const textsBefore = (texts: string) => {
    let text = fixture('shinagawa-disability.pdf.txt');
    text = replaceOnce(text, '福祉部障害者支援課 事後\n\n組織改正\n\n令和3年4月1日', `福祉部障害者支援課 事後\n\n${texts}\n\n令和3年4月1日`);
    text = replaceOnce(text, '②所属長\n\n障害福祉課長 障害者支援課長 事後', '②所属長\n\n事後');
    return summarize(bytes(text));
  };
  const first = ['2016-04-01', 'I関連情報5.評価実施機関における担当部署①部署', '福祉部障害福祉課', '福祉部障害者支援課', '事後', null];

  it('boxes before a row that prints no texts of its own are that row’s texts, not a row of their own', () => {
    const s = textsBefore('障害福祉課長\n\n障害者支援課長');
    expect(s.changes.map(row)).toEqual([first, ['2021-04-01', 'I関連情報5.評価実施機関における担当部署②所属長', '障害福祉課長', '障害者支援課長', '事後', '組織改正']]);
    // printed apart from its item: placed, in doubt
    expect(s.changes[1]!.states.before).toMatchObject({ state: 'uncertain', reason: { code: 'apartFromRow' } });
    expect(s.changes[1]!.states.after).toMatchObject({ state: 'uncertain', reason: { code: 'apartFromRow' } });
  });

  it('one box before such a row is its texts, not the explanation of the row above', () => {
    // a box of its own on one line may be one cell: the text does not part it
    const s = textsBefore('障害福祉課長 障害者支援課長');
    expect(s.changes.map(row)).toEqual([first, ['2021-04-01', 'I関連情報5.評価実施機関における担当部署②所属長', '障害福祉課長 障害者支援課長', null, '事後', '組織改正']]);
    expect(s.changes[1]!.states.before).toMatchObject({ state: 'uncertain', reason: { code: 'beforeAfterOneCell' } });
  });
});
