import type { Db } from '../../client';
import { incidentOutliers, weakAnswerOutliers } from './answers';
import { renewalOutliers } from './renewal';
import { postChangeShareOutliers, subcontractShareOutliers } from './shares';
import { SEVERITIES, type Outlier, type OutlierKind, type Severity } from './types';
import { uncertainOutliers } from './uncertain';
import { undecidedContractorOutliers } from './undecided';
import type { Page } from '../filters';

export * from './types';
export { SHARE_GAP, MIN_PEERS, MIN_ROWS } from './shares';

export interface OutlierFilter extends Page {
  municipality?: string;
  kind?: OutlierKind;
  severity?: Severity;
  /** the day renewal is judged on, ISO; defaults to the caller's clock */
  today: string;
}

/** Every flag, most severe first, then by city. */
export async function listOutliers(db: Db, f: OutlierFilter) {
  const all = [
    ...(await weakAnswerOutliers(db)),
    ...(await incidentOutliers(db)),
    ...(await renewalOutliers(db, f.today)),
    ...(await undecidedContractorOutliers(db)),
    ...(await subcontractShareOutliers(db)),
    ...(await postChangeShareOutliers(db)),
    ...(await uncertainOutliers(db)),
  ];
  const rows = all
    .filter((o) => f.kind === undefined || o.kind === f.kind)
    .filter((o) => f.severity === undefined || o.severity === f.severity)
    .filter((o) => f.municipality === undefined || isCity(o, f.municipality))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        (a.municipality_code ?? '').localeCompare(b.municipality_code ?? '') ||
        a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
  const from = f.offset ?? 0;
  return { rows: rows.slice(from, f.limit === undefined ? undefined : from + f.limit), total: rows.length };
}

function isCity(o: Outlier, value: string) {
  return o.municipality_code === value || o.municipality === value;
}
