import { reason } from '../../../form/reasons';
import { fact, type Fact } from '../../facts';
import type { FactsBuilder } from '../../facts-builder';
import { statedItems } from '../../form/answers';
import { compact } from '../../normalize/text';
import { joinSpans } from '../../source-text';
import { bareValues, clusters, crossReferences, fillByKind, fillFromNextBox, markShared, similarity, spanOf, type Bare, type Cluster, type FieldSpec } from './items';
import type { Block, Page } from './pages';
import { blockText, cleanValue } from './tokens';

const SPECS: FieldSpec[] = [
  { key: 'content', labels: ['委託内容'], kind: 'text' },
  { key: 'handlers', labels: ['委託先における取扱者数'], kind: 'band' },
  { key: 'contractor', labels: ['委託先名'], kind: 'contractor' },
  { key: 'subcontract', labels: ['再委託の有無'], kind: 'answer', answers: ['再委託する', '再委託しない'] },
  { key: 'method', labels: ['再委託の許諾方法'], kind: 'text' },
  { key: 'items', labels: ['再委託事項'], kind: 'text' },
];
/** labels of the full form's extra rows, recognised so their values are not taken for others */
const OTHER_LABELS = ['委託先名の確認方法', '取扱いを委託する特定個人情報ファイルの範囲', '委託先への特定個人情報ファイルの提供方法', '委託の有無', 'その妥当性', '対象となる本人の数', '対象となる本人の範囲'];
const LABEL_OF: Record<string, string> = { content: '①委託内容', handlers: '②委託先における取扱者数', contractor: '③委託先名', subcontract: '④再委託の有無', method: '⑤再委託の許諾方法', items: '⑥再委託事項', title: '委託事項の名称' };
const HEADING = /^委託事項(\d{1,2})(?![～~\-\d])(.*)$/;
const ANSWERS = ['再委託する', '再委託しない', '委託する', '委託しない'];

export interface ContractPage {
  page: Page;
  clusters: Cluster[];
  headings: { no: number; title: string | null; block: Block }[];
}

/** Ⅱ-4 委託: every page holding contract labels (change-table pages excluded by the caller). */
export function readContracts(pages: Page[], b: FactsBuilder, fileNo: (page: Page) => number, changePages: Page[] = []): ContractPage[] {
  const read: ContractPage[] = [];
  for (const page of pages) {
    const found = clusters(page, SPECS, OTHER_LABELS);
    const labelled = found.labelled;
    // an empty slot of the form prints its labels too; it is not an item
    const cs = found.clusters.filter((c) => c.values.size > 0 || labelled.length === 0);
    if (!found.clusters.length) continue;
    const headings = page.blocks
      .map((x) => ({ m: HEADING.exec(x.flat), block: x }))
      .filter((h) => h.m)
      .map((h) => ({ no: Number(h.m![1]), title: cleanValue(blockText(h.block).replace(/^\s*委託事項\s*\d{1,2}/, '')) || null, block: h.block }));
    const count = statedCount(page, labelled.some((l) => l.key === '' && /委託の有無/.test(l.block.flat)));
    if (count) b.facts.statedCounts.push({ subject: '委託事項', count: count.n, span: count.block.span, fileNo: fileNo(page) });
    const ignore = (x: Block) => HEADING.test(x.flat) || /^委託事項\d/.test(x.flat) || x === count?.block;
    const bare = bareValues(page, labelled, ANSWERS, ignore);
    fillFromNextBox(page, cs, labelled, bare, ['content', 'method', 'items']);
    settleSubcontract(cs, bare);
    fillByKind(cs, 'contractor', bare.filter((v) => v.kind === 'contractor'));
    // handler bands run from 10人未満 to 1,000人以上; a band in 万人 answers another field
    fillByKind(cs, 'handlers', bare.filter((v) => v.kind === 'band' && !v.value.includes('万')));
    settleTexts(cs, bare.filter((v) => v.kind === 'text'));
    markShared(cs, SPECS.map((s) => s.key).concat('title'), '委託事項');
    read.push({ page, clusters: cs, headings });
  }
  numberItems(read, b, fileNo, changePages);
  titlesFromHeadings(read, b, fileNo);
  return read;
}

/** The count printed beside 委託の有無: 「（ 2 ）件」 comes out as a bare 「2」. */
function statedCount(page: Page, hasLabel: boolean): { n: number; block: Block } | null {
  if (!hasLabel) return null;
  const inline = page.blocks.find((x) => statedItems(blockText(x)) !== null);
  if (inline) return { n: statedItems(blockText(inline))!, block: inline };
  const digits = page.blocks.filter((x) => /^\d{1,2}$/.test(x.flat));
  return digits.length === 1 ? { n: Number(digits[0]!.flat), block: digits[0]! } : null;
}

/**
 * ④再委託の有無: an item whose 許諾方法 or 再委託事項 is written out re-entrusts; the bare
 * answers left over go to the other items.
 */
