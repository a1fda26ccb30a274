import { escapeHtml } from '../escape-html';
import type { ChartOption } from '../types';

export interface GraphSystem {
  no: number;
  name: string;
  canonical: string;
  /** the ticked connection checkboxes, by their printed labels (その他 as its free text) */
  targets: string[];
}

export interface GraphLabels {
  system: string;
  target: string;
}

/** A name for matching: extraction can drop a bracket (「…システム(VRS」「…システムVRS」), so brackets go too. */
const fold = (s: string) => s.normalize('NFKC').replace(/[\s()]+/g, '').replace(/等$/, '');

interface GraphNode {
  id: string;
  name: string;
  category: number;
  value: number;
  /** the form's number of the system (システム1 …), for the city's own */
  no?: number;
}

/**
 * One city's systems and the systems they connect to. A checkbox target that is itself one
 * of the city's systems (宛名システム等 ↔ 団体内統合宛名システム) links to that node.
 */
function systemGraph(systems: GraphSystem[]) {
  const nodes = new Map<string, GraphNode>();
  const ownId = (s: GraphSystem) => `system:${s.no}`;
  for (const s of systems) nodes.set(ownId(s), { id: ownId(s), name: s.name, category: 0, value: 0, no: s.no });

  const findOwn = (target: string) => {
    const t = fold(target);
    return systems.find((s) => fold(s.canonical) === t || fold(s.name) === t || fold(s.canonical).endsWith(t));
  };

  const links: { source: string; target: string }[] = [];
  for (const s of systems) {
    for (const target of s.targets) {
      const own = findOwn(target);
      const id = own ? ownId(own) : `target:${fold(target)}`;
      if (id === ownId(s)) continue;
      if (!nodes.has(id)) nodes.set(id, { id, name: target, category: 1, value: 0 });
      if (!links.some((l) => l.source === ownId(s) && l.target === id)) links.push({ source: ownId(s), target: id });
    }
  }
  for (const l of links) {
    nodes.get(l.source)!.value++;
    nodes.get(l.target)!.value++;
  }
  return { nodes, links };
}

const ROW = 34;

/** The chart's height for a city: one row per node of the taller column. */
export function systemGraphHeight(systems: GraphSystem[]): number {
  const { nodes } = systemGraph(systems);
  const own = [...nodes.values()].filter((n) => n.category === 0).length;
  return Math.max(260, Math.max(own, nodes.size - own) * ROW + 70);
}

/**
 * Two columns, so that no name runs over another: the city's systems on the left (named to
 * their left, by the form's number), what they connect to on the right, each placed level with
 * the systems that reach it to keep lines from crossing.
 */
export function buildSystemGraphOption(systems: GraphSystem[], labels: GraphLabels): ChartOption {
  const { nodes, links } = systemGraph(systems);
  const own = [...nodes.values()].filter((n) => n.category === 0).sort((a, b) => a.no! - b.no!);
  const row = new Map(own.map((n, i) => [n.id, i]));
  const reach = (id: string) => {
    const from = links.filter((l) => l.target === id).map((l) => row.get(l.source) ?? 0);
    return from.length ? from.reduce((a, b) => a + b, 0) / from.length : own.length;
  };
  const targets = [...nodes.values()].filter((n) => n.category === 1).sort((a, b) => reach(a.id) - reach(b.id));
  const spread = (i: number, of: number, rows: number) => (of > 1 ? (i * (rows - 1)) / (of - 1) : (rows - 1) / 2);
  const rows = Math.max(own.length, targets.length, 1);
  const place = (column: GraphNode[], x: number, position: 'left' | 'right') =>
    column.map((n, i) => ({
      ...n,
      value: [x, spread(i, column.length, rows)],
      symbolSize: Math.min(10 + 3 * n.value, 26),
      label: { position },
    }));

  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const item = p as { dataType: string; data: { name?: string; source?: string; target?: string } };
        if (item.dataType === 'edge') {
          const from = nodes.get(item.data.source!)?.name;
          const to = nodes.get(item.data.target!)?.name;
          return `${escapeHtml(from)} → ${escapeHtml(to)}`;
        }
        return escapeHtml(item.data.name);
      },
    },
    legend: { top: 0, data: [labels.system, labels.target] },
    // on hidden axes rather than a free layout, which would stretch the nodes with the box
    grid: { top: 48, bottom: 16, left: '41%', right: '41%' },
    xAxis: { type: 'value', min: 0, max: 1, show: false },
    yAxis: { type: 'value', min: -0.5, max: rows - 0.5, inverse: true, show: false },
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        categories: [{ name: labels.system }, { name: labels.target }],
        data: [...place(own, 0, 'left'), ...place(targets, 1, 'right')],
        links,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        label: {
          show: true,
          width: 215,
          overflow: 'break',
          formatter: (p: unknown) => {
            const n = (p as { data: GraphNode }).data;
            return n.no === undefined ? n.name : `${n.no}. ${n.name}`;
          },
        },
        // links between the city's own systems share a column: a bend keeps them off the nodes between
        lineStyle: { color: 'source', curveness: 0.2, width: 1.5, opacity: 0.7 },
        emphasis: { focus: 'adjacency' },
      },
    ],
    // a name may take what its side of the chart (41%) leaves beside the node, and wraps beyond it;
    // every matching rule applies in turn, so the narrowest comes last
    media: [640, 560, 480, 400].map((maxWidth) => ({
      query: { maxWidth },
      option: { series: [{ label: { width: Math.round((maxWidth - 80) * 0.41) - 20 } }] },
    })),
  };
}
