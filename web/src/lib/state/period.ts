/**
 * The days of a timeline's period, as the change list's `from`/`to` filter: 2024-04 → 2024-04-01
 * to 2024-04-30, 2024 → 2024-01-01 to 2024-12-31. Anything else is no period.
 */
export function periodDays(period: string): { from?: string; to?: string } {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  return {};
}
