import {
  assessments,
  audits,
  changes,
  contractContractors,
  contractors,
  contracts,
  extractionReports,
  flags,
  municipalities,
  personalInfoFiles,
  procedures,
  provisions,
  ratings,
  sourceTexts,
  systems,
} from '../../db/schema';
import type { Db } from '../../db/client';
import type { ExtractionReport } from '../../db/form/report';
import { refreshDerived } from '../../db/queries/refresh-derived';
import { uncertainExtractionFlag } from '../../db/queries/outliers/kinds/uncertain-extractions';
import { digestOf, type SearchEntry } from '../../db/ingest/search-entries';
import { storeSearchEntries } from '../../db/ingest/store-search';
import { createTempDb, type TempDb } from './temp-db';

/**
 * A deliberately awkward database (after Datasette's fixtures): a city name outside the BMP
 * (𠮷), cells that a spreadsheet would run as formulas, markup that a page must not run,
 * commas, quotes and line breaks for CSV, CRLF in a source text, uncertain rows. Four cities
 * so the share outliers have peers: 小金井市 subcontracts 1 of 2 and files every change 事後,
 * the other three never do.
 */
export const AWKWARD = {
  formula: '=HYPERLINK("x")',
  markup: '<img src=x onerror=alert(1)>',
  csvTitle: 'タイトル, "引用"\n改行',
  rareCity: '𠮷野町',
  plusCell: '+追加',
  atCell: '@メンション',
} as const;

/** Provenance of `needle` inside `text` (its first occurrence). */
function spanOf(text: string, needle: string) {
  const from = text.indexOf(needle);
  if (from < 0) throw new Error(`fixture: ${needle} not in text`);
  const to = from + needle.length;
  const line = (at: number) => text.slice(0, at).split('\n').length;
  return { srcFrom: from, srcTo: to, lineFrom: line(from), lineTo: line(Math.max(from, to - 1)) };
}

const KOGANEI_TEXT = [
  '特定個人情報保護評価書(重点項目評価書)',
  '評価書番号 24',
  'システム1 ワクチン接種記録システム(VRS)',
  '③委託先名 ' + AWKWARD.formula,
  '①委託内容 ' + AWKWARD.markup,
  '③委託先名 株式会社ジーシー、𠮷野商事株式会社',
  '③委託先名 未定',
  'リスクへの対策は十分か [ 課題が残されている ]',
  'リスクへの対策は十分か [ 十分である ]',
  '重大事故の発生 [ 発生あり ]',
  '変更日 令和6年4月1日 事後',
  '変更日 令和5年1月10日 事後',
  '自己点検 [ ○ ]',
].join('\r\n');

const YOSHINO_TEXT = [
  '𠮷野町は、予防接種の事務について宣言する。',
  '公表日 平成２９年 ３月１日',
  'システム1 中間サーバー',
  'システム2 団体内統合宛名システム',
  '③委託先名 ジーシー(株)',
  '③委託先名 𠮷野商事株式会社',
  'リスクへの対策は十分か [ 特に力を入れている ]',
  '変更日 令和2年5月1日 事前',
].join('\n');

const TEST_CITY_TEXT = ['テスト市の評価書', '③委託先名 テスト株式会社', '③委託先名 テスト株式会社', '十分に行っていない', '変更日 事前', '変更日 事前'].join('\n');
const PEER_CITY_TEXT = ['ピア市の評価書', '③委託先名 ピア株式会社', '③委託先名 ピア株式会社', '変更日 事前', '変更日 事前'].join('\n');

export async function createFixtureDb(): Promise<TempDb> {
  const temp = await createTempDb();
  await fill(temp.db);
  return temp;
}

/** [from, to) of `needle` in `text`, as field_spans store it. */
function at(text: string, needle: string): [number, number] {
  const { srcFrom, srcTo } = spanOf(text, needle);
  return [srcFrom, srcTo];
}

