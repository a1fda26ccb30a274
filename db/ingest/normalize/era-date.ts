import { fold } from './text';

/** First year of each era in the Gregorian calendar: 令和 N = 2018 + N, 令和元年 = 2019. */
const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };

const ERA_DATE =
  /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;

export interface ParsedDate {
  /**
   * YYYY-MM-DD, or YYYY-MM when the text gives only the month; null for a date written as one
   * that does not exist (令和3年13月40日): the text says a date stands there, not which
   */
  iso: string | null;
  raw: string;
  /** where the date starts in the folded string */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Finds the first Japanese date in `text`: era dates with full- or half-width digits
 * (令和３年５月１日, 令和元年7月1日), month-only dates (令和3年3月), or Western 2023年6月27日.
 * A date that cannot exist is still found, with `iso` null, so that a row it heads is kept.
 */
export function findDate(text: string): ParsedDate | null {
  const s = fold(text);
  const m = ERA_DATE.exec(s);
  if (!m) return null;
  let year: number;
  let month: number;
  let day: number | undefined;
  if (m[1]) {
    year = ERA_BASE[m[1]]! + (m[2] === '元' ? 1 : Number(m[2]));
    month = Number(m[3]);
    day = m[4] ? Number(m[4]) : undefined;
  } else {
    year = Number(m[5]);
    month = Number(m[6]);
    day = m[7] ? Number(m[7]) : undefined;
  }
  if (month < 1 || month > 12 || (day !== undefined && !validDay(year, month, day))) return { iso: null, raw: m[0], index: m.index };
  const iso = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { iso, raw: m[0], index: m.index };
}

/** All dates in `text`, in order. */
export function findDates(text: string): ParsedDate[] {
  const out: ParsedDate[] = [];
  let rest = fold(text);
  let offset = 0;
  for (;;) {
    const d = findDate(rest);
    if (!d) return out;
    out.push({ ...d, index: d.index + offset });
    offset += d.index + d.raw.length;
    rest = rest.slice(d.index + d.raw.length);
  }
}

/** The ISO form of a text that is exactly one real date (surrounding spaces allowed), else null. */
export function parseDate(text: string): string | null {
  const s = fold(text);
  const d = findDate(s);
  return d && d.raw.length === s.length ? d.iso : null;
}

export type StrictDate = { kind: 'date'; iso: string } | { kind: 'impossible' } | { kind: 'unreadable' };

/**
 * A text that should be exactly one date: the date, or whether it is written as a date that
 * does not exist (令和3年13月40日) or is no date at all.
 */
export function parseDateStrict(text: string): StrictDate {
  const s = fold(text);
  const d = findDate(s);
  if (!d || d.raw.length !== s.length) return { kind: 'unreadable' };
  return d.iso ? { kind: 'date', iso: d.iso } : { kind: 'impossible' };
}
