import { compact, fold } from './text';

/**
 * One system is written many ways across cities. Each rule maps the spellings of one
 * well-known shared system to a canonical name; any other name is its own canonical form.
 * Rules name systems, never cities.
 */
const RULES: { canonical: string; test: RegExp }[] = [
  { canonical: 'ワクチン接種記録システム(VRS)', test: /ワクチン接種記録システム|VRS/ },
  { canonical: '中間サーバー', test: /^中間サーバ(ー)?(・?(ソフトウェア|プラットフォーム))?$/ },
  { canonical: '団体内統合宛名システム', test: /^(団体内)?(統合)?宛名(統合)?システム(等)?$|^団体内宛名統合システム$|^共通宛名システム$/ },
  { canonical: '住民基本台帳ネットワークシステム', test: /住民基本台帳ネットワーク|住基ネット/ },
  { canonical: '既存住民基本台帳システム', test: /^(既存)?住民(基本台帳|記録)システム$|^住基システム$/ },
  { canonical: '庁内連携システム', test: /^(庁内|市内|団体内)連携(システム|基盤)$/ },
  { canonical: '健康管理システム', test: /^(健康管理|健康情報|保健(衛生)?|健康)システム$/ },
  { canonical: '予防接種台帳システム', test: /^予防接種(台帳|管理)?システム$/ },
];

export function canonicalSystemName(name: string): string {
  const key = compact(name);
  return RULES.find((r) => r.test.test(key))?.canonical ?? fold(name);
}
