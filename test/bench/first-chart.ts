/**
 * Runs in the page before its own scripts: on every animation frame, looks for the first
 * ECharts figure ([data-chart]) that has drawn something (a canvas with a non-transparent
 * pixel, or an svg with shapes) and keeps performance.now() then, which counts from the
 * navigation's start. A string, not a function: tsx's transform would add helpers the page lacks.
 */
export const FIRST_CHART_SCRIPT = `(() => {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 64;
  const drawn = (figure) => {
    const svg = figure.querySelector('svg');
    if (svg && svg.querySelector('path, rect, circle, text')) return true;
    for (const canvas of figure.querySelectorAll('canvas')) {
      if (!canvas.width || !canvas.height) continue;
      const ctx = probe.getContext('2d', { willReadFrequently: true });
      ctx.clearRect(0, 0, 64, 64);
      ctx.drawImage(canvas, 0, 0, 64, 64);
      const data = ctx.getImageData(0, 0, 64, 64).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    }
    return false;
  };
  const tick = () => {
    for (const figure of document.querySelectorAll('[data-chart]')) {
      if (drawn(figure)) {
        window.__benchFirstChart = { ms: performance.now(), name: figure.getAttribute('data-chart') };
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface FirstChart {
  ms: number;
  name: string | null;
}
