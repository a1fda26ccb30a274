import { fact } from '../../facts';
import { connectionList } from '../../form/answers';
import { unwrap } from '../../normalize/text';
import type { SystemMention } from '../compose-facts';
import type { Block, Page } from './pages';
import { blockText } from './tokens';

/** A box of the change table that is a whole ③他のシステムとの接続 checkbox list. */
function checkboxList(b: Block) {
  const list = connectionList(unwrap(blockText(b)));
  return list.complete ? list : null;
}

/**
 * Where the page's own grids leave a system's connections uncertain, the change table may
 * decide them: a row for 「システムN ③他のシステムとの接続」 prints the whole list before and after
 * the change, and when it is the only row for that item, its 変更後 is the list as it stands.
 */
export function connectionsFromChanges(systems: SystemMention[], changePages: Page[]): SystemMention[] {
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
  return systems.map((s) => {
    const found = rows.get(s.no);
    if (!found || found.length !== 1 || (s.connections && s.connections.certain !== false)) return s;
    const { after, block } = found[0]!;
    return { ...s, connections: fact(after.states, block.span), otherText: after.other ? fact(after.other, block.span) : null };
  });
}
