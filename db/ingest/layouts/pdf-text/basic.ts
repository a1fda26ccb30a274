import { reason } from '../../../form/reasons';
import { CONNECTION_LABELS, type ConnectionKey } from '../../../form/connections';
import { fact, type BasicInfoFacts, type Maybe } from '../../facts';
import { isBand } from '../../normalize/band';
import { joinSpans } from '../../source-text';
import type { SystemMention } from '../compose-facts';
import { unreadBasic } from '../unread-facts';
import { groupConnections, pageHasTick, settleUndecided } from './checkboxes';
import type { Block, Page } from './pages';
import { answerWords, blockText, blockWithoutOptions, cleanValue, isOptionsOnly, matchLabel } from './tokens';

const SYSTEM_HEADING = /^システム(\d{1,2})$/;

/**
 * Ⅰ 基本情報: the affair, the systems and their connections, 対象人数, linkage, department. Each
 * item is taken from the first page that prints it; a system may be mentioned on several pages.
 */
export function readBasic(pages: Page[]): { basic: BasicInfoFacts; systems: SystemMention[] } {
  const basic = unreadBasic();
  const systems: SystemMention[] = [];
  for (const page of pages) {
    basic.affairName ??= affairName(page);
    systems.push(...readSystems(page));
    readInline(page, basic);
  }
  return { basic, systems };
}

/** Ⅰ's items as first read: what one reading left unread, taken from the next. */
export function firstRead(...readings: BasicInfoFacts[]): BasicInfoFacts {
  const out = unreadBasic();
  for (const key of Object.keys(out) as (keyof BasicInfoFacts)[]) out[key] = readings.find((r) => r[key])?.[key] ?? null;
  return out;
}

function affairName(page: Page): Maybe {
  const label = page.blocks.find((x) => matchLabel(x, ['①事務の名称']));
  if (!label) return null;
  const inline = matchLabel(label, ['①事務の名称'])!.rest;
  if (inline) return fact(inline, label.span);
  // the name is a bare one-line box ending in 事務, printed elsewhere on the page
  const heading = (l: string) => /^\s*([IVX]+\s|[①-⑳]|\d+\s*[.．])/.test(l.normalize('NFKC'));
  const bare = page.blocks.filter((x) => x.lines.length <= 2 && /事務$/.test(x.flat) && x.flat.length <= 80 && !x.lines.some(heading));
  if (bare.length === 1) return fact(bare[0]!.flat, bare[0]!.span);
  if (bare.length > 1) return fact(bare[0]!.flat, bare[0]!.span, false, reason('candidates', { count: bare.length, where: 'page' }));
  return null;
}

/**
 * システムN headings and ①システムの名称 labels. A heading directly followed by a name belongs
 * to it; what remains pairs up in order, certain only when one of each is left.
 */
function readSystems(page: Page): SystemMention[] {
  const headings = page.blocks.filter((x) => SYSTEM_HEADING.test(x.flat));
  const names = page.blocks.filter((x) => matchLabel(x, ['①システムの名称']));
  if (!headings.length) return [];
  const pairs: { heading: Block; name: Block | null; certain: boolean }[] = [];
  const freeNames = new Set(names);
  const freeHeadings: Block[] = [];
  for (const h of headings) {
    const next = page.blocks[h.index + 1];
    if (next && freeNames.has(next)) {
      pairs.push({ heading: h, name: next, certain: true });
      freeNames.delete(next);
    } else freeHeadings.push(h);
  }
  const rest = [...freeNames];
  freeHeadings.forEach((h, i) => pairs.push({ heading: h, name: rest[i] ?? null, certain: freeHeadings.length === 1 && rest.length === 1 }));

  const ordered = [...pairs].sort((x, y) => x.heading.index - y.heading.index);
  // checkbox groups come out in the order of the systems' name labels, not their headings
  const named = ordered.filter((p) => p.name && matchLabel(p.name, ['①システムの名称'])!.rest).sort((x, y) => x.name!.index - y.name!.index);
  const { groups, clean: split } = groupConnections(page.blocks, named.length);
  settleUndecided(groups, page.blocks);
  // a page without a single tick: every box is empty, however its lines group
  const clean = split || !pageHasTick(page);
  const out: SystemMention[] = [];
  for (const p of ordered) {
    const no = Number(SYSTEM_HEADING.exec(p.heading.flat)![1]);
    const nameText = p.name ? matchLabel(p.name, ['①システムの名称'])!.rest : '';
    if (!nameText) continue; // an empty slot of the form
    const s: SystemMention = {
      no,
      span: joinSpans([p.heading.span, p.name!.span])!,
      name: fact(nameText, p.name!.span, p.certain, p.certain ? undefined : reason('headingsPairedByOrder')),
      function: functionOf(page, p.name!),
    };
    out.push(s);
    const g = groups.length === named.length ? groups[named.indexOf(p)] : undefined;
    if (g) {
      const uncertain = g.undecided.length > 0 || !clean;
      const states = Object.fromEntries(
        (['infoNetwork', 'intraLinkage', 'jukiNet', 'existingJuki', 'atena', 'tax', 'other'] as ConnectionKey[]).map((k) => [k, g.states[k] ?? null]),
      ) as Record<ConnectionKey, boolean | null>;
      const span = joinSpans(g.blocks.map((x) => x.span)) ?? p.name!.span;
      const why = !clean
        ? reason('checkboxesInterleaved')
        : reason('marksApart', { labels: [...new Set(g.undecided)].map((k) => CONNECTION_LABELS[k]) });
      s.connections = fact(states, span, !uncertain, uncertain ? why : undefined);
      s.otherText = g.otherText ? fact(g.otherText, span, !uncertain, uncertain ? why : undefined) : null;
    }
  }
  return out;
}

