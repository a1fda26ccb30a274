import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';

/** The ECharts parts a ranking draws with. */
export const rankingParts = [BarChart, GridComponent, LegendComponent, TooltipComponent];
