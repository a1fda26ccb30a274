import { describe, expect, it } from 'vitest';
import { findDate, findDates, parseDate } from '../../../db/ingest/normalize/era-date';

describe('era dates', () => {
  it.each([
    ['令和5年6月27日', '2023-06-27'],
    ['令和３年５月１日', '2021-05-01'],
    ['令和元年7月1日', '2019-07-01'],
    ['令和1年11月26日', '2019-11-26'],
    ['平成31年1月28日', '2019-01-28'],
    ['平成28年4月1日', '2016-04-01'],
    ['平成２７年１０月５日', '2015-10-05'],
    ['昭和64年1月7日', '1989-01-07'],
    ['2023年6月27日', '2023-06-27'],
    ['  令和 6 年 9 月 30 日 ', '2024-09-30'],
    ['令和　６年　９月３０日', '2024-09-30'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('keeps a month-only date to the month', () => {
    expect(parseDate('令和3年3月')).toBe('2021-03');
    expect(parseDate('令和３年３月')).toBe('2021-03');
  });

  it('rejects what is not a real date', () => {
    expect(parseDate('令和3年2月30日')).toBeNull();
    expect(parseDate('令和3年13月1日')).toBeNull();
    expect(parseDate('予防接種台帳システム')).toBeNull();
    expect(parseDate('令和5年6月27日に公表')).toBeNull();
  });

  it('finds dates inside text, in order', () => {
    expect(findDate('①実施日 令和3年9月15日')).toMatchObject({ iso: '2021-09-15', raw: '令和3年9月15日' });
    expect(findDates('令和５年４月10日から令和５年５月９日まで').map((d) => d.iso)).toEqual(['2023-04-10', '2023-05-09']);
  });
});
