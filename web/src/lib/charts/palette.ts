/**
 * Colours shared by the charts; answer levels read strong → weak (an answer without a grade
 * grey, a question left blank paler still, answers all in doubt amber), timings 事前 / 事後.
 */
export const levelColors = {
  strong: '#1a7f37',
  adequate: '#8cc084',
  weak: '#d1242f',
  ungraded: '#9aa1aa',
  unanswered: '#e3e6ea',
  uncertain: '#f3e2b3',
} as const;

/** What the reader doubts: drawn apart from the certain counts, outlined and hatched. */
export const uncertainColor = '#9a6700';

/** Diagonal hatching for bars of doubted rows (ECharts decal). */
export const hatch = { symbol: 'rect', symbolSize: 1, rotation: Math.PI / 4, color: 'rgba(154, 103, 0, 0.55)', dashArrayX: [1, 0], dashArrayY: [2, 4] };

/** The outline of a cell or dot counting doubted rows. */
export const uncertainOutline = { color: 'rgba(0, 0, 0, 0)', borderColor: uncertainColor, borderWidth: 2, borderType: 'dashed' as const };

export const timingColors: Record<string, string> = {
  事前: '#0969da',
  事後: '#e16f24',
  不明: '#8c959f',
};

export const sequential = ['#eef4fb', '#9ec2e6', '#2f6fb0', '#0b3a6e'];

/**
 * The heatmap series of doubted counts, drawn over the certain cells: each cell outlined,
 * its count as 「+n」 in a corner, never highlighted.
 */
export function doubtedHeatmapSeries(name: string, data: number[][]) {
  return {
    type: 'heatmap' as const,
    name,
    data,
    itemStyle: uncertainOutline,
    label: {
      show: true,
      position: 'insideBottomRight' as const,
      fontSize: 10,
      color: uncertainColor,
      formatter: (p: unknown) => `+${(p as { value: number[] }).value[2]}`,
    },
    emphasis: { disabled: true },
  };
}
