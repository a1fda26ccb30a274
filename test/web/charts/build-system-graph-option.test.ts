import { expect, test } from 'vitest';
import { buildSystemGraphOption } from '../../../web/src/lib/charts/system-graph/build-system-graph-option';
import { connectedTargets } from '../../../web/src/lib/charts/system-graph/connections';
import { renderSvg, svgTexts } from '../helpers/render-svg';

const systems = [
  { no: 1, name: '健康管理システム', canonical: '健康管理システム', targets: ['宛名システム等', '庁内連携システム'] },
  { no: 2, name: '団体内統合宛名システム', canonical: '宛名システム', targets: ['情報提供ネットワークシステム'] },
  { no: 3, name: 'ワクチン接種記録システム(VRS)', canonical: 'ワクチン接種記録システム', targets: [] },
];
const labels = { system: '自団体のシステム', target: '接続先' };

test('a checkbox target that is one of the city’s systems links to that system', () => {
  const option = buildSystemGraphOption(systems, labels);
  const series = (option.series as { data: { id: string; name: string; category: number }[]; links: unknown }[])[0]!;
  expect(series.data.map((n) => [n.id, n.name, n.category])).toEqual([
    ['system:1', '健康管理システム', 0],
    ['system:2', '団体内統合宛名システム', 0],
    ['system:3', 'ワクチン接種記録システム(VRS)', 0],
    ['target:庁内連携システム', '庁内連携システム', 1],
    ['target:情報提供ネットワークシステム', '情報提供ネットワークシステム', 1],
  ]);
  expect(series.links).toEqual([
    { source: 'system:1', target: 'system:2' },
    { source: 'system:1', target: 'target:庁内連携システム' },
    { source: 'system:2', target: 'target:情報提供ネットワークシステム' },
  ]);
});

test('a target whose bracket the extraction lost still finds the city’s system', () => {
  const option = buildSystemGraphOption(
    [
      { no: 1, name: 'ワクチン接種記録システム(VRS)', canonical: 'ワクチン接種記録システム(VRS)', targets: [] },
      { no: 2, name: '健康管理システム', canonical: '健康管理システム', targets: ['ワクチン接種記録システム(VRS', 'ワクチン接種記録システムVRS'] },
    ],
    labels,
  );
  const series = (option.series as { data: { id: string }[]; links: unknown }[])[0]!;
  expect(series.data.map((n) => n.id)).toEqual(['system:1', 'system:2']);
  expect(series.links).toEqual([{ source: 'system:2', target: 'system:1' }]);
});

test('draws every node label on a real instance', () => {
  const { svg, dispose } = renderSvg(buildSystemGraphOption(systems, labels));
  expect(svgTexts(svg)).toEqual(
    expect.arrayContaining(['1. 健康管理システム', '庁内連携システム', '自団体のシステム', '接続先']),
  );
  dispose();
});

test('two columns: the city’s systems named on the left, their targets on the right, level with who reaches them', () => {
  const option = buildSystemGraphOption(
    [
      { no: 2, name: 'B', canonical: 'B', targets: ['Y'] },
      { no: 1, name: 'A', canonical: 'A', targets: ['X', 'Y'] },
      { no: 3, name: 'C', canonical: 'C', targets: ['Z'] },
    ],
    labels,
  );
  const nodes = (option.series as { data: { id: string; value: number[]; label: { position: string } }[] }[])[0]!.data;
  expect(nodes.map((n) => [n.id, ...n.value, n.label.position])).toEqual([
    ['system:1', 0, 0, 'left'],
    ['system:2', 0, 1, 'left'],
    ['system:3', 0, 2, 'left'],
    ['target:X', 1, 0, 'right'],
    ['target:Y', 1, 1, 'right'],
    ['target:Z', 1, 2, 'right'],
  ]);
});

test('connections: ticked checkboxes by label, その他 split into the systems it names', () => {
  expect(
    connectedTargets({
      info_network: true,
      intra_linkage: false,
      juki_net: null,
      atena: true,
      other: true,
      other_text: 'ワクチン接種記録システム(VRS)、健康管理システム',
    }),
  ).toEqual(['情報提供ネットワークシステム', '宛名システム等', 'ワクチン接種記録システム(VRS)', '健康管理システム']);
  expect(connectedTargets({ other: true, other_text: null })).toEqual(['その他']);
});
