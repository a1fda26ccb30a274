import { GraphChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';

/** The ECharts parts the system graph draws with. */
export const systemGraphParts = [GraphChart, GridComponent, LegendComponent, TooltipComponent];
