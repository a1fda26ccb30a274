import { CONNECTION_LABELS, type ConnectionKey } from '../../../form/connections';
import type { Block } from './pages';
import { blockText, isTick } from './tokens';

/**
 * ③他のシステムとの接続 is printed as a two-column grid:
 *   [ ] 情報提供ネットワークシステム   [ ] 庁内連携システム
 *   [ ] 住民基本台帳ネットワークシステム [ ] 既存住民基本台帳システム
 *   [ ] 宛名システム等               [ ] 税務システム
 *   [ ] その他 （ … ）
 * The extraction keeps each left-hand line whole — its own box, its label, and the opening
 * bracket and mark of the right-hand box (「[ ] 住民基本台帳ネットワークシステム [ ○」) — while
 * the right-hand label comes out alone with its closing bracket (「] 既存住民基本台帳システム」).
 * So a right-hand box's state is read from the end of its left-hand partner's line.
 */
const PARTNER: Partial<Record<ConnectionKey, ConnectionKey>> = { infoNetwork: 'intraLinkage', jukiNet: 'existingJuki', atena: 'tax' };
const LEFT: ConnectionKey[] = ['infoNetwork', 'jukiNet', 'atena', 'other'];

export interface CheckboxGroup {
  states: Partial<Record<ConnectionKey, boolean | null>>;
  otherText: string | null;
  blocks: Block[];
  /** a state the text does not decide (a mark or bracket split onto another line) */
  undecided: ConnectionKey[];
}

const labelAt = (s: string, key: ConnectionKey) => s.startsWith(CONNECTION_LABELS[key]);

/** 「ワクチン接種記録システム(VRS)」 keeps its bracket; a stray closing one is dropped. */
function balanced(s: string): string {
  const t = s.trim();
  const open = (t.match(/\(/g) ?? []).length;
  const close = (t.match(/\)/g) ?? []).length;
  return close > open ? t.replace(/\)\s*$/, '').trim() : t;
}

/** One left-hand line: its own state and its partner's, if the line decides them. */
export function readLeftLine(line: string): { key: ConnectionKey; state: boolean | null; partner: boolean | null | undefined; otherText: string | null } | null {
  const s = line.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = /^\[\s*([^\[\]\s]?)\s*\]\s*(.*)$/.exec(s);
  if (!m) return null;
  const own = m[1] === '' ? false : isTick(m[1]!) ? true : null;
  const rest = m[2]!;
  const key = LEFT.find((k) => labelAt(rest, k));
  if (!key) return null;
  if (key === 'other') {
    const text = balanced(/^その他\s*\(\s*(.*?)\s*\)?\s*$/.exec(rest)?.[1] ?? '') || null;
    return { key, state: own, partner: undefined, otherText: own ? text : null };
  }
  const after = rest.slice(CONNECTION_LABELS[key].length).trim();
  // 「[ ○ ] 既存住民基本台帳システム」 written out whole on the same line
  const whole = /^\[\s*([^\[\]\s]?)\s*\]/.exec(after);
  let partner: boolean | null | undefined;
  if (whole) partner = whole[1] === '' ? false : isTick(whole[1]!) ? true : null;
  // an opening bracket alone: its mark, if any, was printed elsewhere (settled per page)
  else if (/^\[\s*$/.test(after)) partner = undefined;
  else if (/^\[\s*[○〇O]\s*$/.test(after)) partner = true;
  else partner = after === '' ? undefined : null;
  return { key, state: own, partner, otherText: null };
}

/** Every left-hand checkbox line of the page, in order, each with what it decides. */
export function leftLines(blocks: Block[]) {
  const out: { block: Block; read: NonNullable<ReturnType<typeof readLeftLine>> }[] = [];
  for (const b of blocks)
    for (const line of blockText(b).split('\n')) {
      // a checkbox line opens with its bracket (the text is NFKC already: 「［」 is 「[」)
      if (!/^\s*\[/.test(line)) continue;
      const read = readLeftLine(line);
      if (read) out.push({ block: b, read });
    }
  return out;
}

/**
 * Splits the page's left-hand lines into one group per system (`count` systems on the page).
 * When each group's lines come out together — every label once, then the next group — the
 * split is clean. When lines of several groups interleave, a line could belong to either,
 * so every group of the page is marked as mixed.
 */
export function groupConnections(blocks: Block[], count: number): { groups: CheckboxGroup[]; clean: boolean } {
  const lines = leftLines(blocks);
  const fresh = (): CheckboxGroup => ({ states: {}, otherText: null, blocks: [], undecided: [] });
  const sequential: CheckboxGroup[] = [];
  for (const line of lines) {
    const last = sequential[sequential.length - 1];
    if (!last || line.read.key in last.states) sequential.push(fresh());
    add(sequential[sequential.length - 1]!, line);
  }
  const complete = (g: CheckboxGroup) => LEFT.every((k) => k in g.states);
  if (sequential.length <= Math.max(count, 1) && sequential.length === count && sequential.every(complete)) {
    sequential.forEach(markMissing);
    return { groups: sequential, clean: true };
  }
  if (count <= 1 && sequential.length <= 1) {
    const groups = [sequential[0] ?? fresh()];
    groups.forEach(markMissing);
    return { groups, clean: true };
  }
  // interleaved: each line to the first group still lacking its label
  // interleaved, or more groups than systems (a row continued from another page)
  const groups = Array.from({ length: Math.max(count, 1) }, fresh);
  for (const line of lines) add(groups.find((g) => !(line.read.key in g.states)) ?? groups[groups.length - 1]!, line);
  groups.forEach(markMissing);
  return { groups, clean: false };
}

function add(g: CheckboxGroup, { block, read }: ReturnType<typeof leftLines>[number]): CheckboxGroup {
  if (read.key in g.states && g.states[read.key] !== read.state) g.undecided.push(read.key);
  g.blocks.push(block);
  g.states[read.key] = read.state;
  if (read.state === null) g.undecided.push(read.key);
  if (read.otherText) g.otherText = read.otherText;
  const partner = PARTNER[read.key];
  if (partner) {
    g.states[partner] = read.partner ?? null;
    if (read.partner === null || read.partner === undefined) g.undecided.push(partner);
  }
  return g;
}

/** A label the group never printed in a readable way is not known. */
function markMissing(g: CheckboxGroup) {
  for (const k of Object.keys(CONNECTION_LABELS) as ConnectionKey[])
    if (!(k in g.states)) {
      g.states[k] = null;
      g.undecided.push(k);
    }
}

/** Ticks on the page that no left-hand line accounts for (a lone 「○」 box). */
export function unattributedTicks(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks)
    for (const line of blockText(b).split('\n')) {
      if (readLeftLine(line)) continue;
      if (/^[\s\[\]]*[○〇][\s\[\]]*$/.test(line.normalize('NFKC'))) n++;
    }
  return n;
}

/**
 * A box whose bracket went to another line stays undecided — unless the page has no tick
 * left unaccounted for: a tick is always printed, so then every undecided box is empty.
 */
export function settleUndecided(groups: CheckboxGroup[], blocks: Block[]) {
  if (unattributedTicks(blocks) > 0) return;
  for (const g of groups) {
    for (const k of g.undecided) if (g.states[k] === null) g.states[k] = false;
    g.undecided = g.undecided.filter((k) => g.states[k] === null);
  }
}

/** Is any box of the page ticked, wherever its mark was printed? */
export function pageHasTick(page: { blocks: Block[] }): boolean {
  return page.blocks.some((b) => /[○〇●]/.test(blockText(b)));
}
