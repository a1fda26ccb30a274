import { fold } from './text';

export type ContractorKind = 'company' | 'consortium' | 'organization';

export interface ContractorName {
  /** the normalized entity name: one company, consortium or organization */
  name: string;
  kind: ContractorKind;
  /** the spelling in the document (folded), e.g. with its branch */
  raw: string;
  /** a branch / office the document named, e.g. 「北九州支店」 */
  branch: string | null;
}

export interface ParsedContractors {
  /** ③委託先名 is 「未定」: no contractor chosen yet */
  undecided: boolean;
  names: ContractorName[];
}

// Abbreviated legal forms as printed: (株) ㈱ → 株式会社 etc. (NFKC turns ㈱ into (株)).
const LEGAL_FORM_ABBREVIATIONS: [RegExp, string][] = [
  [/\(株\)/g, '株式会社'],
  [/\(有\)/g, '有限会社'],
  [/\(一財\)/g, '一般財団法人'],
  [/\(一社\)/g, '一般社団法人'],
  [/\(公財\)/g, '公益財団法人'],
  [/\(公社\)/g, '公益社団法人'],
];

const LEGAL_FORM = /(株式会社|有限会社|合同会社|合資会社|合名会社)/;
const CONSORTIUM = /(企業連合|共同企業体|コンソーシアム|JV|グループ)$/;
const ORGANIZATION = /(法人|協会|機構|組合|連合会|事業団|公社|財団|大学|医師会|地方公共団体情報システム機構)/;
/** an office of a company: 「富士通Japan株式会社北九州支店」 is 富士通Japan株式会社 at its 北九州支店 */
const BRANCH = /^(.*?(?:株式会社|有限会社|合同会社))\s*(.+?(?:支店|支社|営業所|事業所|本社|本店|事業部|支所|営業部|営業本部|出張所|オフィス))$/;
const UNDECIDED = /^(未定|検討中|調整中|選定中)$/;

function expandAbbreviations(s: string): string {
  return LEGAL_FORM_ABBREVIATIONS.reduce((acc, [re, full]) => acc.replace(re, full), s);
}

/**
 * Splits on 「、」「,」「及び」 and line breaks, but never inside brackets: a name such as
 * 「日立・NTTデータ企業連合」 uses 「・」 inside one name, so 「・」 is not a separator.
 */
function splitNames(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  const seps = ['、', ',', '，', '\n', '及び', 'および', '／', '/'];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ('(（「【[『'.includes(ch)) depth++;
    if (')）」】]』'.includes(ch)) depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? seps.find((p) => s.startsWith(p, i)) : undefined;
    if (sep) {
      parts.push(cur);
      cur = '';
      i += sep.length - 1;
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function classify(name: string): ContractorKind {
  if (CONSORTIUM.test(name)) return 'consortium';
  if (LEGAL_FORM.test(name)) return 'company';
  if (ORGANIZATION.test(name)) return 'organization';
  return 'company';
}

/** One printed name → its entity. */
export function normalizeContractorName(printed: string): ContractorName {
  const raw = fold(printed);
  const s = expandAbbreviations(raw).replace(/\s+/g, '');
  const branch = BRANCH.exec(s);
  if (branch) return { name: branch[1]!, kind: 'company', raw, branch: branch[2]! };
  return { name: s, kind: classify(s), raw, branch: null };
}

/** ③委託先名 as printed → the contractors it names (none when 「未定」). */
export function parseContractors(printed: string): ParsedContractors {
  const s = fold(printed);
  if (UNDECIDED.test(s.replace(/\s/g, ''))) return { undecided: true, names: [] };
  const names = splitNames(s).map(normalizeContractorName);
  const seen = new Set<string>();
  return { undecided: false, names: names.filter((n) => !seen.has(n.name) && seen.add(n.name)) };
}

/** Does this line read like a contractor name rather than prose? Used to tell bare values apart. */
export function looksLikeContractor(text: string): boolean {
  const s = fold(text);
  if (s.length > 80 || /[。]/.test(s)) return false;
  if (UNDECIDED.test(s)) return true;
  return splitNames(s).every((n) => {
    const e = expandAbbreviations(n);
    return LEGAL_FORM.test(e) || CONSORTIUM.test(e) || ORGANIZATION.test(e);
  });
}
