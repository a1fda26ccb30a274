/** What each figure aims at (issue 8 item 2, issue 10 item 11). The bench prints them beside the figures; it judges nothing. */
export const TARGETS = {
  ingestSeconds: 60,
  ingestPeakRssBytes: 500e6,
  endpointP99Ms: 50,
  endpointRawSqlRatio: 1.5,
  responseBytes: 1e6,
  serverRssBytes: 250e6,
  firstChartMs: 1000,
  loadP99Ms: { seeds: 100, national: 200 },
} as const;

/** The load target for a corpus: the seeds' for the seeds, the national one for anything larger. */
export function loadP99TargetMs(corpus: string) {
  return corpus === 'seeds' ? TARGETS.loadP99Ms.seeds : TARGETS.loadP99Ms.national;
}
