import { afterEach, expect, test } from 'vitest';
import { buildRiskHeatmapOption, legendLabel, riskHeatmapHeight, type HeatmapLabels, type RiskCell } from '../../../web/src/lib/charts/risk-heatmap/build-risk-heatmap-option';
import { cellLevel, LEVEL_EXAMPLES } from '../../../web/src/lib/charts/risk-heatmap/levels';
import { levelColors } from '../../../web/src/lib/charts/palette';
import { fills, renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const labels: HeatmapLabels = {
  levels: {
    strong: 'すべて「特に力を入れて」',
    adequate: '最も弱い回答が「十分」',
    weak: '最も弱い回答が選択肢の最下位',
    ungraded: '等級のない回答のみ',
    uncertain: '要確認の回答のみ',
    unanswered: '回答なし (設問のみ)',
  },
  counts: { strong: '特に力を入れて', adequate: '十分', weak: '最下位', ungraded: '等級なし', uncertain: '要確認', unread: '読み取れず', bodies: '団体数' },
  weakest: '最も弱い回答',
  noAnswer: '回答なし',
  uncertain: '要確認 (数に含めず)',
};
const cell = (c: Partial<RiskCell> & Pick<RiskCell, 'group' | 'stage'>): RiskCell => ({
  answers: 0, strong: 0, adequate: 0, weak: 0, ungraded: 0, min_score: null, uncertain: 0, unread: 0, bodies: 1, ...c,
});
/** /api/ratings/matrix as it answers, by prefecture */
const matrix = {
  groups: [
    { key: '13', label: '東京都' },
    { key: '35', label: '山口県' },
  ],
  stages: ['入手', '使用', '委託'],
  cells: [
    cell({ group: '13', stage: '入手', answers: 2, strong: 2, min_score: 3 }),
    cell({ group: '13', stage: '使用', answers: 3, adequate: 2, weak: 1, min_score: 1, uncertain: 2, bodies: 2 }),
    cell({ group: '13', stage: '委託', answers: 1, ungraded: 1 }),
    cell({ group: '35', stage: '入手', unread: 2 }),
    cell({ group: '35', stage: '使用', uncertain: 1 }),
  ],
};

let dispose = () => {};
afterEach(() => dispose());

test('a cell’s level is its weakest certain answer from the API’s counts; doubt alone is a level of its own', () => {
  expect(matrix.cells.map(cellLevel)).toEqual(['strong', 'weak', 'ungraded', 'unanswered', 'uncertain']);
  expect(cellLevel({ answers: 1, ungraded: 0, min_score: 2, uncertain: 0 })).toBe('adequate');
});

test('one cell per group and stage coloured by level; doubted answers outlined over it, never added in', () => {
  const option = buildRiskHeatmapOption(matrix, labels);
  const [cells, doubted] = option.series as { data: unknown[] }[];
  // [stage, group, level rank, cell index]
  expect(cells!.data).toEqual([
    [0, 0, 3, 0],
    [1, 0, 1, 1],
    [2, 0, 0, 2],
    [0, 1, -1, 3],
    [1, 1, -2, 4],
  ]);
  expect(doubted!.data).toEqual([
    [1, 0, 2, 1],
    [1, 1, 1, 4],
  ]);
  const label = (option.series as { label: { formatter: (p: unknown) => string } }[])[0]!.label.formatter;
  expect([0, 1, 2, 3, 4].map((i) => label({ value: [0, 0, 0, i] }))).toEqual(['2', '3', '1', '回答なし', '']);
});

test('the legend keeps its words and quotes the form’s options at each level', () => {
  expect(legendLabel('weak', labels)).toBe('最も弱い回答が選択肢の最下位: 課題が残されている / 十分に行っていない / 定めていない / 行っていない …');
  expect(legendLabel('strong', labels)).toBe('すべて「特に力を入れて」: 特に力を入れている / 特に力を入れて行っている / 特に力を入れて整備している / 特に力を入れて周知している …');
  expect(legendLabel('unanswered', labels)).toBe('回答なし (設問のみ)');
  expect(LEVEL_EXAMPLES.weak).toContain('発生あり');
  expect(LEVEL_EXAMPLES.adequate).toContain('発生なし');
  expect(LEVEL_EXAMPLES.ungraded).toEqual(['再委託していない', '政府機関ではない', '保管している', '保管していない']);
  const pieces = (buildRiskHeatmapOption(matrix, labels).visualMap as { pieces?: { value: number; label: string }[] }[])[0]!.pieces!;
  expect(pieces.map((p) => p.value)).toEqual([3, 2, 1, 0, -2, -1]);
});

test('the tooltip lists the counts per level, the doubted and unread apart; names stay text', () => {
  const option = buildRiskHeatmapOption(matrix, labels);
  expect(tooltipOf(option, { value: [1, 0, 1, 1] })).toBe('<strong>東京都 / 使用</strong><br>最も弱い回答: 最も弱い回答が選択肢の最下位<br>・十分: 2<br>・最下位: 1<br>・要確認: 2<br>団体数: 2');
  const hostile = buildRiskHeatmapOption({ ...matrix, groups: [{ key: '13', label: '<img src=x>' }, matrix.groups[1]!] }, labels);
  expect(tooltipOf(hostile, { value: [0, 1, -1, 3] })).toBe('<strong>山口県 / 入手</strong><br>・読み取れず: 2<br>団体数: 1');
  expect(tooltipOf(hostile, { value: [0, 0, 3, 0] })).toContain('&lt;img src=x&gt;');
});

test('the picked cell is outlined; a tall matrix scrolls', () => {
  const option = buildRiskHeatmapOption(matrix, labels, { group: '13', stage: '使用' });
  expect((option.series as { data: unknown[] }[])[0]!.data[1]).toEqual({ value: [1, 0, 1, 1], itemStyle: { borderColor: '#111', borderWidth: 3 } });
  const tall = { ...matrix, groups: Array.from({ length: 179 }, (_, i) => ({ key: String(i), label: `町${i}` })) };
  expect(buildRiskHeatmapOption(tall, labels).dataZoom).toEqual([
    { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 49, right: 8, width: 16 },
    { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: false },
  ]);
  expect(riskHeatmapHeight(tall)).toBe(50 * 26 + 60 + 6 * 22 + 16);
});

test('draws groups, stages, counts and 「+n」 on a real instance, each cell in its level’s colour', () => {
  const r = renderSvg(buildRiskHeatmapOption(matrix, labels), 900, riskHeatmapHeight(matrix));
  dispose = r.dispose;
  expect(fills(r.chart, 0)).toEqual([levelColors.strong, levelColors.weak, levelColors.ungraded, levelColors.unanswered, levelColors.uncertain]);
  expect(fills(r.chart, 1)).toEqual(['rgba(0,0,0,0)', 'rgba(0,0,0,0)']);
  const texts = svgTexts(r.svg);
  for (const t of ['東京都', '山口県', '入手', '使用', '委託', '2', '3', '1', '回答なし', '+2', '+1', '要確認の回答のみ', '要確認 (数に含めず)']) expect(texts).toContain(t);
  expect(texts).toContain(legendLabel('weak', labels));
});
