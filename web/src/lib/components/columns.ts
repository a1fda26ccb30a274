import type { AssessmentDetail, ChangeList, ContractList, RatingList, SystemList } from '../api';
import { connectedTargets } from '../charts/system-graph/connections';
import { t } from '../i18n/i18n.svelte';
import { href } from '../state/router.svelte';
import type { Column } from './table-column';

type ContractRow = ContractList['rows'][number];
type RatingRow = RatingList['rows'][number];
type SystemRow = SystemList['rows'][number];
type ChangeRow = ChangeList['rows'][number];

interface Traced {
  assessment_id?: number;
  src_from: number;
  src_to: number;
  certain: boolean;
  uncertain_reason: string | null;
}

/** The provenance view of a row: its source passage, with the uncertainty when there is one. */
export function sourceHref(row: Traced, assessmentId = row.assessment_id): string {
  return href(`/sources/${assessmentId}`, {
    from: row.src_from,
    to: row.src_to,
    uncertain: row.certain ? null : (row.uncertain_reason ?? '?'),
  });
}

export function sourceColumn<T extends Traced>(assessmentId?: number): Column<T> {
  return {
    key: 'source',
    label: t('cities.source'),
    value: (r) => (r.certain ? t('cities.source') : `${t('cities.source')} (${t('cities.uncertain')})`),
    href: (r) => sourceHref(r, assessmentId ?? r.assessment_id),
  };
}

const city = <T extends { municipality: string | null; municipality_code: string | null }>(): Column<T> => ({
  key: 'municipality',
  label: t('col.municipality'),
  href: (r) => (r.municipality ? `/cities/${encodeURIComponent(r.municipality_code ?? r.municipality)}` : null),
});

export const contractColumns = (): Column<ContractRow>[] => [
  city(),
  { key: 'item_no', label: t('col.item_no') },
  { key: 'title', label: t('col.title') },
  { key: 'contractor_raw', label: t('col.contractor_raw') },
  { key: 'contractors', label: t('col.contractor') },
  { key: 'handlers_band', label: t('col.handlers_band') },
  {
    key: 'subcontract',
    label: t('col.subcontract'),
    value: (r) => (r.subcontract === null ? t('contractors.unknownSubcontract') : r.subcontract),
  },
  sourceColumn(),
];

export const ratingColumns = (): Column<RatingRow>[] => [
  city(),
  { key: 'stage', label: t('col.stage') },
  { key: 'risk', label: t('col.risk') },
  { key: 'question', label: t('col.question') },
  { key: 'answer', label: t('col.answer') },
  sourceColumn(),
];

export const systemColumns = (): Column<SystemRow>[] => [
  city(),
  { key: 'no', label: t('col.item_no') },
  { key: 'name', label: t('col.name') },
  { key: 'canonical', label: t('col.canonical') },
  { key: 'connections', label: t('col.connections'), value: (r) => connectedTargets(r.connections) },
  sourceColumn(),
];

/** `linkToView`: the item opens the change in the changes view (from other pages). */
export const changeColumns = ({ linkToView = false } = {}): Column<ChangeRow>[] => [
  city(),
  { key: 'changed_on', label: t('col.changed_on') },
  { key: 'section', label: t('col.section') },
  {
    key: 'item',
    label: t('col.item'),
    href: linkToView ? (r) => href('/changes', { city: r.municipality, change: r.id }) : undefined,
  },
  { key: 'timing', label: t('col.timing') },
  sourceColumn(),
];

export type { AssessmentDetail };
