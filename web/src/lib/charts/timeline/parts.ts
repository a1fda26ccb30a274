import { ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';

/** The ECharts parts the change timeline draws with. */
export const timelineParts = [ScatterChart, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent];
