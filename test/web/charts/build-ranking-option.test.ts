import { afterEach, expect, test } from 'vitest';
import { buildRankingOption } from '../../../web/src/lib/charts/ranking/build-ranking-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

/** a page of /api/contractors, in the API's order */
const page = [
  { name: '株式会社ＲＫＫＣＳ', municipality_count: 2, uncertain_municipality_count: 0, contract_count: 3, uncertain_contract_count: 0 },
  { name: '富士通Japan株式会社', municipality_count: 1, uncertain_municipality_count: 1, contract_count: 2, uncertain_contract_count: 3 },
];
const labels = { bodies: '団体数', contracts: '委託数', uncertain: '要確認' };

let dispose = () => {};
afterEach(() => dispose());

test('bars in the API’s order: certain counts solid, the doubted stacked beside them hatched', () => {
  const option = buildRankingOption(page, labels);
  expect((option.yAxis as { data: string[] }).data).toEqual(['株式会社ＲＫＫＣＳ', '富士通Japan株式会社']);
  const series = option.series as { name: string; stack: string; data: number[]; itemStyle: { decal?: object; borderType?: string } }[];
  expect(series.map((s) => [s.name, s.stack, s.data, !!s.itemStyle.decal])).toEqual([
    ['団体数', 'bodies', [2, 1], false],
    ['団体数 (要確認)', 'bodies', [0, 1], true],
    ['委託数', 'contracts', [3, 2], false],
    ['委託数 (要確認)', 'contracts', [0, 3], true],
  ]);
  expect(series[1]!.itemStyle.borderType).toBe('dashed');
});

test('the tooltip says the doubted counts apart; markup stays text', () => {
  const option = buildRankingOption([{ ...page[1]!, name: '<b>x</b>' }], labels);
  expect(tooltipOf(option, [{ dataIndex: 0 }])).toBe('&lt;b&gt;x&lt;/b&gt;<br>団体数: 1 (+1 要確認)<br>委託数: 2 (+3 要確認)');
  expect(tooltipOf(buildRankingOption(page, labels), [{ dataIndex: 0 }])).toBe('株式会社ＲＫＫＣＳ<br>団体数: 2<br>委託数: 3');
});

test('draws names and the legend, the hatching as an SVG pattern, on a real instance', () => {
  const r = renderSvg(buildRankingOption(page, labels));
  dispose = r.dispose;
  const texts = svgTexts(r.svg);
  for (const label of ['株式会社ＲＫＫＣＳ', '富士通Japan株式会社', '団体数', '団体数 (要確認)', '委託数', '委託数 (要確認)']) expect(texts).toContain(label);
  expect(r.svg).toContain('<pattern');
});
