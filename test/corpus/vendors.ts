import { prefectureStem, type Body } from './bodies';
import type { Prng } from './prng';

/** National vendors that serve hundreds of bodies, spelled as the documents spell them. */
const NATIONAL = [
  '富士通Japan株式会社',
  '株式会社日立システムズ',
  '日本電気株式会社',
  '株式会社ＴＫＣ',
  '株式会社ＲＫＫＣＳ',
  '株式会社ミラボ',
  '株式会社ジーシーシー',
  '株式会社両備システムズ',
  '株式会社アイネス',
  '日本コンピューター株式会社',
] as const;

/** Vendors with branch offices written as 「…株式会社○○支店」. */
const WITH_BRANCHES = ['富士通Japan株式会社', '日本電気株式会社', '株式会社日立システムズ'] as const;

/** Short names the consortia use: 「日立・NTTデータ企業連合」. */
const CONSORTIUM_MEMBERS = ['日立', 'NTTデータ', '富士通Japan', 'NEC', 'TKC', '両備'] as const;

/** Invented regional vendors, each serving one prefecture only (the same names for all its bodies). */
export function regionalVendors(prefecture: string): string[] {
  const stem = prefectureStem(prefecture);
  return [`株式会社${stem}電算センター`, `${stem}情報システム株式会社`, `株式会社${stem}計算センター`];
}

export const UNDECIDED = '未定';

/**
 * A contractor for one slot of a body's document. `alone`: the slot names one contractor, so
 * it may also be 「未定」 (a list 「A、未定」 is not something the form allows).
 */
export function pickContractor(prng: Prng, body: Body, alone: boolean): string {
  const kind = prng.weighted([
    ['national', 50],
    ['regional', 22],
    ['branch', 12],
    ['consortium', 9],
    ['undecided', alone ? 7 : 0],
  ] as const);
  const stem = prefectureStem(body.prefecture);
  switch (kind) {
    case 'national':
      return prng.pick(NATIONAL);
    case 'regional':
      return prng.pick(regionalVendors(body.prefecture));
    case 'branch':
      return `${prng.pick(WITH_BRANCHES)}${stem}支店`;
    case 'consortium': {
      const [a, b] = prng.shuffle(CONSORTIUM_MEMBERS);
      return `${a}・${b}企業連合`;
    }
    case 'undecided':
      return UNDECIDED;
  }
}

/** Every vendor name that is not tied to one prefecture, for checking that no template city leaks through them. */
export const NATIONAL_NAMES: readonly string[] = [...NATIONAL, ...CONSORTIUM_MEMBERS];
