import { afterEach, expect, test } from 'vitest';
import {
  buildSubcontractShareOption,
  noShareReason,
  shareHeight,
  VISIBLE_ROWS,
  type ShareRow,
} from '../../../web/src/lib/charts/subcontract-share/build-subcontract-share-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const labels = { axis: '再委託の割合 (%)', uncertain: '要確認', unread: '読み取れず', partAbsent: '該当部分なし' };
const row = (r: Partial<ShareRow> & Pick<ShareRow, 'key' | 'label'>): ShareRow => ({
  contracts: 0,
  subcontract: 0,
  no_subcontract: 0,
  uncertain: 0,
  unread: 0,
  counted: 0,
  share: null,
  status: 'counted',
  ...r,
});
/** /api/contracts/subcontract-shares as it answers, by prefecture */
const rows = [
  row({ key: '01', label: '北海道', status: 'part_absent' }),
  row({ key: '13', label: '東京都', contracts: 6, subcontract: 1, no_subcontract: 2, uncertain: 2, unread: 1, counted: 3, share: 1 / 3 }),
  row({ key: '14', label: '神奈川県', contracts: 9, subcontract: 9, counted: 9, share: 1 }),
  row({ key: '35', label: '山口県', status: 'none_read' }),
  row({ key: '40', label: '福岡県', contracts: 2, uncertain: 2 }),
];

let dispose = () => {};
afterEach(() => dispose());

test('bars of the API’s shares; a group without one says why, never 「委託なし」', () => {
  const option = buildSubcontractShareOption(rows, labels);
  expect((option.series as { data: unknown[] }[])[0]!.data).toEqual([null, 33.3, 100, null, null]);
  expect(rows.map((r) => noShareReason(r, labels))).toEqual(['該当部分なし', null, null, '読み取れず', '要確認']);
  const r = renderSvg(option, 800, shareHeight(rows));
  dispose = r.dispose;
  const texts = svgTexts(r.svg);
  for (const label of ['北海道 (該当部分なし)', '東京都', '神奈川県', '山口県 (読み取れず)', '福岡県 (要確認)', '1/3 +2 要確認', '9/9']) expect(texts).toContain(label);
  expect(texts.join()).not.toContain('委託なし');
});

test('the tooltip counts the doubted and unread answers apart from the share', () => {
  const option = buildSubcontractShareOption(rows, labels);
  expect(tooltipOf(option, { dataIndex: 1 })).toBe('東京都<br>1 / 3 (33.3%)<br>要確認: 2<br>読み取れず: 1');
  expect(tooltipOf(option, { dataIndex: 0 })).toBe('北海道<br>該当部分なし');
  expect(tooltipOf(buildSubcontractShareOption([row({ key: 'x', label: '<i>x</i>', counted: 1, subcontract: 1, share: 1 })], labels), { dataIndex: 0 })).toBe(
    '&lt;i&gt;x&lt;/i&gt;<br>1 / 1 (100%)',
  );
});

test('the bodies of a large prefecture scroll', () => {
  const many = Array.from({ length: 179 }, (_, i) => row({ key: String(i), label: `町${i}` }));
  const option = buildSubcontractShareOption(many, labels);
  expect(option.dataZoom).toEqual([
    { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1, right: 8, width: 16 },
    { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: false },
  ]);
  expect(shareHeight(many)).toBe(26 * VISIBLE_ROWS + 70);
  expect(buildSubcontractShareOption(rows, labels).dataZoom).toBeUndefined();
});
