/**
 * The ECharts core and its canvas renderer. Each chart registers only its own parts (see the
 * `parts.ts` beside each option builder), so a view loads the code of the charts it draws and
 * no other: the overview draws none, the graph is only on the systems view.
 */
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer]);

/** What `use` registers: a chart type, a component or a renderer. */
export type ChartParts = Parameters<typeof use>[0];

export { init, use };
export type { ECharts, ECElementEvent } from 'echarts/core';
