import type { Chunk } from './cells';
import type { Run } from './page-runs';
import { resemblance } from './resemblance';

/** Rows whose texts were dealt out in order from a page printed column by column. */
export interface ColumnRows {
  runs: Run[];
  /** runs given their texts by order, with how many texts and rows the page printed so */
  byOrder: Map<Run, { texts: number; rows: number }>;
}

/**
 * A page printed column by column: items one after another with nothing between, then all
 * their texts, then the timings (the first right after the texts, the rest alone). The texts
 * are dealt out in order — 変更前 column then 変更後 column, or row by row, whichever pairs
 * texts that read alike — and the timings in order; the text does not tie them, so they stay
 * in doubt.
 */
export function dealColumns(runs: Run[]): ColumnRows {
  const out: Run[] = [];
  const byOrder = new Map<Run, { texts: number; rows: number }>();
  for (let i = 0; i < runs.length; i++) {
    let j = i;
    while (j < runs.length - 1 && runs[j]!.item && !runs[j]!.chunks.length && !runs[j]!.timing && runs[j + 1]!.item) j++;
    const group = runs.slice(i, j + 1);
    const last = runs[j]!;
    const g = group.length;
    if (g < 2 || last.chunks.length !== 2 * g) {
      out.push(runs[i]!);
      continue;
    }
    const alone = runs.slice(j + 1, j + g).filter((r) => !r.item && !r.chunks.length && r.timing);
    const timings = [last.timing, ...alone.map((r) => r.timing)];
    const texts = pairs(last.chunks, g);
    group.forEach((r, k) => {
      const dealt: Run = { ...r, chunks: texts[k]!, timing: timings[k] ?? null };
      out.push(dealt);
      byOrder.set(dealt, { texts: last.chunks.length, rows: g });
    });
    i = j + alone.length;
  }
  return { runs: out, byOrder };
}

/** 2g texts for g rows: the column reading (all 変更前, then all 変更後) or the row reading. */
function pairs(chunks: Chunk[], g: number): Chunk[][] {
  const columns = Array.from({ length: g }, (_, k) => [chunks[k]!, chunks[g + k]!]);
  const rows = Array.from({ length: g }, (_, k) => [chunks[2 * k]!, chunks[2 * k + 1]!]);
  const score = (ps: Chunk[][]) => ps.reduce((s, [a, b]) => s + resemblance(a!.text, b!.text), 0);
  return score(rows) > score(columns) ? rows : columns;
}
