import { expect, test } from 'vitest';
import { buildRankingOption, rankContractors } from '../../../web/src/lib/charts/ranking/build-ranking-option';
import { renderSvg, svgTexts } from '../helpers/render-svg';

const contractors = [
  { name: '株式会社ＲＫＫＣＳ', municipality_count: 1, contract_count: 3 },
  { name: '富士通Japan株式会社', municipality_count: 2, contract_count: 2 },
  { name: '日本電気株式会社', municipality_count: 2, contract_count: 4 },
];

test('ranks by cities served, then contracts', () => {
  expect(rankContractors(contractors).map((c) => c.name)).toEqual([
    '日本電気株式会社',
    '富士通Japan株式会社',
    '株式会社ＲＫＫＣＳ',
  ]);
});

test('two bar series in ranking order, drawn on a real instance', () => {
  const option = buildRankingOption(contractors, { cities: '自治体数', contracts: '委託数' });
  expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toMatchInlineSnapshot(`
    [
      [
        "自治体数",
        [
          2,
          2,
          1,
        ],
      ],
      [
        "委託数",
        [
          4,
          2,
          3,
        ],
      ],
    ]
  `);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['日本電気株式会社', '自治体数', '委託数']));
  dispose();
});
