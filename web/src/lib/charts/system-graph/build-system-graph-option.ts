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

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/等$/, '');

/**
 * One city's systems and the systems they connect to. A checkbox target that is itself one
 * of the city's systems (宛名システム等 ↔ 団体内統合宛名システム) links to that node.
 */
export function buildSystemGraphOption(systems: GraphSystem[], labels: GraphLabels): ChartOption {
  const nodes = new Map<string, { id: string; name: string; category: number; value: number }>();
  const ownId = (s: GraphSystem) => `system:${s.no}`;
  for (const s of systems) nodes.set(ownId(s), { id: ownId(s), name: s.name, category: 0, value: 0 });

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
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: false },
        top: 48,
        bottom: 32,
        left: 120,
        right: 120,
        roam: true,
        categories: [{ name: labels.system }, { name: labels.target }],
        data: [...nodes.values()].map((n) => ({ ...n, symbolSize: 18 + 4 * n.value })),
        links,
        edgeSymbol: ['none', 'arrow'],
        label: { show: true, position: 'right', width: 160, overflow: 'truncate' },
        lineStyle: { color: 'source', curveness: 0.15, width: 1.5 },
      },
    ],
  };
}
