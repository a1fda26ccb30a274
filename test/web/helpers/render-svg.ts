import { SVGRenderer } from 'echarts/renderers';
import { init, use } from '../../../web/src/lib/charts/echarts';
import { answerDistributionParts } from '../../../web/src/lib/charts/answer-distribution/parts';
import { matrixParts } from '../../../web/src/lib/charts/matrix/parts';
import { rankingParts } from '../../../web/src/lib/charts/ranking/parts';
import { riskHeatmapParts } from '../../../web/src/lib/charts/risk-heatmap/parts';
import { subcontractShareParts } from '../../../web/src/lib/charts/subcontract-share/parts';
import { systemGraphParts } from '../../../web/src/lib/charts/system-graph/parts';
import { timelineParts } from '../../../web/src/lib/charts/timeline/parts';
import type { ChartOption } from '../../../web/src/lib/charts/types';

use([SVGRenderer, ...answerDistributionParts, ...matrixParts, ...rankingParts, ...riskHeatmapParts, ...subcontractShareParts, ...systemGraphParts, ...timelineParts]);

/** Draws an option on a real headless ECharts instance and returns the SVG and the instance. */
export function renderSvg(option: ChartOption, width = 800, height = 500) {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option, { notMerge: true });
  const svg = chart.renderToSVGString();
  return { chart, svg, dispose: () => chart.dispose() };
}

/** The text nodes of an SVG string, decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** Calls a tooltip formatter the way ECharts would. */
export function tooltipOf(option: ChartOption, params: unknown): string {
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return tooltip.formatter(params);
}

/** The fill ECharts gave each data item of a series (the visual map's colour for a heatmap). */
export function fills(chart: ReturnType<typeof renderSvg>['chart'], seriesIndex: number): string[] {
  const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getItemVisual(i: number, key: string): { fill: string } } } } }).getModel();
  const data = model.getSeriesByIndex(seriesIndex).getData();
  return Array.from({ length: data.count() }, (_, i) => data.getItemVisual(i, 'style').fill);
}
