import { expect, test } from 'vitest';
import { answerLevel, worstLevel } from '../../../web/src/lib/charts/risk-heatmap/answer-level';
import { buildRiskHeatmapOption, riskGrid } from '../../../web/src/lib/charts/risk-heatmap/build-risk-heatmap-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const labels = { strong: '特に力を入れている', adequate: '十分である', weak: '課題が残されている', other: 'その他' };
const ratings = [
  { municipality: '防府市', stage: '使用', answer: '十分である' },
  { municipality: '防府市', stage: '使用', answer: '課題が残されている' },
  { municipality: '防府市', stage: '入手', answer: '特に力を入れている' },
  { municipality: '横浜市', stage: '保管・消去', answer: '発生なし' },
  { municipality: '横浜市', stage: null, answer: '十分である' },
  { municipality: '小金井市', stage: '委託', answer: null },
];

test('answers are graded by their text, full-width or not', () => {
  expect(answerLevel('特に力を入れて行っている')).toBe('strong');
  expect(answerLevel(' 十分である ')).toBe('adequate');
  expect(answerLevel('発生あり')).toBe('weak');
  expect(answerLevel('自己点検')).toBe('other');
  expect(worstLevel(['strong', 'other', 'adequate'])).toBe('adequate');
  expect(worstLevel(['other'])).toBe('other');
});

test('grid: stages in the form’s order, a cell holds its worst answer', () => {
  const grid = riskGrid(ratings, ['札幌市', '小金井市', '横浜市', '防府市']);
  expect(grid.stages).toEqual(['入手', '使用', '委託', '保管・消去']);
  expect(grid.municipalities).toEqual(['小金井市', '横浜市', '防府市']);
  expect(grid.cells.find((c) => c.municipality === '防府市' && c.stage === '使用')).toEqual({
    municipality: '防府市',
    stage: '使用',
    level: 'weak',
    answers: ['十分である', '課題が残されている'],
  });
});

test('one heatmap cell per city and stage with ratings, on a real instance', () => {
  const grid = riskGrid(ratings);
  const option = buildRiskHeatmapOption(grid, labels);
  expect((option.series as { data: unknown }[])[0]!.data).toMatchInlineSnapshot(`
    [
      [
        1,
        0,
        1,
      ],
      [
        0,
        0,
        3,
      ],
      [
        3,
        1,
        2,
      ],
      [
        2,
        2,
        0,
      ],
    ]
  `);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['防府市', '保管・消去', '課題が残されている']));
  dispose();
});

test('tooltips list the answers as escaped text', () => {
  const grid = riskGrid([{ municipality: '<b>x</b>', stage: '使用', answer: '十分である' }]);
  expect(tooltipOf(buildRiskHeatmapOption(grid, labels), { dataIndex: 0 })).toBe(
    '&lt;b&gt;x&lt;/b&gt; / 使用<br>・十分である',
  );
});

test('the picked cell is outlined, the others stay plain values', () => {
  const grid = riskGrid(ratings);
  const data = (buildRiskHeatmapOption(grid, labels, { municipality: '防府市', stage: '入手' }).series as { data: unknown[] }[])[0]!.data;
  expect(data.filter((d) => !Array.isArray(d))).toEqual([
    { value: [0, 0, 3], itemStyle: { borderColor: '#111', borderWidth: 3 } },
  ]);
});
