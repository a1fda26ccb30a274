import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';

/** The ECharts parts the 再委託 share chart draws with. */
export const subcontractShareParts = [BarChart, DataZoomComponent, GridComponent, TooltipComponent];
