import { afterEach, expect, test } from 'vitest';
import { buildAnswerDistributionOption, levelTotals } from '../../../web/src/lib/charts/answer-distribution/build-answer-distribution-option';
import type { RiskCell } from '../../../web/src/lib/charts/risk-heatmap/build-risk-heatmap-option';
import { renderSvg, svgTexts } from '../helpers/render-svg';

const cell = (c: Partial<RiskCell> & Pick<RiskCell, 'group' | 'stage'>): RiskCell => ({
  answers: 0, strong: 0, adequate: 0, weak: 0, ungraded: 0, min_score: null, uncertain: 0, unread: 0, bodies: 1, ...c,
});
const matrix = {
  groups: [
    { key: '132101', label: '小金井市' },
    { key: '352063', label: '防府市' },
  ],
  stages: ['入手', '使用'],
  cells: [
    cell({ group: '132101', stage: '入手', strong: 1, adequate: 2 }),
    cell({ group: '132101', stage: '使用', adequate: 1, weak: 1, uncertain: 1 }),
    cell({ group: '352063', stage: '入手', ungraded: 1, unread: 3 }),
  ],
};
const labels = { strong: '特に力を入れて', adequate: '十分', weak: '最下位', ungraded: '等級なし', uncertain: '要確認', unread: '読み取れず' };

let dispose = () => {};
afterEach(() => dispose());

test('per group, the API’s counts per level over the stages; doubt and unread on a bar of their own, hatched', () => {
  expect(levelTotals(matrix)).toEqual({ strong: [1, 0], adequate: [3, 0], weak: [1, 0], ungraded: [0, 1], uncertain: [1, 0], unread: [0, 3] });
  const option = buildAnswerDistributionOption(matrix, labels);
  const series = option.series as { name: string; stack: string; data: number[]; itemStyle: { decal?: object } }[];
  expect(series.map((s) => [s.name, s.stack, s.data, !!s.itemStyle.decal])).toEqual([
    ['特に力を入れて', 'answers', [1, 0], false],
    ['十分', 'answers', [3, 0], false],
    ['最下位', 'answers', [1, 0], false],
    ['等級なし', 'answers', [0, 1], false],
    ['要確認', 'apart', [1, 0], true],
    ['読み取れず', 'apart', [0, 3], false],
  ]);
  const r = renderSvg(option);
  dispose = r.dispose;
  for (const t of ['小金井市', '防府市', ...Object.values(labels)]) expect(svgTexts(r.svg)).toContain(t);
});
