import { describe, it } from 'vitest';
import { expectChangeRows, type ExpectedRow } from '../../helpers/change-rows';
import { SEED, summarize } from '../../helpers/ingest-summary';

/**
 * 002: 横浜市 — seven rows (lines 4911–4955), each printing 「「（別紙）全項目評価書の変更箇所」のとおり」
 * as item, 変更前 and 変更後 (the last two on the timing's line, the same words twice: split
 * there) and nothing under 提出時期に係る説明: every row comes out whole, so that cell is
 * empty. The row at line 4929 has no date before it; it takes 令和1年11月26日, the date left
 * without a row at the end (line 4955) — certain, since the rows say the same thing.
 */
const s = summarize(SEED('002_395353e375fa5b93.txt'));

const T = '「(別紙)全項目評価書の変更箇所」のとおり';
const row = (date: string): ExpectedRow => [date, T, '事後', T, T, { blank: '' }, []];

describe('横浜市 change table (PDF text, row by row)', () => {
  it('reads every row as printed, in the order printed', () => {
    expectChangeRows(s.changes, ['2024-04-30', '2021-06-15', '2022-06-28', '2019-11-26', '2023-08-04', '2019-01-28', '2019-05-24'].map(row));
  });
});
