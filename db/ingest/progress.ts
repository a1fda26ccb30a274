/**
 * Progress of a long load, for a person watching: on a terminal one line redrawn in place
 * (count, rate, time left); elsewhere (a log, CI) a plain line every so often.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now) {
  const started = now();
  let lastPlain = 0;
  let failed = 0;
  return {
    update(done: number, total: number, ok: boolean) {
      if (!ok) failed++;
      const seconds = (now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : 0;
      const line = `${done}/${total} documents, ${rate.toFixed(1)}/s, ${failed} failed, ${done < total ? `about ${formatDuration(left)} left` : `done in ${formatDuration(seconds)}`}`;
      if (stream.isTTY) {
        const width = 24;
        const filled = Math.round((done / Math.max(1, total)) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\x1b[K${done === total ? '\n' : ''}`);
      } else if (done === total || now() - lastPlain >= 5000) {
        lastPlain = now();
        stream.write(`${line}\n`);
      }
    },
  };
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
