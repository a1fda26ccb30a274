import { describe, expect, it } from 'vitest';
import { getCsv, getJson, useSeedApp } from '../helpers/api';
import { csvRecords } from '../e2e/helpers/csv';

/**
 * The three states of a field, through the API and its CSV, on the seeds: read from the text;
 * written as empty by the document (its mark kept: 「略」, 「-」, 「項目ごと削除」, 「記載なし」, an empty
 * cell); not read (the part absent, or the text does not decide). Never an unread value as empty.
 */
const seeds = useSeedApp();
const q = encodeURIComponent;

const changesOf = async (city: string) => (await getJson(seeds.app, `/api/changes?municipality=${q(city)}&limit=1000`)).rows as any[];

describe('field states (seeds)', () => {
  it('written as empty by the document: no value, the mark kept', async () => {
    const hofu = await changesOf('防府市');
    // 2022-07-07, 保管場所: 変更前 「略」, 変更後 「略 以下追記 …」
    expect(hofu[0]).toMatchObject({ seq: 1, before: null, field_states: { before: { state: 'blank', mark: '略' } } });
    expect(hofu[0].after).toMatch(/^略\n以下追記/);
    expect(hofu[0].field_states.after).toBeUndefined();
    // 2023-10-11, システム5 ①システムの名称: 「記載なし」 → 健康管理システム（標準化対応版）
    expect(hofu.find((c) => c.seq === 10)).toMatchObject({ before: null, after: '健康管理システム(標準化対応版)', field_states: { before: { state: 'blank', mark: '記載なし' } } });
    const sapporo = await changesOf('札幌市');
    expect(sapporo.find((c) => c.seq === 19)).toMatchObject({ item: 'II-5 提供先 2', after: null, field_states: { after: { state: 'blank', mark: '項目ごと削除' } } });
    const koganei = await changesOf('小金井市');
    expect(koganei.find((c) => c.seq === 4)).toMatchObject({ before: null, field_states: { before: { state: 'blank', mark: '-' } } });
    // 提供先4: the export prints an empty cell
    expect(koganei.find((c) => c.seq === 19)).toMatchObject({ before: null, field_states: { before: { state: 'blank', mark: '' } } });
  });

  it('read but not decided by the text: the value kept, marked uncertain with the reason', async () => {
    const hofu = await changesOf('防府市');
    const row = hofu.find((c) => c.seq === 4);
    expect(row.before).not.toBeNull();
    expect(row.field_states.before).toEqual({ state: 'uncertain', reason: { code: 'apartFromRow' } });
    expect(row.certain).toBe(false);
  });

  it('not read: the part absent from the document, or the field not found, never written as empty', async () => {
    const docs = (await getJson(seeds.app, '/api/assessments')).rows as any[];
    const sapporo = docs.find((d) => d.municipality === '札幌市');
    // a change table alone: the cover is not in the document
    expect(sapporo).toMatchObject({ number: null, published_on: null });
    expect(sapporo.field_states.number).toEqual({ state: 'absent', part: '表紙' });
    expect(sapporo.field_states.published_on).toEqual({ state: 'absent', part: '表紙' });
    const hofu = docs.find((d) => d.municipality === '防府市');
    // the cover is there but prints no 評価実施機関名
    expect(hofu.agency).toBeNull();
    expect(hofu.field_states.agency).toEqual({ state: 'unread', reason: { code: 'notFound' } });
  });

  it('the CSV carries the same states beside the values', async () => {
    const records = csvRecords(await getCsv(seeds.app, `/api/changes?municipality=${q('札幌市')}&format=csv`));
    const row = records.find((r) => r.seq === '19')!;
    expect(row.after).toBe('');
    expect(JSON.parse(row.field_states!)).toEqual({ after: { state: 'blank', mark: '項目ごと削除' } });
    const read = records.find((r) => r.seq === '1')!;
    expect(read.after).not.toBe('');
    expect(JSON.parse(read.field_states!).after).toBeUndefined();
  });
});
