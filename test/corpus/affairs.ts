import type { Body } from './bodies';
import type { Prng } from './prng';

export interface Affair {
  /** the affair as DOMAIN.md lists them */
  key: string;
  /** for file names */
  slug: string;
  /** the name written in the title, the 宣言 and ①事務の名称; null = the template's own (予防接種) */
  name: string | null;
}

export const VACCINATION: Affair = { key: '予防接種', slug: 'yobo-sesshu', name: null };

const OTHER_AFFAIRS: Affair[] = [
  { key: '住民基本台帳', slug: 'jumin-kihon-daicho', name: '住民基本台帳に関する事務' },
  { key: '地方税', slug: 'chiho-zei', name: '地方税の賦課徴収に関する事務' },
  { key: '国民健康保険', slug: 'kokumin-kenko-hoken', name: '国民健康保険に関する事務' },
  { key: '介護保険', slug: 'kaigo-hoken', name: '介護保険に関する事務' },
];

/**
 * The affairs a body publishes in the corpus: every body its vaccination assessment; the
 * designated cities all four others, the other prefectural capitals three of them.
 */
export function affairsOf(body: Body, prng: Prng): Affair[] {
  if (body.designated) return [VACCINATION, ...OTHER_AFFAIRS];
  if (body.capital) {
    const left = prng.int(0, OTHER_AFFAIRS.length - 1);
    return [VACCINATION, ...OTHER_AFFAIRS.filter((_, i) => i !== left)];
  }
  return [VACCINATION];
}