/** ②システムの機能: the box right after the label, when it is prose and not another label. */
function functionOf(page: Page, nameBlock: Block): Maybe {
  const label = page.blocks.slice(nameBlock.index + 1, nameBlock.index + 3).find((x) => matchLabel(x, ['②システムの機能']));
  if (!label) return null;
  const inline = matchLabel(label, ['②システムの機能'])!.rest;
  if (inline) return fact(inline, label.span);
  const next = page.blocks[label.index + 1];
  if (!next || isOptionsOnly(next) || /^[\s\[\]]/.test(next.lines[0]!) || /^\s*[①-⑳]/.test(next.lines[0]!) || /^システム\d/.test(next.flat)) return null;
  return fact(cleanValue(blockText(next)), next.span);
}

/** Values printed beside their labels: 部署, 所属長, 実施の有無, 対象人数. */
function readInline(page: Page, bi: BasicInfoFacts) {
  for (const x of page.blocks) {
    const dept = matchLabel(x, ['①部署']);
    if (dept?.rest && !bi.department) bi.department = fact(dept.rest, x.span);
    const head = matchLabel(x, ['②所属長の役職名', '②所属長']);
    if (head?.rest && !bi.departmentHead) bi.departmentHead = fact(head.rest, x.span);
  }
  if (page.blocks.some((x) => matchLabel(x, ['①実施の有無'])) && !bi.networkLinkage) bi.networkLinkage = answerOnPage(page, ['実施する', '実施しない', '未定'], '①実施の有無');
  if (page.blocks.some((x) => matchLabel(x, ['③対象人数'])) && !bi.targetBand) {
    const bands = page.blocks.filter((x) => !isOptionsOnly(x) && bandIn(x));
    if (bands.length === 1) bi.targetBand = fact(bandIn(bands[0]!)!, bands[0]!.span);
    else if (bands.length > 1) bi.targetBand = fact(bandIn(bands[0]!)!, bands[0]!.span, false, reason('severalBands', { count: bands.length }));
  }
}

/** A band printed as an answer (「[ 10万人以上30万人未満」), not inside an option list. */
export function bandIn(x: Block): string | null {
  const rest = blockWithoutOptions(x).replace(/[\[\]]/g, ' ').replace(/^.*?(対象人数|本人の数|取扱者数)/s, '');
  const m = /(\d[\d,]*(?:万|億)?(?:人|項目)(?:以上)?(?:\d[\d,]*(?:万|億)?(?:人|項目))?(?:未満)?)/.exec(rest.replace(/\s+/g, ''));
  return m && isBand(m[1]!) ? m[1]! : null;
}

/** The one answer among `words` on the page outside option lists, or an uncertain first. */
export function answerOnPage(page: Page, words: string[], what: string): Maybe {
  const hits = page.blocks.flatMap((x) => {
    const found = answerWords(x, words, [what.replace(/^[①-⑳]/, '')]);
    return found.length === 1 ? [{ word: found[0]!, block: x }] : [];
  });
  const distinct = [...new Set(hits.map((h) => h.word))];
  if (!hits.length) return null;
  if (distinct.length === 1) return fact(distinct[0]!, hits[0]!.block.span);
  return fact(hits[0]!.word, hits[0]!.block.span, false, reason('severalAnswers', { answers: distinct }));
}
