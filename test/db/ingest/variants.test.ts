import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContractorName } from '../../../db/ingest/normalize/contractor';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * Five documents are easy to overfit: variants of the seeds — another body, other
 * contractors, a changed answer, shuffled spacing — must come out with the changed values.
 */
const seed = (name: string) => readFileSync(SEED(name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const fullWidthDigits = (s: string) => s.replace(/(令和|平成)(\d+)年(\d+)月(\d+)日/g, (m) => m.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));

describe('a variant of 小金井市 (tab-separated)', () => {
  const text = fullWidthDigits(
    seed('001_0f1031b6666322d1.txt')
      .replaceAll('東京都小金井市長', '東京都武蔵野市長')
      .replaceAll('小金井市', '武蔵野市')
      .replace('株式会社ミラボ', 'ABCシステムズ株式会社、株式会社デジタル北')
      .replace('アデコ株式会社', '(株)テスト入力センター')
      .replace('[十分である] <選択肢> 1) 特に力を入れている', '[課題が残されている] <選択肢> 1) 特に力を入れている'),
  ).replace(/\t/g, '\t\u3000');
  const s = summarize(bytes(text));

  it('belongs to the other body', () => {
    expect(s.body.body).toMatchObject({ code: '132039', name: '武蔵野市' });
    expect(s.header.agency).toBe('東京都武蔵野市長');
    expect(s.header.publishedOn).toBe('2023-06-27');
  });

  it('reads the other contractors, two in one cell and an abbreviated legal form', () => {
    expect(s.contracts.map((c) => c.contractors)).toEqual([['株式会社ジーシー'], ['ABCシステムズ株式会社', '株式会社デジタル北'], ['株式会社テスト入力センター']]);
  });

  it('reads the changed answer and scores it', () => {
    expect(s.ratings[1]).toMatchObject({ stage: '使用', question: 'リスクへの対策は十分か', answer: '課題が残されている' });
    expect(s.ratings.filter((r) => r.answer === '課題が残されている')).toHaveLength(1);
  });

  it('still reads every change row with its date', () => {
    expect(s.changes).toHaveLength(36);
    expect(s.changes[0]).toMatchObject({ changedOn: '2021-06-29', timing: '事後' });
  });
});

describe('a variant of 防府市 (PDF text)', () => {
  const text = fullWidthDigits(
    seed('000_6b35c62c03d5d5e8.txt')
      .replaceAll('防府市', '周南市')
      .replace(/^31$/m, '77')
      .replace('③委託先名 株式会社サンネット', '③委託先名 株式会社周南テック')
      .replace('＜選択肢＞[ 行っている', '＜選択肢＞[ 行っていない'),
  ).replace(/^ ([①-⑳])/gm, '\u3000$1');
  const s = summarize(bytes(text));

  it('belongs to the other body, with the other number', () => {
    expect(s.body.body).toMatchObject({ code: '352152', name: '周南市', prefecture: '山口県' });
    expect(s.header.number).toBe('77');
    expect(s.header.title).toBe('新型コロナウイルス感染症対策に係る予防接種に関する事務 重点項目評価書');
  });

  it('reads the other contractor and the changed answer', () => {
    expect(s.contracts.flatMap((c) => c.contractors)).toEqual(['株式会社ミラボ', '株式会社周南テック']);
    expect(s.ratings.find((r) => r.question === 'ユーザ認証の管理')).toMatchObject({ answer: '行っていない', certain: true });
  });

  it('reads the change table with full-width dates', () => {
    expect(s.changes).toHaveLength(51);
    expect(s.changes.filter((c) => c.changedOn === '2022-07-07')).toHaveLength(12);
  });
});

describe('a variant of 北九州市 (PDF text) with another branch office', () => {
  const text = seed('004_63d90351889fe90b.txt').replace('富士通Japan株式会社北九州支店', 'NECソリューションイノベータ株式会社九州支社');
  const s = summarize(bytes(text));

  it('reads the branch as its company', () => {
    expect(s.contracts[3]).toMatchObject({ no: 4, contractors: ['NECソリューションイノベータ株式会社'], contractorRaw: 'NECソリューションイノベータ株式会社九州支社' });
    expect(normalizeContractorName('NECソリューションイノベータ株式会社九州支社').branch).toBe('九州支社');
  });
});
