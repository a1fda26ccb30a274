import { afterEach, describe, expect, test } from 'vitest';
import { buildMatrixOption, matrixCellAt } from '../../../web/src/lib/charts/matrix/build-matrix-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const input = {
  rows: ['株式会社ＲＫＫＣＳ', '富士通Japan株式会社'],
  columns: ['防府市', '北九州市', '小金井市'],
  cells: [
    { row: '株式会社ＲＫＫＣＳ', column: '防府市', value: 2 },
    { row: '富士通Japan株式会社', column: '北九州市', value: 1 },
    { row: '富士通Japan株式会社', column: '小金井市', value: 0 },
    { row: '知らない会社', column: '防府市', value: 1 },
  ],
  valueLabel: '委託数',
};

let dispose = () => {};
afterEach(() => {
  dispose();
  dispose = () => {};
});

describe('buildMatrixOption', () => {
  test('one cell per non-zero known pair, indexed by column then row', () => {
    const option = buildMatrixOption(input);
    expect((option.series as { data: unknown }[])[0]!.data).toMatchInlineSnapshot(`
      [
        [
          0,
          0,
          2,
        ],
        [
          1,
          1,
          1,
        ],
      ]
    `);
    expect(option.visualMap).toMatchObject({ min: 0, max: 2 });
  });

  test('draws the axis labels and counts on a real instance', () => {
    const r = renderSvg(buildMatrixOption(input));
    dispose = r.dispose;
    const texts = svgTexts(r.svg);
    for (const label of [...input.rows, ...input.columns, '2', '1']) expect(texts).toContain(label);
    expect(texts).not.toContain('知らない会社');
  });

  test('maps a clicked value back to its row and column', () => {
    expect(matrixCellAt(input, [1, 1, 1])).toEqual({ row: '富士通Japan株式会社', column: '北九州市' });
    expect(matrixCellAt(input, [9, 9, 1])).toBeNull();
    expect(matrixCellAt(input, 'x')).toBeNull();
  });

  test('tooltips escape markup from documents', () => {
    const option = buildMatrixOption({ ...input, rows: ['<img src=x onerror=alert(1)>'] });
    expect(tooltipOf(option, { value: [0, 0, 1] })).toBe('&lt;img src=x onerror=alert(1)&gt;<br>防府市: 委託数 1');
  });
});
