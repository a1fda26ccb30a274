import { describe, expect, it } from 'vitest';
import { looksLikeContractor, normalizeContractorName, parseContractors } from '../../../db/ingest/normalize/contractor';

describe('contractor names', () => {
  it('splits several companies separated by 、', () => {
    const p = parseContractors('日本通信紙株式会社、トッパン・フォームズ株式会社');
    expect(p.undecided).toBe(false);
    expect(p.names.map((n) => n.name)).toEqual(['日本通信紙株式会社', 'トッパン・フォームズ株式会社']);
    expect(p.names.map((n) => n.kind)).toEqual(['company', 'company']);
  });

  it('keeps a consortium whole: 「・」 joins its members inside one name', () => {
    const p = parseContractors('日立・NTTデータ企業連合');
    expect(p.names).toEqual([{ name: '日立・NTTデータ企業連合', kind: 'consortium', raw: '日立・NTTデータ企業連合', branch: null }]);
  });

  it('reads a branch as its company, keeping the branch and the raw spelling', () => {
    expect(normalizeContractorName('富士通Japan株式会社北九州支店')).toEqual({
      name: '富士通Japan株式会社',
      kind: 'company',
      raw: '富士通Japan株式会社北九州支店',
      branch: '北九州支店',
    });
  });

  it('treats 未定 as no contractor yet', () => {
    expect(parseContractors('未定')).toEqual({ undecided: true, names: [] });
    expect(parseContractors(' 未 定 ')).toEqual({ undecided: true, names: [] });
  });

  it('folds full-width and abbreviated spellings onto one entity', () => {
    expect(normalizeContractorName('株式会社ＲＫＫＣＳ').name).toBe('株式会社RKKCS');
    expect(normalizeContractorName('㈱ミラボ').name).toBe('株式会社ミラボ');
    expect(normalizeContractorName('(株)ミラボ').name).toBe('株式会社ミラボ');
    expect(normalizeContractorName('株式会社　ミラボ').name).toBe('株式会社ミラボ');
  });

  it('does not split inside brackets', () => {
    expect(parseContractors('株式会社A(東京、大阪)').names.map((n) => n.name)).toEqual(['株式会社A(東京、大阪)']);
  });

  it('tells a contractor line from prose', () => {
    expect(looksLikeContractor('株式会社ミラボ')).toBe(true);
    expect(looksLikeContractor('日立・NTTデータ企業連合')).toBe(true);
    expect(looksLikeContractor('未定')).toBe(true);
    expect(looksLikeContractor('健康管理システムの運用保守')).toBe(false);
    expect(looksLikeContractor('委託先の株式会社は、契約により守秘義務を負う。')).toBe(false);
  });
});
