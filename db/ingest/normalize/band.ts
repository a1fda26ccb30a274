import { compact } from './text';

export interface Band {
  text: string;
  min: number | null;
  max: number | null;
}

const UNIT: Record<string, number> = { '': 1, 万: 10_000, 億: 100_000_000 };

/** 「1,000万」 → 10000000 */
function amount(num: string, unit: string): number {
  return Number(num.replace(/,/g, '')) * UNIT[unit]!;
}

const BOUND = String.raw`(\d[\d,]*)(万|億)?(人|項目|件)`;
const RANGE = new RegExp(`^${BOUND}以上${BOUND}未満$`);
const BELOW = new RegExp(`^${BOUND}未満$`);
const ABOVE = new RegExp(`^${BOUND}以上$`);

/**
 * A band of the form (「10万人以上100万人未満」, 「1,000人未満」, 「100項目以上」) as an integer range:
 * 「10万人以上100万人未満」 → 100000..999999. Returns null when the text is not a band.
 */
export function parseBand(text: string): Band | null {
  const s = compact(text).replace(/^[\[\]]+|[\[\]]+$/g, '');
  let m = RANGE.exec(s);
  if (m) return { text: s, min: amount(m[1]!, m[2] ?? ''), max: amount(m[4]!, m[5] ?? '') - 1 };
  m = BELOW.exec(s);
  if (m) return { text: s, min: 0, max: amount(m[1]!, m[2] ?? '') - 1 };
  m = ABOVE.exec(s);
  if (m) return { text: s, min: amount(m[1]!, m[2] ?? ''), max: null };
  return null;
}

export const isBand = (text: string) => parseBand(text) !== null;
