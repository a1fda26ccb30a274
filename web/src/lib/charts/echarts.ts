/**
 * The one place that registers ECharts parts: only what the dashboard draws, from
 * `echarts/core`, so the bundle never carries the full library.
 */
import { BarChart, GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  GraphChart,
  HeatmapChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { init };
export type { ECharts, ECElementEvent } from 'echarts/core';
