import { describe, expect, it } from 'vitest';
import { parseBand } from '../../../db/ingest/normalize/band';

describe('bands', () => {
  it.each([
    ['10万人以上100万人未満', 100_000, 999_999],
    ['１０万人以上３０万人未満', 100_000, 299_999],
    ['1,000人未満', 0, 999],
    ['1,000人以上1万人未満', 1_000, 9_999],
    ['100万人以上1,000万人未満', 1_000_000, 9_999_999],
    ['100万人以上1000万人未満', 1_000_000, 9_999_999],
    ['10人以上50人未満', 10, 49],
    ['10人未満', 0, 9],
    ['500人以上1,000人未満', 500, 999],
    ['10項目以上50項目未満', 10, 49],
    ['[ 10万人以上30万人未満', 100_000, 299_999],
  ])('%s → %d..%d', (text, min, max) => {
    expect(parseBand(text)).toMatchObject({ min, max });
  });

  it('leaves the top band open and keeps the text', () => {
    expect(parseBand('1,000万人以上')).toEqual({ text: '1,000万人以上', min: 10_000_000, max: null });
    expect(parseBand('30万人以上')).toEqual({ text: '30万人以上', min: 300_000, max: null });
  });

  it('is not fooled by text that is no band', () => {
    expect(parseBand('予防接種台帳システム')).toBeNull();
    expect(parseBand('10人')).toBeNull();
  });
});
