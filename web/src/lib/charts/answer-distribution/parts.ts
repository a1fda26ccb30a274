import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';

/** The ECharts parts the answer distribution draws with. */
export const answerDistributionParts = [BarChart, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent];