async function fill(db: Db) {
  const [koganei, yoshino, testCity, peerCity] = await db
    .insert(municipalities)
    .values([
      { code: '132101', name: '小金井市', prefecture: '東京都', prefectureCode: '13', kana: 'こがねいし' },
      { code: '999911', name: AWKWARD.rareCity, prefecture: '架空県', prefectureCode: '99', kana: 'よしのちょう' },
      { code: '999921', name: 'テスト市', prefecture: '架空県', prefectureCode: '99', kana: null },
      { code: '999931', name: 'ピア市', prefecture: '架空県', prefectureCode: '99', kana: 'ぴあし' },
    ])
    .returning();

  const doc = (municipalityId: number, sourceFile: string, extra: Partial<typeof assessments.$inferInsert>) => ({
    municipalityId,
    sourceFile,
    sourceSha256: sourceFile.padEnd(64, '0'),
    sourceEncoding: 'utf-8',
    layout: 'pdf-text' as const,
    partsPresent: ['表紙', '基本情報'],
    partsAbsent: [],
    ...extra,
  });
  const [a1, a0, a2, a3, a4] = await db
    .insert(assessments)
    .values([
      doc(koganei!.id, 'koganei-2023.txt', {
        bodyName: '小金井市',
        number: '24',
        title: '予防接種の実施に関する事務',
        kind: '重点項目評価書',
        agency: '東京都小金井市長',
        publishedOn: '2023-06-27',
        targetBandText: '1万人以上10万人未満',
        targetMin: 10000,
        targetMax: 99999,
      }),
      doc(koganei!.id, 'koganei-2014.txt', { number: '24', title: '予防接種の実施に関する事務', kind: '基礎項目評価書', publishedOn: '2014-03-01', targetBandText: '1万人未満', targetMin: 0, targetMax: 9999 }),
      doc(yoshino!.id, 'yoshino.txt', {
        bodyName: AWKWARD.rareCity,
        number: '7',
        title: `予防接種 ${AWKWARD.formula}`,
        kind: '全項目評価書',
        publishedOn: '2017-03-01',
        spans: { published_on: at(YOSHINO_TEXT, '平成２９年 ３月１日') },
        approvedOn: '2017-02-01',
        formVersion: '平成30年5月 様式4',
        layout: 'tsv-html',
      }),
      doc(testCity!.id, 'test-city.txt', { number: '1', title: 'テスト事務', kind: '重点項目評価書', publishedOn: '2024-01-01' }),
      doc(peerCity!.id, 'peer-city.txt', { number: '1', title: 'ピア事務', kind: '重点項目評価書', publishedOn: '2024-02-01' }),
    ])
    .returning();

  await db.insert(sourceTexts).values([
    { assessmentId: a1!.id, text: KOGANEI_TEXT },
    { assessmentId: a0!.id, text: '旧版' },
    { assessmentId: a2!.id, text: YOSHINO_TEXT },
    { assessmentId: a3!.id, text: TEST_CITY_TEXT },
    { assessmentId: a4!.id, text: PEER_CITY_TEXT },
  ]);

  const [file] = await db
    .insert(personalInfoFiles)
    .values({ assessmentId: a1!.id, no: 1, name: '予防接種ファイル', peopleBandText: '1万人以上10万人未満', ...spanOf(KOGANEI_TEXT, '評価書番号 24') })
    .returning();

  const k = (text: string, needle: string) => spanOf(text, needle);
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = await db
    .insert(contracts)
    .values([
      { assessmentId: a1!.id, fileId: file!.id, no: 1, title: AWKWARD.csvTitle, content: AWKWARD.markup, contractorRaw: AWKWARD.formula, subcontract: true, subcontractItems: AWKWARD.atCell, handlersBandText: '10人以上50人未満', handlersMin: 10, handlersMax: 49, ...k(KOGANEI_TEXT, AWKWARD.formula) },
      { assessmentId: a1!.id, fileId: file!.id, no: 2, title: '保守', contractorRaw: '株式会社ジーシー、𠮷野商事株式会社', subcontract: false, certain: false, states: { contractor_raw: { state: 'uncertain', reason: { code: 'itemsSharePage', params: { count: 2, item: '委託事項' } } } }, ...k(KOGANEI_TEXT, '株式会社ジーシー、𠮷野商事株式会社') },
      { assessmentId: a1!.id, fileId: file!.id, no: 3, title: '入力', contractorRaw: '未定', contractorUndecided: true, subcontract: null, ...k(KOGANEI_TEXT, '③委託先名 未定') },
      { assessmentId: a2!.id, no: 1, title: '運用', contractorRaw: 'ジーシー(株)', subcontract: false, ...k(YOSHINO_TEXT, 'ジーシー(株)') },
      { assessmentId: a2!.id, no: 2, title: '印刷', contractorRaw: '𠮷野商事株式会社', subcontract: false, ...k(YOSHINO_TEXT, '③委託先名 𠮷野商事株式会社') },
      { assessmentId: a3!.id, no: 1, title: '運用', contractorRaw: 'テスト株式会社', subcontract: false, ...k(TEST_CITY_TEXT, '③委託先名 テスト株式会社') },
      { assessmentId: a3!.id, no: 2, title: '保守', contractorRaw: 'テスト株式会社', subcontract: false, ...k(TEST_CITY_TEXT, 'テスト株式会社') },
      { assessmentId: a4!.id, no: 1, title: '運用', contractorRaw: 'ピア株式会社', subcontract: false, ...k(PEER_CITY_TEXT, 'ピア株式会社') },
      { assessmentId: a4!.id, no: 2, title: '保守', contractorRaw: 'ピア株式会社', subcontract: false, ...k(PEER_CITY_TEXT, 'ピア株式会社') },
    ])
    .returning();

  const [gc, formulaCo, yoshinoCo, testCo, peerCo] = await db
    .insert(contractors)
    .values([
      { name: '株式会社ジーシー', kind: 'company' },
      { name: AWKWARD.formula, kind: 'company' },
      { name: '𠮷野商事株式会社', kind: 'company' },
      { name: 'テスト株式会社', kind: 'company' },
      { name: 'ピア株式会社', kind: 'company' },
    ])
    .returning();
  await db.insert(contractContractors).values([
    { contractId: c1!.id, contractorId: formulaCo!.id, position: 0, raw: AWKWARD.formula },
    { contractId: c2!.id, contractorId: gc!.id, position: 0, raw: '株式会社ジーシー' },
    { contractId: c2!.id, contractorId: yoshinoCo!.id, position: 1, raw: '𠮷野商事株式会社' },
    { contractId: c4!.id, contractorId: gc!.id, position: 0, raw: 'ジーシー(株)' },
    { contractId: c5!.id, contractorId: yoshinoCo!.id, position: 0, raw: '𠮷野商事株式会社' },
    { contractId: c6!.id, contractorId: testCo!.id, position: 0, raw: 'テスト株式会社' },
    { contractId: c7!.id, contractorId: testCo!.id, position: 0, raw: 'テスト株式会社' },
    { contractId: c8!.id, contractorId: peerCo!.id, position: 0, raw: 'ピア株式会社' },
    { contractId: c9!.id, contractorId: peerCo!.id, position: 0, raw: 'ピア株式会社' },
  ]);
  void c3;

  const risk = { section: 'Ⅲ', question: 'リスクへの対策は十分か', options: ['特に力を入れている', '十分である', '課題が残されている'] };
  await db.insert(ratings).values([
    { assessmentId: a1!.id, fileId: file!.id, ...risk, stage: '使用', risk: 'リスク2: 権限のない者によって不正に使用されるリスク', answer: '課題が残されている', score: 1, ...k(KOGANEI_TEXT, '[ 課題が残されている ]') },
    { assessmentId: a1!.id, fileId: file!.id, ...risk, stage: '入手', risk: 'リスク1: 目的外の入手', answer: '十分である', score: 2, ...k(KOGANEI_TEXT, '[ 十分である ]') },
    { assessmentId: a1!.id, section: 'Ⅲ-7', question: '重大事故の発生', answer: '発生あり', score: 0, options: ['発生あり', '発生なし'], ...k(KOGANEI_TEXT, '[ 発生あり ]') },
    { assessmentId: a2!.id, ...risk, stage: '使用', risk: 'リスク2', answer: '特に力を入れている', score: 3, certain: false, states: { answer: { state: 'uncertain', reason: { code: 'answersByOrder', params: { answers: ['特に力を入れている', '十分である'], questions: 2 } } } }, ...k(YOSHINO_TEXT, '特に力を入れている') },
    { assessmentId: a3!.id, section: 'Ⅲ', stage: '委託', question: '再委託先による特定個人情報ファイルの適切な取扱いの確保', answer: '十分に行っていない', score: 1, ...k(TEST_CITY_TEXT, '十分に行っていない') },
  ]);

  const conn = { connInfoNetwork: false, connIntraLinkage: false, connJukiNet: false, connExistingJuki: false, connAtena: false, connTax: false };
  await db.insert(systems).values([
    { assessmentId: a1!.id, no: 1, nameRaw: 'ワクチン接種記録システム（ＶＲＳ）', name: 'ワクチン接種記録システム(VRS)', canonical: 'ワクチン接種記録システム(VRS)', ...conn, connOther: true, connOtherText: '健康情報システム', ...k(KOGANEI_TEXT, 'システム1 ワクチン接種記録システム(VRS)') },
    { assessmentId: a2!.id, no: 1, nameRaw: '中間サーバー', name: '中間サーバー', canonical: '中間サーバー', ...conn, connInfoNetwork: true, connOther: false, ...k(YOSHINO_TEXT, 'システム1 中間サーバー') },
    { assessmentId: a2!.id, no: 2, nameRaw: '団体内統合宛名システム', name: '団体内統合宛名システム', canonical: '宛名システム', ...k(YOSHINO_TEXT, 'システム2 団体内統合宛名システム') },
  ]);

  await db.insert(changes).values([
    { assessmentId: a1!.id, seq: 1, changedOn: '2024-04-01', changedOnRaw: '令和6年4月1日', item: 'Ⅱ-4 委託', section: 'Ⅱ-4', before: '-', after: AWKWARD.plusCell, timing: '事後', timingExplanation: AWKWARD.atCell, ...k(KOGANEI_TEXT, '変更日 令和6年4月1日 事後') },
    { assessmentId: a1!.id, seq: 2, changedOn: '2023-01-10', changedOnRaw: '令和5年1月10日', item: 'Ⅰ-1 事務', section: 'Ⅰ-1', before: '旧', after: '新', timing: '事後', timingExplanation: null, ...k(KOGANEI_TEXT, '変更日 令和5年1月10日 事後') },
    { assessmentId: a2!.id, seq: 1, changedOn: '2020-05-01', changedOnRaw: '令和2年5月1日', item: 'Ⅱ', section: 'Ⅱ', before: 'a', after: 'b', timing: '事前', ...k(YOSHINO_TEXT, '変更日 令和2年5月1日 事前') },
    { assessmentId: a3!.id, seq: 1, changedOn: null, changedOnRaw: null, item: 'Ⅲ', section: 'Ⅲ', timing: '事前', ...k(TEST_CITY_TEXT, '変更日 事前') },
    { assessmentId: a3!.id, seq: 2, changedOn: null, changedOnRaw: null, item: 'Ⅲ', section: 'Ⅲ', timing: '事前', ...k(TEST_CITY_TEXT, '変更日 事前') },
    { assessmentId: a4!.id, seq: 1, changedOn: '2024-05-01', item: 'Ⅱ-10', section: 'Ⅱ-10', timing: '事前', ...k(PEER_CITY_TEXT, '変更日 事前') },
    { assessmentId: a4!.id, seq: 2, changedOn: '2024-06-01', item: 'Ⅰ', section: 'Ⅰ', timing: '事前', ...k(PEER_CITY_TEXT, '変更日 事前') },
  ]);

  const [yoshinoFile] = await db
    .insert(personalInfoFiles)
    .values({ assessmentId: a2!.id, no: 1, name: '健康管理ファイル', peopleBandText: '1万人未満', peopleMin: 0, peopleMax: 9999, ...k(YOSHINO_TEXT, '𠮷野町は、予防接種の事務について宣言する。') })
    .returning();
  await db.insert(provisions).values([
    { assessmentId: a1!.id, fileId: file!.id, direction: '提供', no: 1, recipient: '他市区町村', ...k(KOGANEI_TEXT, '評価書番号 24') },
    { assessmentId: a2!.id, fileId: yoshinoFile!.id, direction: '移転', no: 1, recipient: AWKWARD.formula, purpose: AWKWARD.csvTitle, ...k(YOSHINO_TEXT, 'システム2 団体内統合宛名システム') },
  ]);
  await db.insert(audits).values([
    { assessmentId: a1!.id, kind: '自己点検', checked: true, ...k(KOGANEI_TEXT, '自己点検 [ ○ ]') },
    { assessmentId: a2!.id, kind: '自己点検', checked: false, ...k(YOSHINO_TEXT, '公表日 平成２９年 ３月１日') },
    { assessmentId: a2!.id, kind: '外部監査', checked: null, ...k(YOSHINO_TEXT, '公表日 平成２９年 ３月１日') },
  ]);
  await db.insert(procedures).values([
    { assessmentId: a1!.id, kind: 'basic_assessment', startedOn: '2023-05-01', ...k(KOGANEI_TEXT, '評価書番号 24') },
    { assessmentId: a2!.id, kind: 'public_comment', startedOn: '2016-12-01', endedOn: '2016-12-31', detail: AWKWARD.markup, ...k(YOSHINO_TEXT, '公表日 平成２９年 ３月１日') },
  ]);

  const report = (sourceFile: string, doubts: ExtractionReport['doubts']): ExtractionReport => ({
    sourceFile,
    layout: 'pdf-text',
    encoding: 'utf-8',
    counts: { contracts: 3 },
    partsPresent: ['表紙'],
    partsAbsent: [],
    doubts,
    gaps: [],
  });
  const stored = [
    {
      assessmentId: a1!.id,
      report: report('koganei-2023.txt', [
        { resource: 'contracts', item: '委託事項2', field: 'contractor_raw', value: '株式会社ジーシー、𠮷野商事株式会社', state: 'uncertain', reason: { code: 'itemsSharePage', params: { count: 2, item: '委託事項' } }, ...k(KOGANEI_TEXT, '株式会社ジーシー、𠮷野商事株式会社') },
        { resource: 'assessments', item: '表紙', field: 'number', value: '24', state: 'uncertain', reason: { code: 'candidates', params: { count: 2, where: 'cover' } }, ...k(KOGANEI_TEXT, '評価書番号 24') },
      ]),
      text: 'koganei-2023.txt: 3 contracts',
    },
    {
      assessmentId: a2!.id,
      report: report('yoshino.txt', [
        { resource: 'ratings', item: '使用 リスクへの対策は十分か', field: 'answer', value: '特に力を入れている', state: 'uncertain', reason: { code: 'answersByOrder', params: { answers: ['特に力を入れている', '十分である'], questions: 2 } }, ...k(YOSHINO_TEXT, '特に力を入れている') },
      ]),
      text: 'yoshino.txt',
    },
  ];
  await db.insert(extractionReports).values(stored);
  // as the load writes it beside the report (load.ts)
  const bodyOf = new Map([
    [a1!.id, koganei!],
    [a2!.id, yoshino!],
  ]);
  await db.insert(flags).values(
    stored.map(({ assessmentId, report: r }) => {
      const body = bodyOf.get(assessmentId)!;
      return uncertainExtractionFlag({ assessmentId, municipalityId: body.id, code: body.code, name: body.name, sourceFile: r.sourceFile, doubts: r.doubts })!;
    }),
  );

  await refreshDerived(db);

  for (const { id, text } of [
    { id: a1!.id, text: KOGANEI_TEXT },
    { id: a2!.id, text: YOSHINO_TEXT },
    { id: a3!.id, text: TEST_CITY_TEXT },
    { id: a4!.id, text: PEER_CITY_TEXT },
  ])
    await storeSearchEntries(db.$client, id, passages(text));
  const formula = { body: AWKWARD.formula, digest: digestOf(AWKWARD.formula), kind: 'contracts', refId: c1!.id, srcFrom: c1!.srcFrom, srcTo: c1!.srcTo };
  await storeSearchEntries(db.$client, a1!.id, [formula]);
}

/** One search entry per line, verbatim, as ingestion's 'source' entries. */
function passages(text: string): SearchEntry[] {
  const out: SearchEntry[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const body = line.replace(/\r$/, '');
    if (body) out.push({ body, digest: digestOf(body), kind: 'source', refId: null, srcFrom: at, srcTo: at + body.length });
    at += line.length + 1;
  }
  return out;
}
