import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SEED, summarize } from './helpers/ingest-summary';
it('x', () => {
  const ls = readFileSync(SEED('000_6b35c62c03d5d5e8.txt'), 'utf8').split('\n');
  ls.splice(2849, 2872 - 2849, '', 'Ⅴ評価実施手続', '１　基礎項目評価', '①実施日', '', '令和３年３月８日', '', '令和３年９月１５日');
  console.log(ls.slice(2840, 2870).join('\n'));
  const s = summarize(new TextEncoder().encode(ls.join('\n')));
  console.log(JSON.stringify(s.doc.facts.changes[50]), JSON.stringify(s.doc.rows.changes[50]));
});
