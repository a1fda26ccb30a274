/**
 * A long axis (the bodies of a large prefecture, ten years of months): a slider over it and
 * dragging inside the chart to move along it. The mouse wheel is left to the page, which it
 * would otherwise stop scrolling whenever the pointer crosses a chart.
 */
export function axisScroll(axis: 'x' | 'y', { visible, ...place }: { visible?: number; [key: string]: unknown } = {}) {
  const index = axis === 'x' ? { xAxisIndex: 0 } : { yAxisIndex: 0 };
  return [
    { type: 'slider' as const, ...index, ...(visible ? { startValue: 0, endValue: visible - 1 } : {}), ...place },
    { type: 'inside' as const, ...index, zoomOnMouseWheel: false, moveOnMouseWheel: false },
  ];
}
