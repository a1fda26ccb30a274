import { describe, expect, it } from 'vitest';
import { sectionRef } from '../../../db/ingest/normalize/section-ref';

describe('the section a change-table item points at', () => {
  it.each([
    ['I-1 ②事務の内容', 'Ⅰ-1'],
    ['I-2 システム7 ②システムの機能', 'Ⅰ-2'],
    ['Ⅱ－４委託事項４ （記載なし）', 'Ⅱ-4'],
    ['Ⅰ－２システム１③他システム', 'Ⅰ-2'],
    ['Ⅴ－１①実施日', 'Ⅴ-1'],
    ['IV-1 ①自己点検 具体的なチェック方法', 'Ⅳ-1'],
    ['II 特定個人情報ファイルの概要 4. 特定個人情報ファイルの取扱いの委託 委託事項2', 'Ⅱ-4'],
    ['I 基本情報 2. 特定個人情報ファイルを取り扱う事務において使用するシステムシステム4 ①システムの名称', 'Ⅰ-2'],
    ['Ⅲ リスク対策2. 特定個人情報の入手', 'Ⅲ-2'],
    ['I基本情報2 特定個人情報ファイルを取り扱う事務において使用するシステム システム5①システムの名称', 'Ⅰ-2'],
    ['I 基本情報 システム4ワクチン接種記録システム(VRS)', 'Ⅰ-2'],
    ['(別添1) 事務の内容', '別添1'],
    ['II 特定個人情報ファイルの概要(別添1) 特定個人情報ファイル記録項目', '別添1'],
  ])('%s → %s', (item, ref) => {
    expect(sectionRef(item)).toBe(ref);
  });

  it('returns null for an item that names no part', () => {
    expect(sectionRef('「（別紙）全項目評価書の変更箇所」のとおり')).toBeNull();
  });
});
