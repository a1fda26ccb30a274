import { inject } from 'vitest';

/** Reads the API of the server under test directly, to know what the pages should show. */
export async function apiGet<T = { rows: Record<string, unknown>[]; total: number }>(path: string): Promise<T> {
  const res = await fetch(`${inject('baseUrl')}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function countBy<T>(rows: T[], key: (row: T) => string | null | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const k = key(row);
    if (k) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
