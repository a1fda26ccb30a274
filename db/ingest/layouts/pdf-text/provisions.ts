import { reason } from '../../../form/reasons';
import { fact } from '../../facts';
import type { FactsBuilder } from '../../facts-builder';
import { joinSpans } from '../../source-text';
import { bareValues, clusters, crossReferences, fillByKind, markShared, spanOf, type Cluster, type FieldSpec } from './items';
import type { Block, Page } from './pages';

const SPECS: FieldSpec[] = [
  { key: 'legalBasis', labels: ['法令上の根拠'], kind: 'text' },
  { key: 'purpose', labels: ['提供先における用途', '移転先における用途'], kind: 'text' },
  { key: 'information', labels: ['提供する情報', '移転する情報'], kind: 'text' },
  { key: 'people', labels: ['提供する情報の対象となる本人の数', '移転する情報の対象となる本人の数'], kind: 'band' },
  { key: 'scope', labels: ['提供する情報の対象となる本人の範囲', '移転する情報の対象となる本人の範囲'], kind: 'text' },
  { key: 'method', labels: ['提供方法', '移転方法'], kind: 'text' },
  { key: 'timing', labels: ['時期・頻度'], kind: 'text' },
];
const LABEL_OF: Record<string, string> = { legalBasis: '①法令上の根拠', purpose: '②用途', information: '③提供する情報', people: '④本人の数', scope: '⑤本人の範囲', method: '⑥提供方法', timing: '⑦時期・頻度' };
/** 「提供先2 市町村長」 or, as often, 「市町村長 提供先1」: the recipient beside its heading */
const HEADING = /^(?:(.*?)\s*)?(提供先|移転先)\s*(\d{1,2})(?![～~\-\d])\s*(.*)$/;

/**
 * Ⅱ-5 提供・移転: 提供先N / 移転先N tables, read like the contracts. The method is a checkbox
 * grid, kept out of the values (its ticks cannot be told apart once several tables share a
 * page).
 */
export function readProvisions(pages: Page[], b: FactsBuilder, fileNo: (page: Page) => number, changePages: Page[]) {
  for (const page of pages) {
    const found = clusters(page, SPECS, ['提供・移転の有無']);
    const cs = found.clusters.filter((c) => [...c.values.keys()].some((k) => k !== 'method'));
    if (!cs.length) continue;
    const headings = page.blocks
      .map((x) => ({ x, m: HEADING.exec(x.lines.join(' ').normalize('NFKC').trim()) }))
      .filter((h) => h.m && !/～/.test(h.x.flat))
      .map((h) => ({ block: h.x, direction: h.m![2] === '提供先' ? ('提供' as const) : ('移転' as const), no: Number(h.m![3]), recipient: (h.m![1] || h.m![4] || '').trim() || null }));
    const ignore = (x: Block) => headings.some((h) => h.block === x);
    const bare = bareValues(page, found.labelled, [], ignore);
    fillByKind(cs, 'people', bare.filter((v) => v.kind === 'band'));
    for (const c of cs) c.values.delete('method');
    const direction = headings[0]?.direction ?? '提供';
    markShared(cs, SPECS.map((s) => s.key), `${direction}先`);
    const nos = [...new Set(headings.filter((h) => h.direction === direction).map((h) => h.no))].sort((x, y) => x - y);
    // label runs split where two tables print the same label side by side; never read more
    // tables than the page has headings (the fullest runs kept)
    if (nos.length && cs.length > nos.length) {
      const keep = new Set([...cs].sort((x, y) => y.values.size - x.values.size).slice(0, nos.length));
      cs.splice(0, cs.length, ...cs.filter((c) => keep.has(c)));
    }
    const linked = cs.length > 1 ? crossReferences(cs, nos, changePages, direction === '提供' ? '提供先' : '移転先', ['legalBasis', 'information', 'purpose']) : new Map<Cluster, number>();
    const free = nos.filter((n) => ![...linked.values()].includes(n));
    let k = 0;
    for (const c of cs) {
      const no = linked.get(c) ?? free[k++] ?? nos.length + k;
      const certain = linked.has(c) || (cs.length === 1 && nos.length === 1);
      const p = b.provision(fileNo(page), direction, no, spanOf(c));
      const heading = headings.find((h) => h.no === no && h.direction === direction);
      const recipients = [...new Set(headings.map((h) => h.recipient))];
      const v = (key: string) => c.values.get(key) ?? null;
      p.numbering = certain ? undefined : fact(no, joinSpans(headings.map((h) => h.block.span)) ?? spanOf(c), false, reason('numberingNotTied', { count: cs.length, item: `${direction}先` }));
      p.recipient = heading?.recipient ? fact(heading.recipient, heading.block.span, certain || recipients.length === 1, certain || recipients.length === 1 ? undefined : reason('itemsSharePage', { count: cs.length, item: `${direction}先` })) : null;
      p.legalBasis = v('legalBasis');
      p.purpose = v('purpose');
      p.information = v('information');
      p.peopleBand = v('people');
      p.timing = v('timing');
    }
  }
}

