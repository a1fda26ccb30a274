import { expect, test } from 'vitest';
import { answerLevel, weakestLevel } from '../../../web/src/lib/charts/risk-heatmap/answer-level';
import {
  buildRiskHeatmapOption,
  legendLabel,
  riskGrid,
  type HeatmapLabels,
} from '../../../web/src/lib/charts/risk-heatmap/build-risk-heatmap-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const labels: HeatmapLabels = {
  levels: {
    strong: 'すべて「特に力を入れて」',
    adequate: '最も弱い回答が「十分」',
    weak: '最も弱い回答が選択肢の最下位',
    ungraded: '等級のない回答のみ',
    unanswered: '回答なし (設問のみ)',
  },
  weakest: '最も弱い回答',
  noAnswer: '回答なし',
};
const ratings = [
  { municipality: '防府市', stage: '使用', answer: '十分である' },
  { municipality: '防府市', stage: '使用', answer: '課題が残されている' },
  { municipality: '防府市', stage: '入手', answer: '特に力を入れている' },
  { municipality: '横浜市', stage: '保管・消去', answer: '発生なし' },
  { municipality: '横浜市', stage: null, answer: '十分である' },
  { municipality: '小金井市', stage: '委託', answer: null },
];

test('answers are graded by their rank on their own scale, full-width or not', () => {
  expect(answerLevel('特に力を入れて行っている')).toBe('strong');
  expect(answerLevel(' 十分である ')).toBe('adequate');
  expect(answerLevel('記録を残している')).toBe('adequate');
  expect(answerLevel('発生あり')).toBe('weak');
  expect(answerLevel('十分に周知していない')).toBe('weak');
  expect(answerLevel('政府機関ではない')).toBe('ungraded');
  expect(answerLevel('再委託していない')).toBe('ungraded');
  expect(answerLevel(null)).toBe('unanswered');
  expect(weakestLevel(['strong', 'ungraded', 'adequate'])).toBe('adequate');
  expect(weakestLevel(['ungraded'])).toBe('ungraded');
  expect(weakestLevel([])).toBe('unanswered');
});

test('grid: stages in the form’s order, a cell holds its weakest answer and its blanks', () => {
  const grid = riskGrid(ratings, ['札幌市', '小金井市', '横浜市', '防府市']);
  expect(grid.stages).toEqual(['入手', '使用', '委託', '保管・消去']);
  expect(grid.municipalities).toEqual(['小金井市', '横浜市', '防府市']);
  expect(grid.cells.find((c) => c.municipality === '防府市' && c.stage === '使用')).toEqual({
    municipality: '防府市',
    stage: '使用',
    level: 'weak',
    answers: ['十分である', '課題が残されている'],
    unanswered: 0,
  });
  expect(grid.cells.find((c) => c.municipality === '小金井市')).toMatchObject({ level: 'unanswered', answers: [], unanswered: 1 });
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
        -1,
      ],
    ]
  `);
  const { svg, dispose } = renderSvg(option, 1000, 500);
  const texts = svgTexts(svg);
  expect(texts).toEqual(expect.arrayContaining(['防府市', '保管・消去', '回答なし', '2']));
  expect(texts).not.toContain('0');
  dispose();
});

test('the legend says what each colour is made of: the weakest answers the cells hold', () => {
  const grid = riskGrid([
    ...ratings,
    { municipality: '横浜市', stage: '保管・消去', answer: '発生あり' },
    { municipality: '横浜市', stage: '委託', answer: '政府機関ではない' },
  ]);
  const pieces = (buildRiskHeatmapOption(grid, labels).visualMap as { pieces: { value: number; label: string }[] }).pieces;
  expect(pieces.map((p) => [p.value, p.label])).toEqual([
    [3, 'すべて「特に力を入れて」: 特に力を入れている'],
    [2, '最も弱い回答が「十分」: 十分である / 発生なし'],
    [1, '最も弱い回答が選択肢の最下位: 課題が残されている / 発生あり'],
    [0, '等級のない回答のみ: 政府機関ではない'],
    [-1, '回答なし (設問のみ)'],
  ]);
  // a level no cell holds quotes the form's own options
  expect(legendLabel(riskGrid([]), 'weak', labels)).toBe(
    '最も弱い回答が選択肢の最下位: 課題が残されている / 十分に行っていない / 定めていない …',
  );
});

test('a long stage name is shortened on the axis and given in full in the tooltip', () => {
  const stage = '情報提供ネットワークシステムとの接続';
  const grid = riskGrid([{ municipality: '横浜市', stage, answer: '十分である' }]);
  const option = buildRiskHeatmapOption(grid, labels);
  const { svg, dispose } = renderSvg(option);
  const texts = svgTexts(svg);
  dispose();
  expect(texts.join('')).toContain('情報提供NWS');
  expect(texts).not.toContain(stage);
  expect(tooltipOf(option, { dataIndex: 0 })).toContain(stage);
});

test('tooltips count each answer once, weakest first, as escaped text', () => {
  const grid = riskGrid([
    { municipality: '<b>x</b>', stage: '使用', answer: '十分である' },
    { municipality: '<b>x</b>', stage: '使用', answer: '十分である' },
    { municipality: '<b>x</b>', stage: '使用', answer: '発生あり' },
    { municipality: '<b>x</b>', stage: '使用', answer: null },
    { municipality: '<b>x</b>', stage: '使用', answer: '政府機関ではない' },
  ]);
  expect(tooltipOf(buildRiskHeatmapOption(grid, labels), { dataIndex: 0 })).toBe(
    '<strong>&lt;b&gt;x&lt;/b&gt; / 使用</strong><br>最も弱い回答: 発生あり<br>・発生あり<br>・十分である ×2<br>・政府機関ではない<br>・回答なし',
  );
});

test('the picked cell is outlined, the others stay plain values', () => {
  const grid = riskGrid(ratings);
  const data = (buildRiskHeatmapOption(grid, labels, { municipality: '防府市', stage: '入手' }).series as { data: unknown[] }[])[0]!.data;
  expect(data.filter((d) => !Array.isArray(d))).toEqual([
    { value: [0, 0, 3], itemStyle: { borderColor: '#111', borderWidth: 3 } },
  ]);
});
