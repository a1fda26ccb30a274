import { expect, test } from 'vitest';
import {
  buildSubcontractShareOption,
  subcontractShares,
} from '../../../web/src/lib/charts/subcontract-share/build-subcontract-share-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

const contracts = [
  { municipality: '横浜市', subcontract: true },
  { municipality: '横浜市', subcontract: false },
  { municipality: '横浜市', subcontract: null },
  { municipality: '防府市', subcontract: false },
];

test('share over the contracts whose answer was read; cities without contracts kept', () => {
  expect(subcontractShares(contracts, ['札幌市'])).toEqual([
    { municipality: '札幌市', subcontracted: 0, known: 0, total: 0, percent: null },
    { municipality: '横浜市', subcontracted: 1, known: 2, total: 3, percent: 50 },
    { municipality: '防府市', subcontracted: 0, known: 1, total: 1, percent: 0 },
  ]);
});

const labels = { axis: '再委託の割合 (%)', none: '委託なし', unknown: '不明' };

test('a city without a bar says why: no contracts, or none that says', () => {
  const shares = subcontractShares([...contracts, { municipality: '北九州市', subcontract: null }], ['札幌市']);
  const option = buildSubcontractShareOption(shares, labels);
  expect((option.series as { data: unknown }[])[0]!.data).toEqual([null, 50, 0, null]);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['札幌市', '(委託なし)', '北九州市', '(不明)']));
  dispose();
});

test('one bar per city labelled with the counts', () => {
  const shares = subcontractShares(contracts);
  const option = buildSubcontractShareOption(shares, labels);
  expect((option.series as { data: unknown }[])[0]!.data).toEqual([50, 0]);
  const { svg, dispose } = renderSvg(option);
  expect(svgTexts(svg)).toEqual(expect.arrayContaining(['横浜市', '防府市', '1/2', '0/1']));
  dispose();
  expect(tooltipOf(option, { dataIndex: 0 })).toBe('横浜市<br>1 / 2 (50%)<br>不明: 1');
});
