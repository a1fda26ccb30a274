import { it } from 'vitest';
import { SEED, summarize } from './helpers/ingest-summary';
const u = (s: string | null | undefined, n: number) => (s == null ? null : s.replace(/\n/g, '').slice(0, n));
it('dump', () => {
  for (const f of (process.env.SEEDS ?? '000_6b35c62c03d5d5e8.txt').split(',')) {
    const s = summarize(SEED(f));
    s.changes.forEach((c, i) => {
      const st = c.states as Record<string, { state: string; mark?: string }>;
      const v = (k: 'before' | 'after' | 'timingExplanation', key: string, n: number) => (st[key]?.state === 'blank' ? `[${st[key]!.mark}]` : u(c[k], n));
      const unsure = Object.entries(st).filter(([, x]) => x.state === 'uncertain').map(([k]) => k);
      console.log(JSON.stringify([i, c.changedOn, c.timing, u(c.item, 14), v('before', 'before', 15), v('after', 'after', 15), v('timingExplanation', 'timing_explanation', 20), unsure]));
    });
  }
});