function settleSubcontract(cs: Cluster[], bare: Bare[]) {
  const answers = bare.filter((v) => v.kind === 'answer' && v.value.startsWith('再委託'));
  for (const c of cs)
    if (!c.values.has('subcontract') && (c.values.has('method') || c.values.has('items'))) {
      const i = answers.findIndex((a) => a.value === '再委託する');
      const evidence = c.values.get('method') ?? c.values.get('items')!;
      c.values.set('subcontract', fact('再委託する', i >= 0 ? answers[i]!.block.span : evidence.span));
      if (i >= 0) answers.splice(i, 1);
    }
  fillByKind(cs, 'subcontract', answers);
}

/**
 * Titles, contents and re-entrustment texts among the bare prose boxes: a title shares the
 * wording of its item's 委託内容; a 許諾方法 speaks of 再委託 and 承諾/許諾.
 */
function settleTexts(cs: Cluster[], texts: Bare[]) {
  const pool = [...texts];
  const take = (v: Bare) => pool.splice(pool.indexOf(v), 1);
  const methods = pool.filter((v) => /再委託/.test(v.value) && /(承諾|許諾|承認|認め)/.test(v.value));
  const needMethod = cs.filter((c) => c.values.get('subcontract')?.value === '再委託する' && !c.values.has('method'));
  if (methods.length && needMethod.length) {
    fillByKind(needMethod, 'method', methods);
    methods.forEach(take);
  }
  for (const c of cs) {
    const content = c.values.get('content');
    if (!content) continue;
    // the same wording as the content scores highest, then the most overlapping text
    const ranked = pool
      .map((v) => ({ v, s: compact(v.value) === compact(content.value) ? 2 : similarity(v.value, content.value) }))
      .sort((a, b) => b.s - a.s);
    if (ranked[0] && ranked[0].s >= 0.6 && (!ranked[1] || ranked[1].s < ranked[0].s - 0.2 || compact(ranked[1].v.value) === compact(ranked[0].v.value))) {
      c.values.set('title', fact(ranked[0].v.value, ranked[0].v.block.span));
      take(ranked[0].v);
    }
  }
  // an item without a content label value: the remaining pair of identical texts is its
  // title and its content (the form often repeats the title as 委託内容)
  const open = cs.filter((c) => !c.values.has('content'));
  const pairs = pool.filter((v, i) => pool.findIndex((w) => compact(w.value) === compact(v.value)) !== i);
  if (open.length === 1 && pairs.length === 1) {
    const twin = pool.find((w) => compact(w.value) === compact(pairs[0]!.value) && w !== pairs[0])!;
    open[0]!.values.set('title', fact(twin.value, twin.block.span));
    open[0]!.values.set('content', fact(pairs[0]!.value, pairs[0]!.block.span));
    take(twin);
    take(pairs[0]!);
  }
  // one item alone, its 委託内容 label empty, two texts of the same wording left: the title
  // and the content, told apart by length only (the content spells the work out)
  if (open.length === 1 && cs.length === 1 && pool.length >= 2) {
    const pairsBySimilarity = pool.flatMap((a, i) => pool.slice(i + 1).map((c) => ({ a, c, s: similarity(a.value, c.value) }))).sort((p, q) => q.s - p.s);
    const best = pairsBySimilarity[0];
    const [x, y] = best ? ([best.a, best.c].sort((a, c) => a.value.length - c.value.length) as [Bare, Bare]) : [];
    if (best && x && y && best.s >= 0.6) {
      open[0]!.values.set('title', fact(x.value, x.block.span, false, reason('sameWording')));
      open[0]!.values.set('content', fact(y.value, y.block.span, false, reason('sameWording')));
      take(x);
      take(y);
    }
  }
  const needItems = cs.filter((c) => c.values.get('subcontract')?.value === '再委託する' && !c.values.has('items'));
  const short = pool.filter((v) => v.value.length <= 40 && !v.value.includes('\n'));
  if (needItems.length === 1 && short.length === 1) {
    needItems[0]!.values.set('items', fact(short[0]!.value, short[0]!.block.span, false, reason('leftoverText')));
  }
}

/**
 * Ties clusters to 委託事項N. A heading that carries its title (「委託事項3 予防接種予診票におけ
 * るパンチ委託」) ties the cluster whose 委託内容 shares its wording; one cluster and one number
 * left on a page decide; otherwise clusters take the page's numbers in order, uncertain.
 */
