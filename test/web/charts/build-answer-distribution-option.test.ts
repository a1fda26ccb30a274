import { expect, test } from 'vitest';
import {
  answerDistribution,
  buildAnswerDistributionOption,
} from '../../../web/src/lib/charts/answer-distribution/build-answer-distribution-option';
import { renderSvg, svgTexts } from '../helpers/render-svg';

const rows = [
  { municipality: '防府市', answer: '十分である' },
  { municipality: '防府市', answer: '十分である' },
  { municipality: '防府市', answer: '課題が残されている' },
  { municipality: '横浜市', answer: '特に力を入れている' },
  { municipality: '横浜市', answer: null },
];

test('counts per answer and city, strong answers first', () => {
  expect(answerDistribution(rows)).toEqual({
    municipalities: ['防府市', '横浜市'],
    answers: ['特に力を入れている', '十分である', '課題が残されている'],
    counts: [
      [0, 1],
      [2, 0],
      [1, 0],
    ],
  });
});

test('one stacked series per answer, drawn with its legend', () => {
  const option = buildAnswerDistributionOption(answerDistribution(rows));
  const series = option.series as { name: string; stack: string; itemStyle: { color: string } }[];
  expect(series.map((s) => [s.name, s.stack, s.itemStyle.color])).toMatchInlineSnapshot(`
    [
      [
        "特に力を入れている",
        "answers",
        "#1a7f37",
      ],
      [
        "十分である",
        "answers",
        "#8cc084",
      ],
      [
        "課題が残されている",
        "answers",
        "#d1242f",
      ],
    ]
  `);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['防府市', '横浜市', '十分である']));
  dispose();
});

test('answers of one level follow the form’s order, each in its own shade of the level', () => {
  const d = answerDistribution(
    ['記録を残している', '定めている', '十分である', '発生あり', '政府機関ではない'].map((answer) => ({ municipality: '横浜市', answer })),
  );
  expect(d.answers).toEqual(['十分である', '定めている', '記録を残している', '発生あり', '政府機関ではない']);
  const colors = (buildAnswerDistributionOption(d).series as { itemStyle: { color: string } }[]).map((s) => s.itemStyle.color);
  expect(new Set(colors).size).toBe(colors.length);
});
