/**
 * Names in the given order (the API lists cities by their code, north to south), then any
 * others in the order first seen. Sorting kanji by code point would mean nothing to a reader.
 */
export function ordered(names: Iterable<string>, order: readonly string[] = []): string[] {
  const seen = new Set(names);
  const result = order.filter((n) => seen.has(n));
  for (const n of seen) if (!result.includes(n)) result.push(n);
  return result;
}
