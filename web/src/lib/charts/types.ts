import type {
  BarSeriesOption,
  GraphSeriesOption,
  HeatmapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** Every option a builder may return: exactly the parts registered in echarts.ts. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GraphSeriesOption
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;
