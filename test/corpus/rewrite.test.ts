import { describe, expect, it } from 'vitest';
import { addMonths, formatEraDate, parseEraDate } from './era-date';
import { TemplateLines } from './line-edits';
import { Prng } from './prng';
import { replaceAll } from './rewrite-names';

describe('the corpus generator\'s own pieces', () => {
  it('prints era dates across the 平成/令和 boundary, in either width, with 元年 or 1年', () => {
    expect(formatEraDate({ y: 2019, m: 4, d: 30 }, { digits: 'half', gannen: true })).toBe('平成31年4月30日');
    expect(formatEraDate({ y: 2019, m: 5, d: 1 }, { digits: 'half', gannen: true })).toBe('令和元年5月1日');
    expect(formatEraDate({ y: 2019, m: 5, d: 24 }, { digits: 'half', gannen: false })).toBe('令和1年5月24日');
    expect(formatEraDate({ y: 2022, m: 7, d: 7 }, { digits: 'full', gannen: true })).toBe('令和４年７月７日');
    expect(parseEraDate('⑤保有開始日 令和３年５月１日')).toMatchObject({ date: { y: 2021, m: 5, d: 1 }, style: { digits: 'full' }, raw: '令和３年５月１日', index: 7 });
    expect(parseEraDate('令和元年11月26日')?.date).toEqual({ y: 2019, m: 11, d: 26 });
  });

  it('shifts by whole months, a day past the month\'s end becoming its last', () => {
    expect(addMonths({ y: 2024, m: 9, d: 30 }, -24)).toEqual({ y: 2022, m: 9, d: 30 });
    expect(addMonths({ y: 2023, m: 1, d: 31 }, 1)).toEqual({ y: 2023, m: 2, d: 28 });
    expect(addMonths({ y: 2021, m: 1, d: 15 }, -1)).toEqual({ y: 2020, m: 12, d: 15 });
  });

  it('replaces the longest name first: 北九州市 is not 北 + 九州市, 横浜市長 is not 横浜市 + 長', () => {
    const map = new Map([
      ['九州市', 'A市'],
      ['北九州市', '北見市'],
      ['横浜市', '扶桑町'],
      ['横浜市長', '扶桑町長'],
    ]);
    expect(replaceAll('北九州市長と九州市、横浜市長、横浜市中区', map)).toBe('北見市長とA市、扶桑町長、扶桑町中区');
  });

  it('refuses to edit a line that does not print what the annotation says', () => {
    const lines = new TemplateLines('seed.txt', 'a\n[ 十分である\n十分である 十分である');
    lines.replace({ line: 2, from: '[ 十分である' }, '[ 課題が残されている');
    expect(lines.text()).toBe('a\n[ 課題が残されている\n十分である 十分である');
    expect(() => lines.replace({ line: 3, from: '十分である' }, 'x')).toThrow('seed.txt:3: expected 「十分である」 once');
    expect(() => lines.replace({ line: 1, from: 'b' }, 'x')).toThrow('seed.txt:1');
  });

  it('draws the same sequence from the same seed and key', () => {
    const a = Prng.derive(80001, 'synthetic-012084-yobo-sesshu-000.txt');
    const b = Prng.derive(80001, 'synthetic-012084-yobo-sesshu-000.txt');
    const xs = Array.from({ length: 5 }, () => a.int(0, 1000));
    expect(Array.from({ length: 5 }, () => b.int(0, 1000))).toEqual(xs);
    expect(new Prng(1).next()).toBeCloseTo(0.6270739405881613, 12); // mulberry32's first draw for seed 1
  });
});
