import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryBytes: number;
  node: string;
  os: string;
  /** the 1-minute load average when the bench started: the machine may be shared */
  loadAverage: number;
}

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty}, Linux ${release()}`;
  } catch {
    // not Linux: the platform will do
  }
  return `${process.platform} ${release()}`;
}

export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    os: osName(),
    loadAverage: loadavg()[0] ?? 0,
  };
}
