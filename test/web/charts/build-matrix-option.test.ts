import { afterEach, describe, expect, test } from 'vitest';
import { buildMatrixOption, matrixHeight, matrixPick, VISIBLE_COLUMNS } from '../../../web/src/lib/charts/matrix/build-matrix-option';
import { contractorMatrixInput, OTHERS, systemMatrixInput } from '../../../web/src/lib/charts/matrix/from-api';
import { sequential } from '../../../web/src/lib/charts/palette';
import { fills, renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const labels = { value: '委託数', uncertain: '要確認 (数に含めず)', others: 'その他' };

/** /api/contractors/matrix as it answers, by prefecture: two contractors and the rest as その他. */
const api = {
  by: 'prefecture' as const,
  groups: [
    { key: '13', label: '東京都' },
    { key: '35', label: '山口県' },
    { key: '40', label: '福岡県' },
  ],
  contractors: [
    { id: 7, name: '株式会社ＲＫＫＣＳ', municipality_count: 2, contract_count: 2, uncertain_contract_count: 0 },
    { id: 3, name: '富士通Japan株式会社', municipality_count: 1, contract_count: 4, uncertain_contract_count: 2 },
  ],
  others: true,
  cells: [
    { contractor_id: 7, group: '35', contracts: 2, bodies: 1, uncertain_contracts: 0 },
    { contractor_id: 3, group: '40', contracts: 4, bodies: 1, uncertain_contracts: 2 },
    { contractor_id: null, group: '13', contracts: 0, bodies: 0, uncertain_contracts: 1 },
    { contractor_id: null, group: '40', contracts: 3, bodies: 2, uncertain_contracts: 0 },
  ],
};

let dispose = () => {};
afterEach(() => {
  dispose();
  dispose = () => {};
});

describe('the API’s matrix as the chart’s input', () => {
  test('rows in the API’s order and その他 last, cells keyed by row and column', () => {
    const input = contractorMatrixInput(api, { ...labels, bodies: (n) => `団体数 ${n}` });
    expect(input.rows).toEqual([
      { key: '7', label: '株式会社ＲＫＫＣＳ' },
      { key: '3', label: '富士通Japan株式会社' },
      { key: OTHERS, label: 'その他' },
    ]);
    expect(input.columns.map((c) => c.label)).toEqual(['東京都', '山口県', '福岡県']);
    expect(input.cells[1]).toEqual({ row: '3', column: '40', value: 4, uncertain: 2, detail: '団体数 1' });
  });

  test('rows by contracts or name, columns by their certain counts; その他 stays last', () => {
    const byContracts = contractorMatrixInput(api, labels, 'contracts', 'total');
    expect(byContracts.rows.map((r) => r.label)).toEqual(['富士通Japan株式会社', '株式会社ＲＫＫＣＳ', 'その他']);
    // 福岡県 4 + 3, 山口県 2, 東京都 0 (its one contract is in doubt)
    expect(byContracts.columns.map((c) => c.label)).toEqual(['福岡県', '山口県', '東京都']);
    // kana before kanji in Japanese order
    const withKana = { ...api, contractors: [...api.contractors, { id: 9, name: 'アイネス株式会社', municipality_count: 1, contract_count: 1, uncertain_contract_count: 0 }] };
    expect(contractorMatrixInput(withKana, labels, 'name').rows.map((r) => r.label)[0]).toBe('アイネス株式会社');
    expect(contractorMatrixInput(withKana, labels, 'name').rows.at(-1)!.label).toBe('その他');
  });

  test('systems: bodies per cell, doubted bodies beside', () => {
    const input = systemMatrixInput(
      {
        groups: [{ key: '132101', label: '小金井市' }],
        systems: [{ canonical: '中間サーバー', bodies: 1, uncertain_bodies: 0 }],
        others: false,
        cells: [{ system: '中間サーバー', group: '132101', bodies: 1, uncertain_bodies: 1 }],
      },
      { ...labels, value: '団体数' },
    );
    expect(input.rows).toEqual([{ key: '中間サーバー', label: '中間サーバー' }]);
    expect(input.cells).toEqual([{ row: '中間サーバー', column: '132101', value: 1, uncertain: 1 }]);
  });
});

describe('buildMatrixOption', () => {
  const input = contractorMatrixInput(api, { ...labels, bodies: (n) => `団体数 ${n}` });

  test('certain counts in one series, cells with doubted rows outlined in another, never summed', () => {
    const option = buildMatrixOption(input);
    const [certain, doubted] = option.series as { name: string; data: unknown[]; itemStyle?: object }[];
    // [column, row, count, cell index]: an empty certain cell is no cell
    expect(certain!.data).toEqual([
      [1, 0, 2, 0],
      [2, 1, 4, 1],
      [2, 2, 3, 3],
    ]);
    expect(doubted!.name).toBe('要確認 (数に含めず)');
    expect(doubted!.data).toEqual([
      [2, 1, 2, 1],
      [0, 2, 1, 2],
    ]);
    expect(doubted!.itemStyle).toEqual({ color: 'rgba(0, 0, 0, 0)', borderColor: '#9a6700', borderWidth: 2, borderType: 'dashed' });
    expect(option.visualMap).toMatchObject([{ seriesIndex: 0, min: 0, max: 4 }, { seriesIndex: 1 }]);
    expect(option.legend).toEqual({ top: 0, right: 8, data: ['要確認 (数に含めず)'] });
    expect(option.dataZoom).toBeUndefined();
  });

  test('draws the names, the counts and 「+n」 over the doubted cells, dashed, on a real instance', () => {
    const r = renderSvg(buildMatrixOption(input));
    dispose = r.dispose;
    const texts = svgTexts(r.svg);
    for (const label of ['株式会社ＲＫＫＣＳ', '富士通Japan株式会社', 'その他', '東京都', '山口県', '福岡県', '2', '4', '3', '+2', '+1', '要確認 (数に含めず)']) {
      expect(texts).toContain(label);
    }
    expect(r.svg.match(/stroke-dasharray/g)).toHaveLength(2);
    // the certain cells shaded by their count on the scale 0 … 4: 2 halfway, 4 its darkest stop
    // (#0b3a6e), 3 between; the outlines unfilled
    expect(sequential.at(-1)).toBe('#0b3a6e');
    expect(fills(r.chart, 0)).toEqual(['rgba(103,153,203,1)', 'rgba(11,58,110,1)', 'rgba(38,98,160,1)']);
    expect(fills(r.chart, 1)).toEqual(['rgba(0,0,0,0)', 'rgba(0,0,0,0)']);
  });

  test('the tooltip gives the certain count, the doubted ones beside and the bodies; markup stays text', () => {
    const option = buildMatrixOption(input);
    expect(tooltipOf(option, { value: [2, 1, 4, 1] })).toBe('富士通Japan株式会社<br>福岡県: 委託数 4 (+2 要確認 (数に含めず))<br>団体数 1');
    const hostile = buildMatrixOption({ ...input, rows: [{ key: '7', label: '<img src=x onerror=alert(1)>' }, ...input.rows.slice(1)] });
    expect(tooltipOf(hostile, { value: [1, 0, 2, 0] })).toBe('&lt;img src=x onerror=alert(1)&gt;<br>山口県: 委託数 2<br>団体数 1');
  });

  test('the picked cell is outlined', () => {
    const option = buildMatrixOption({ ...input, selected: { row: '3', column: '40' } });
    expect((option.series as { data: unknown[] }[])[0]!.data[1]).toEqual({ value: [2, 1, 4, 1], itemStyle: { borderColor: '#111', borderWidth: 3 } });
  });

  test('a wide matrix (a prefecture’s bodies) scrolls sideways with a slider', () => {
    const columns = Array.from({ length: 179 }, (_, i) => ({ key: String(10000 + i), label: `町${i}` }));
    const wide = { ...input, columns, cells: [{ row: '7', column: '10178', value: 1, uncertain: 0 }] };
    const option = buildMatrixOption(wide);
    expect(option.dataZoom).toEqual([
      { type: 'slider', xAxisIndex: 0, startValue: 0, endValue: VISIBLE_COLUMNS - 1, bottom: 8, height: 16 },
      { type: 'inside', xAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: false },
    ]);
    expect(matrixHeight(wide)).toBe(28 * 3 + 130 + 30);
    expect((option.series as { data: unknown[] }[])[0]!.data).toEqual([[178, 0, 1, 0]]);
  });

  test('a click picks a cell by its keys, or a column by its name', () => {
    expect(matrixPick(input, { componentType: 'series', value: [2, 1, 4, 1] })).toEqual({ row: '3', column: '40' });
    expect(matrixPick(input, { componentType: 'xAxis', value: '山口県' })).toEqual({ column: '35' });
    expect(matrixPick(input, { componentType: 'series', value: [9, 9, 1] })).toBeNull();
    expect(matrixPick(input, { componentType: 'xAxis', value: '沖縄県' })).toBeNull();
  });
});
