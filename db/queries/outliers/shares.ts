import type { Db } from '../../client';
import { listChanges } from '../changes';
import { listContracts } from '../contracts';
import { evidenceOf, type Evidence, type Outlier, type OutlierKind, type SpanRow } from './types';

/**
 * How far a city's share must stand from the mean share of the other cities (leave-one-out,
 * each city weighted equally) to be flagged: 0.4 = 40 percentage points.
 */
export const SHARE_GAP = 0.4;
/** A share needs this many counted rows in the city, and this many other cities to compare with. */
export const MIN_ROWS = 2;
export const MIN_PEERS = 2;

interface Counted {
  row: SpanRow;
  /** does the row count towards the share's numerator */
  hit: boolean;
  label: string;
}

interface ShareMeasure {
  kind: OutlierKind;
  /** what the share counts, e.g. 「再委託する」 */
  what: string;
  /** what the rows are, e.g. 「委託事項」 */
  of: string;
  table: string;
}

/**
 * Cities whose share of `hit` rows stands at least SHARE_GAP from the mean of the other
 * cities' shares. The detail states the share, the counts, the peers' mean and the gap.
 */
export function shareOutliers(measure: ShareMeasure, counted: Counted[]): Outlier[] {
  const byCity = new Map<string, Counted[]>();
  for (const c of counted) {
    const key = c.row.municipality_code ?? c.row.municipality ?? '';
    byCity.set(key, [...(byCity.get(key) ?? []), c]);
  }
  const shares = [...byCity.entries()]
    .filter(([, rows]) => rows.length >= MIN_ROWS)
    .map(([key, rows]) => ({ key, rows, hits: rows.filter((r) => r.hit).length, share: rows.filter((r) => r.hit).length / rows.length }));
  return shares.flatMap((city) => {
    const peers = shares.filter((s) => s.key !== city.key);
    if (peers.length < MIN_PEERS) return [];
    const mean = peers.reduce((sum, p) => sum + p.share, 0) / peers.length;
    const gap = city.share - mean;
    if (Math.abs(gap) < SHARE_GAP) return [];
    const first = city.rows[0]!.row;
    return [
      {
        id: `${measure.kind}:${city.key}`,
        municipality: first.municipality,
        municipality_code: first.municipality_code,
        assessment_id: null,
        kind: measure.kind,
        // above the peers is the concern (more 再委託, more changes filed after the fact)
        severity: gap > 0 ? ('medium' as const) : ('low' as const),
        detail:
          `${measure.of}のうち${measure.what}の割合 ${percent(city.share)} (${city.hits}/${city.rows.length}件)、` +
          `他の${peers.length}団体の平均 ${percent(mean)} との差 ${gap > 0 ? '+' : '−'}${Math.round(Math.abs(gap) * 100)}ポイント ` +
          `(基準: 差が${Math.round(SHARE_GAP * 100)}ポイント以上)`,
        evidence: city.rows.map((c): Evidence => evidenceOf(measure.table, c.row, c.label)),
      },
    ];
  });
}

function percent(share: number) {
  return `${Math.round(share * 100)}%`;
}

/** Share of 委託事項 with 再委託する, among those whose 再委託の有無 is known. */
export async function subcontractShareOutliers(db: Db): Promise<Outlier[]> {
  const { rows } = await listContracts(db);
  const counted = rows
    .filter((c) => c.subcontract !== null)
    .map((c) => ({
      row: c,
      hit: c.subcontract === true,
      label: `委託事項${c.item_no}: ${c.subcontract ? '再委託する' : '再委託しない'}`,
    }));
  return shareOutliers({ kind: 'subcontract_share', what: '「再委託する」', of: '再委託の有無が分かる委託事項', table: 'contracts' }, counted);
}

/** Share of changes filed 事後 (after the change), among those whose 提出時期 is known. */
export async function postChangeShareOutliers(db: Db): Promise<Outlier[]> {
  const { rows } = await listChanges(db);
  const counted = rows
    .filter((c) => c.timing !== null)
    .map((c) => ({ row: c, hit: c.timing === '事後', label: `${c.changed_on ?? c.changed_on_raw ?? ''} ${c.item ?? ''}: ${c.timing}` }));
  return shareOutliers({ kind: 'post_change_share', what: '「事後」提出', of: '提出時期が分かる変更箇所', table: 'changes' }, counted);
}
