import type { Chunk } from './cells';
import type { LooseExplanation, Run } from './page-runs';
import { coverage, resemblance } from './resemblance';
import { maxCells } from './texts';

/** A row of the table: the run its item opens, and the fragment of it printed elsewhere. */
export interface Row {
  own: Run;
  joined: Run | null;
}

const cells = (chunks: Chunk[]) => chunks.reduce((n, c) => n + maxCells(c), 0);
/** How many more texts a row whose timing is missing still lacks. */
const need = (r: Run) => Math.max(0, 2 - cells(r.chunks));
const textOf = (r: Run) => r.chunks.map((c) => c.text).join('\n') || (r.item?.text ?? '');

/**
 * Rows printed without their timing, and fragments (texts and a timing without an item),
 * paired: a fragment fits a row when it brings as many texts as the row lacks; among those,
 * a fragment or row with a single fit goes first, then the fragment whose texts read most
 * like the row's own (a row's 変更前 and 変更後 mostly share their words).
 */
export function joinFragments(runs: Run[]): { rows: Row[]; left: Run[] } {
  const rows: Row[] = runs.filter((r) => r.item).map((own) => ({ own, joined: null }));
  const open = rows.filter((r) => !r.own.timing);
  let frags = runs.filter((r) => !r.item);
  const fits = (f: Run, r: Row) => (need(r.own) === 0) === (f.chunks.length === 0);
  const exact = (f: Run, r: Row) => need(r.own) >= f.chunks.length && need(r.own) <= cells(f.chunks);
  // the texts are compared on every round of the pairing: joined once
  const texts = new Map(runs.map((r) => [r, textOf(r)]));
  for (;;) {
    const waiting = open.filter((r) => !r.joined);
    let best: { f: Run; r: Row; score: number } | null = null;
    for (const f of frags)
      for (const r of waiting) {
        if (!fits(f, r)) continue;
        const single = exact(f, r) && (waiting.filter((x) => exact(f, x)).length === 1 || frags.filter((x) => exact(x, r)).length === 1);
        const score = resemblance(texts.get(f)!, texts.get(r.own)!) + (exact(f, r) ? 1 : 0) + (single ? 2 : 0);
        if (!best || score > best.score) best = { f, r, score };
      }
    if (!best) break;
    best.r.joined = best.f;
    frags = frags.filter((f) => f !== best!.f);
  }
  // what is left fits no row by its count: rows still lacking their timing take it in order
  // rather than a fragment becoming a row of its own — first the fragments that bring a timing,
  // which is what such a row lacks (texts alone do not complete it)
  for (const timed of [true, false])
    for (const r of open.filter((x) => !x.joined)) {
      const mine = frags.filter((x) => !timed || x.timing);
      const f = mine.find((x) => x.at > r.own.at) ?? mine[0];
      if (!f) break;
      r.joined = f;
      frags = frags.filter((x) => x !== f);
    }
  // a row printed with its timing but none of its texts takes texts printed apart from any
  // row, the nearest first
  for (const r of rows.filter((x) => !x.joined && x.own.timing && !x.own.chunks.length)) {
    const near = frags.filter((x) => !x.timing && x.chunks.length).sort((a, b) => Math.abs(a.at - r.own.at) - Math.abs(b.at - r.own.at))[0];
    if (!near) break;
    r.joined = near;
    frags = frags.filter((x) => x !== near);
  }
  return { rows, left: frags };
}

/** The explanation's own words, the form's stock phrases left out: what it says its row changes. */
const gist = (s: string) => s.replace(/重要な変更(?:による評価の再実施|にあたらない|に当たらない|に該当しない)?|その他の?項目の変更/g, '');

/**
 * Explanation boxes printed apart from their rows, given to rows without one: first to the
 * row whose texts hold most of the explanation's own words (「防府市個人情報保護条例廃止に伴う変更」
 * to the row that quotes the 条例), then to the row whose timing it follows, or whose item
 * it precedes, then in order. Every one of these is a reading, not a certainty.
 */
export function placeExplanations(loose: LooseExplanation[], rows: Row[], has: (r: Row) => boolean): Map<Row, LooseExplanation> {
  const placed = new Map<Row, LooseExplanation>();
  let left = [...loose];
  const lacking = () => rows.filter((r) => !has(r) && !placed.has(r));
  const give = (e: LooseExplanation, r: Row | undefined) => {
    if (!r || has(r) || placed.has(r) || !left.includes(e)) return;
    placed.set(r, e);
    left = left.filter((x) => x !== e);
  };
  const words = (r: Row) => [r.own.item?.text ?? '', textOf(r.own), r.joined ? textOf(r.joined) : ''].join('\n');
  const rowWords = new Map(lacking().map((r) => [r, words(r)]));
  const pairs = left
    .flatMap((e) => {
      const own = gist(e.chunk.text);
      return lacking().map((r) => ({ e, r, score: coverage(own, rowWords.get(r)!) }));
    })
    .filter((p) => p.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  for (const p of pairs) give(p.e, p.r);
  const rowOf = (run: Run | null) => rows.find((r) => r.own === run || r.joined === run);
  for (const e of [...left]) give(e, rowOf(e.after));
  for (const e of [...left]) give(e, rowOf(e.before));
  for (const e of [...left]) give(e, lacking()[0]);
  return placed;
}
