import { expect, test } from 'vitest';
import { buildTimelineOption, timeline } from '../../../web/src/lib/charts/timeline/build-timeline-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const changes = [
  { municipality: '札幌市', changed_on: '2021-03-01', timing: '事後' },
  { municipality: '札幌市', changed_on: '2021-03-01', timing: '事後' },
  { municipality: '札幌市', changed_on: '2022-06-27', timing: '事前' },
  { municipality: '横浜市', changed_on: '2023-06-27', timing: null },
  { municipality: '横浜市', changed_on: null, timing: '事前' },
];

test('dots group a city’s changes of one day and timing; per-city counts kept', () => {
  const t = timeline(changes, ['札幌市', '横浜市', '防府市']);
  expect(t.counts).toEqual({ 札幌市: 3, 横浜市: 1, 防府市: 0 });
  expect(t.undated).toBe(1);
  expect(t.municipalities).toEqual(['札幌市', '横浜市', '防府市']);
  expect(t.points).toContainEqual({ municipality: '札幌市', date: '2021-03-01', timing: '事後', count: 2 });
});

test('one series per timing; the axis shows each city’s count', () => {
  const option = buildTimelineOption(timeline(changes));
  expect((option.series as { name: string; data: unknown }[]).map((s) => [s.name, s.data])).toMatchInlineSnapshot(`
    [
      [
        "事前",
        [
          [
            "2022-06-27",
            0,
            1,
            "札幌市",
            "事前",
          ],
        ],
      ],
      [
        "事後",
        [
          [
            "2021-03-01",
            0,
            2,
            "札幌市",
            "事後",
          ],
        ],
      ],
      [
        "不明",
        [
          [
            "2023-06-27",
            1,
            1,
            "横浜市",
            "不明",
          ],
        ],
      ],
    ]
  `);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['札幌市 (3)', '横浜市 (1)', '事前', '事後']));
  dispose();
  expect(tooltipOf(option, { value: ['2021-03-01', 0, 2, '<i>札幌</i>', '事後'] })).toBe(
    '&lt;i&gt;札幌&lt;/i&gt;<br>2021-03-01 事後: 2',
  );
});
