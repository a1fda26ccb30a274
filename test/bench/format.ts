/** Bytes in decimal units, as the targets are written (1 MB = 1,000,000 bytes). */
export function bytes(n: number): string {
  const trim = (s: string) => s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  if (n < 1e3) return `${n} B`;
  if (n < 1e6) return `${trim((n / 1e3).toFixed(1))} kB`;
  if (n < 1e9) return `${trim((n / 1e6).toFixed(1))} MB`;
  return `${trim((n / 1e9).toFixed(2))} GB`;
}

export function ms(n: number): string {
  return n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n).toLocaleString('en')} ms`;
}

export function count(n: number): string {
  return Math.round(n).toLocaleString('en');
}

export function rate(n: number): string {
  return n < 100 ? n.toFixed(1) : count(n);
}
