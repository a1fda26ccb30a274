import { CONNECTION_LABELS, fact, type ConnectionKey, type DocumentFacts } from '../../facts';
import { parseCheckboxes } from '../../form/answers';
import { compact, unwrap } from '../../normalize/text';
import type { Block, Page } from './pages';
import { blockText } from './tokens';

const KEYS = Object.keys(CONNECTION_LABELS) as ConnectionKey[];

/** A box of the change table that is a whole ③他のシステムとの接続 checkbox list. */
function checkboxList(b: Block) {
  const boxes = parseCheckboxes(unwrap(blockText(b)).replace(/〇/g, '○'));
  const state = {} as Record<ConnectionKey, boolean | null>;
  let other: string | null = null;
  for (const k of KEYS) {
    const box = boxes.find((x) => compact(x.label).startsWith(compact(CONNECTION_LABELS[k])));
    if (!box) return null;
    state[k] = box.ticked;
    if (k === 'other' && box.ticked) other = box.extra;
  }
  return { state, other };
}

/**
 * Where the page's own grids leave a system's connections uncertain, the change table may
 * decide them: a row for 「システムN ③他のシステムとの接続」 prints the whole list before and after
 * the change, and when it is the only row for that item, its 変更後 is the list as it stands.
 */
export function connectionsFromChanges(facts: DocumentFacts, changePages: Page[]) {
  const rows = new Map<number, { after: NonNullable<ReturnType<typeof checkboxList>>; block: Block }[]>();
  for (const page of changePages)
    page.blocks.forEach((b, i) => {
      const m = /システム(\d{1,2})(?!\d).*他のシステムとの接続/.exec(b.flat);
      if (!m) return;
      const lists = page.blocks.slice(i + 1, i + 4).map((x) => ({ x, list: checkboxList(x) })).filter((l) => l.list);
      if (lists.length !== 2) return;
      const no = Number(m[1]);
      rows.set(no, [...(rows.get(no) ?? []), { after: lists[1]!.list!, block: lists[1]!.x }]);
    });
  for (const s of facts.systems) {
    const found = rows.get(s.no);
    if (!found || found.length !== 1 || (s.connections && s.connections.certain !== false)) continue;
    const { after, block } = found[0]!;
    s.connections = fact(after.state, block.span);
    s.otherText = after.other ? fact(after.other, block.span) : null;
  }
}
