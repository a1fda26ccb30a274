import type { ECharts } from './echarts';

declare global {
  interface Window {
    /** live chart instances by name, so browser tests can read getOption() */
    __piaCharts?: Record<string, ECharts>;
  }
}

export function registerChart(name: string, chart: ECharts): () => void {
  const charts = (window.__piaCharts ??= {});
  charts[name] = chart;
  return () => {
    if (charts[name] === chart) delete charts[name];
  };
}
