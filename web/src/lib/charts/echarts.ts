/**
 * The one place that registers ECharts parts: only what the dashboard draws, from
 * `echarts/core`, so the bundle never carries the full library (the bundler keeps only the
 * parts named from each namespace below).
 */
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import { init, use } from 'echarts/core';
import * as renderers from 'echarts/renderers';

use([
  charts.BarChart,
  charts.GraphChart,
  charts.HeatmapChart,
  charts.ScatterChart,
  components.DataZoomComponent,
  components.GridComponent,
  components.LegendComponent,
  components.TitleComponent,
  components.TooltipComponent,
  components.VisualMapComponent,
  renderers.CanvasRenderer,
  renderers.SVGRenderer,
]);

export { init };
export type { ECharts, ECElementEvent } from 'echarts/core';
