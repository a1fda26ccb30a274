/** Where an ISO date is written in a document as an era date (令和5年6月27日, full- or half-width). */
export function findEraDate(text: string, iso: string): { from: number; to: number } | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const eras: [string, number][] = [];
  if (iso >= '2019-05-01') eras.push(['令和', y - 2018]);
  if (iso >= '1989-01-08' && iso <= '2019-04-30') eras.push(['平成', y - 1988]);
  for (const [era, year] of eras) {
    const yearText = year === 1 ? `(?:元|${digits(1)})` : digits(year);
    const re = new RegExp(`${era}\\s*${yearText}\\s*年\\s*${digits(m)}\\s*月\\s*${digits(d)}\\s*日`, 'u');
    const hit = re.exec(text);
    if (hit) return { from: hit.index, to: hit.index + hit[0].length };
  }
  return undefined;
}

/** A number as a pattern that matches it in half- or full-width digits, with an optional leading zero. */
function digits(n: number) {
  const half = String(n);
  const full = half.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return `(?:[0０]?(?:${half}|${full}))`;
}
