/**
 * Era dates as the documents print them (令和4年7月7日, 令和４年７月７日, 令和元年5月1日), kept
 * apart from the reader's own date parser so that the corpus's expected dates do not come
 * from the code under test.
 */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface DateStyle {
  digits: 'half' | 'full';
  /** year 1 of an era as 元 (令和元年) rather than 1 */
  gannen: boolean;
}

export const ERA_DATE = /(令和|平成)([0-9０-９]{1,2}|元)年([0-9０-９]{1,2})月([0-9０-９]{1,2})日/;

const REIWA_START = { y: 2019, m: 5, d: 1 };
const toHalf = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const toFull = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function parseEraDate(text: string): { date: YMD; style: DateStyle; raw: string; index: number } | null {
  const m = ERA_DATE.exec(text);
  if (!m) return null;
  const yearInEra = m[2] === '元' ? 1 : Number(toHalf(m[2]!));
  const y = (m[1] === '令和' ? 2018 : 1988) + yearInEra;
  const date = { y, m: Number(toHalf(m[3]!)), d: Number(toHalf(m[4]!)) };
  const digits = /[０-９]/.test(m[0]) ? 'full' : 'half';
  return { date, style: { digits, gannen: m[2] === '元' }, raw: m[0], index: m.index };
}

const before = (a: YMD, b: YMD) => a.y * 10000 + a.m * 100 + a.d < b.y * 10000 + b.m * 100 + b.d;

export function formatEraDate(date: YMD, style: DateStyle): string {
  const reiwa = !before(date, REIWA_START);
  const yearInEra = date.y - (reiwa ? 2018 : 1988);
  const year = yearInEra === 1 && style.gannen ? '元' : String(yearInEra);
  const text = `${reiwa ? '令和' : '平成'}${year}年${date.m}月${date.d}日`;
  return style.digits === 'full' ? toFull(text) : text;
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `months` later (earlier when negative); a day past the month's end becomes its last day. */
export function addMonths(date: YMD, months: number): YMD {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addDays(date: YMD, days: number): YMD {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const isoDate = (date: YMD) => `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
