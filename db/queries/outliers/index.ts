import type { Db } from '../../client';
import { incidentOutliers, weakAnswerOutliers } from './answers';
import { renewalOutliers } from './renewal';
import { postChangeShareOutliers, subcontractShareOutliers } from './shares';
import { SEVERITIES, type OutlierKind, type Severity } from './types';
import { uncertainOutliers } from './uncertain';
import { undecidedContractorOutliers } from './undecided';
import { municipalities } from '../../schema';
import { municipalityMatches, pageOf, type Page } from '../filters';

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
  const cities =
    f.municipality === undefined
      ? undefined
      : await db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities).where(municipalityMatches(f.municipality));
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
    .filter((o) => cities === undefined || cities.some((c) => c.code === o.municipality_code && c.name === o.municipality))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        (a.municipality_code ?? '').localeCompare(b.municipality_code ?? '') ||
        a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
  return pageOf(rows, f);
}
