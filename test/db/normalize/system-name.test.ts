import { describe, expect, it } from 'vitest';
import { canonicalSystemName } from '../../../db/ingest/normalize/system-name';

describe('canonical system names', () => {
  it.each([
    ['ワクチン接種記録システム（VRS）', 'ワクチン接種記録システム(VRS)'],
    ['ワクチン接種記録システム(VRS)', 'ワクチン接種記録システム(VRS)'],
    ['ワクチン接種記録システム', 'ワクチン接種記録システム(VRS)'],
    ['中間サーバー', '中間サーバー'],
    ['中間サーバ', '中間サーバー'],
    ['団体内統合宛名システム', '団体内統合宛名システム'],
    ['宛名システム', '団体内統合宛名システム'],
    ['団体内宛名統合システム', '団体内統合宛名システム'],
    ['住民基本台帳ネットワークシステム', '住民基本台帳ネットワークシステム'],
    ['健康管理システム', '健康管理システム'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalSystemName(name)).toBe(canonical);
  });

  it('keeps other systems as their own folded name', () => {
    expect(canonicalSystemName('統合番号連携システム')).toBe('統合番号連携システム');
    expect(canonicalSystemName('宛名管理システム')).toBe('宛名管理システム');
    expect(canonicalSystemName('健康管理システム（標準化対応版）')).toBe('健康管理システム(標準化対応版)');
  });
});
