import { readFileSync } from 'node:fs';

export interface Memory {
  /** resident set size now */
  rss: number;
  /** the process's peak resident set size so far (VmHWM) */
  peak: number;
}

/** A process's memory from /proc/<pid>/status (threads, worker threads included), in bytes; undefined once it has gone. */
export function readMemory(pid: number): Memory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  const rss = kib('VmRSS');
  return Number.isNaN(rss) ? undefined : { rss, peak: kib('VmHWM') };
}

export interface MemoryWatch {
  /** the highest RSS seen (polled, or VmHWM when the kernel saw higher) since the watch began */
  peak(): number;
  /** the last RSS read */
  last(): number;
  /** start a fresh peak from now (VmHWM cannot be reset, so only the polled values count after this) */
  restart(): void;
  stop(): void;
}

/** Polls a process's memory every `everyMs` until stopped or the process ends. */
export function watchMemory(pid: number, everyMs = 50): MemoryWatch {
  let peak = 0;
  let last = 0;
  let useHwm = true;
  const poll = () => {
    const m = readMemory(pid);
    if (!m) return;
    last = m.rss;
    peak = Math.max(peak, m.rss, useHwm ? m.peak : 0);
  };
  poll();
  const timer = setInterval(poll, everyMs);
  timer.unref();
  return {
    peak: () => (poll(), peak),
    last: () => (poll(), last),
    restart() {
      useHwm = false;
      peak = 0;
      poll();
    },
    stop: () => clearInterval(timer),
  };
}