function numberItems(read: ContractPage[], b: FactsBuilder, fileNo: (page: Page) => number, changePages: Page[]) {
  for (const { page, clusters: cs, headings } of read) {
    const numbered = new Map<Cluster, { no: number; certain: boolean }>();
    const freeNos = new Set(headings.map((h) => h.no));
    if (cs.length > 1)
      for (const [c, no] of crossReferences(cs, [...freeNos], changePages, '委託事項', ['title', 'content', 'method', 'contractor'])) {
        numbered.set(c, { no, certain: true });
        freeNos.delete(no);
      }
    for (const [c, no] of adjacentHeadings(page, cs, [...freeNos]))
      if (!numbered.has(c)) {
        numbered.set(c, { no, certain: true });
        freeNos.delete(no);
      }
    for (const h of headings.filter((x) => x.title)) {
      const ranked = cs
        .filter((c) => !numbered.has(c))
        .map((c) => ({ c, s: Math.max(similarity(h.title!, c.values.get('content')?.value ?? ''), similarity(h.title!, c.values.get('title')?.value ?? '')) }))
        .sort((x, y) => y.s - x.s);
      if (ranked[0] && ranked[0].s >= 0.6 && (!ranked[1] || ranked[1].s < ranked[0].s - 0.2)) {
        numbered.set(ranked[0].c, { no: h.no, certain: true });
        freeNos.delete(h.no);
        if (!ranked[0].c.values.has('title') || ranked[0].c.values.get('title')!.certain === false) ranked[0].c.values.set('title', fact(h.title!, h.block.span));
      }
    }
    const rest = cs.filter((c) => !numbered.has(c));
    const nos = [...freeNos].sort((x, y) => x - y);
    // more items than free headings: the smallest numbers the file has not used yet
    const used = new Set([...b.facts.contracts.filter((k) => k.fileNo === fileNo(page)).map((k) => k.no), ...[...numbered.values()].map((v) => v.no)]);
    const spare = () => {
      let n = 1;
      while (used.has(n) || nos.includes(n)) n++;
      used.add(n);
      return n;
    };
    rest.forEach((c, i) => numbered.set(c, { no: nos[i] ?? spare(), certain: rest.length === 1 && nos.length === 1 }));
    const stated = b.facts.statedCounts.find((x) => x.subject === '委託事項' && x.fileNo === fileNo(page))?.count;
    for (const c of cs) {
      const { no, certain } = numbered.get(c)!;
      // the form states how many items there are: a set of values beyond that belongs to one
      // of them, which the text does not tell; kept, every value uncertain, rather than lost
      const beyond = stated !== undefined && no > stated;
      if (beyond)
        for (const [key, v] of c.values) c.values.set(key, { ...v, certain: false, reason: reason('beyondStatedCount', { item: '委託事項', no, stated }) });
      // one run of labels on a page with several item headings, tied to none of them: its
      // values may belong to the item before or after the heading that splits the page
      if (!certain && cs.length === 1 && new Set(headings.map((h) => h.no)).size > 1)
        for (const [key, v] of c.values)
          if (v.certain !== false) c.values.set(key, { ...v, certain: false, reason: reason('headingsNotTied', { headings: headings.map((h) => `委託事項${h.no}`) }) });
      const k = b.contract(fileNo(page), no, spanOf(c));
      const numbering: Fact<number> | undefined = beyond
        ? fact(no, spanOf(c), false, reason('beyondStatedCount', { item: '委託事項', no, stated }))
        : certain
          ? undefined
          : fact(no, joinSpans(headings.map((h) => h.block.span)) ?? spanOf(c), false, reason('numberingNotTied', { count: cs.length, item: '委託事項' }));
      assign(k, c, numbering);
    }
  }
}

/**
 * 「委託事項2 予診票の印刷、封入及び搬送業務委託」: a heading that carries a title names item N
 * whatever run its fields came out in.
 */
function titlesFromHeadings(read: ContractPage[], b: FactsBuilder, fileNo: (page: Page) => number) {
  for (const { page, headings } of read)
    for (const h of headings) {
      const k = h.title && b.facts.contracts.find((c) => c.fileNo === fileNo(page) && c.no === h.no);
      if (k && (!k.title || k.title.certain === false)) k.title = fact(h.title!, h.block.span);
    }
}

/**
 * A heading printed right before one of a run's labels heads that run: 「委託事項1」 then
 * 「①委託内容 …」, or the range heading 「委託事項2～5」 (printed above slot 2) then
 * 「③委託先名 …」.
 */
function adjacentHeadings(page: Page, cs: Cluster[], free: number[]): Map<Cluster, number> {
  const ties = new Map<Cluster, number>();
  if (cs.length < 2) return ties;
  for (const x of page.blocks) {
    const m = /^委託事項(\d{1,2})(?:[～~\-]\d{1,2})?$/.exec(x.flat);
    const next = page.blocks[x.index + 1];
    const c = next && cs.find((k) => k.blocks.includes(next));
    const no = m ? Number(m[1]) : NaN;
    if (c && free.includes(no) && !ties.has(c) && ![...ties.values()].includes(no)) ties.set(c, no);
  }
  return ties;
}

export function assign(k: ReturnType<FactsBuilder['contract']>, c: Cluster, numbering?: Fact<number>) {
  const v = (key: string) => c.values.get(key) ?? null;
  k.numbering = numbering;
  k.title = v('title');
  k.content = v('content');
  k.handlersBand = v('handlers');
  k.contractor = v('contractor');
  const sub = v('subcontract');
  k.subcontract = sub ? { ...sub, value: sub.value === '再委託する' } : null;
  k.subcontractMethod = v('method');
  k.subcontractItems = v('items');
}
