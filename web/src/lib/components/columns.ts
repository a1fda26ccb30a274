import type { RowOf } from '../api';
import { connectedTargets } from '../charts/system-graph/connections';
import { t, tCode } from '../i18n/i18n.svelte';
import { href } from '../state/router.svelte';
import type { Resource } from '../../../../db/form/fields';
import { doubtsOf, type FieldStates } from '../field-states';
import type { Column } from './table-column';


interface Traced {
  assessment_id?: number;
  src_from: number;
  src_to: number;
  certain: boolean;
  field_states: FieldStates;
}

/**
 * The provenance view of a row: its source passage, with the doubts about it when there are
 * some (each named by its field, in the form's words).
 */
export function sourceHref(resource: Resource, row: Traced, assessmentId = row.assessment_id): string {
  const doubts = doubtsOf(resource, row.field_states);
  return href(`/sources/${assessmentId}`, {
    from: row.src_from,
    to: row.src_to,
    uncertain: row.certain ? null : doubts.join(' / ') || t('cities.uncertain'),
  });
}

export function sourceColumn<T extends Traced>(resource: Resource, assessmentId?: number): Column<T> {
  return {
    key: 'source',
    label: t('cities.source'),
    value: (r) => (r.certain ? t('cities.source') : `${t('cities.source')} (${t('cities.uncertain')})`),
    href: (r) => sourceHref(resource, r, assessmentId ?? r.assessment_id),
  };
}

const city = <T extends { municipality: string | null; municipality_code: string | null }>(): Column<T> => ({
  key: 'municipality',
  field: 'municipality',
  label: t('col.municipality'),
  // a body the text does not decide is shown as such, never as a city
  value: (r) => r.municipality ?? t('bodyKind.unresolved'),
  href: (r) => (r.municipality ? `/cities/${encodeURIComponent(r.municipality_code ?? r.municipality)}` : null),
});

export const contractColumns = (): Column<RowOf<'contracts'>>[] => [
  city(),
  { key: 'item_no', label: t('col.item_no') },
  { key: 'title', label: t('col.title') },
  { key: 'contractor_raw', label: t('col.contractor_raw') },
  { key: 'contractors', label: t('col.contractor'), state: 'contractor_raw' },
  { key: 'handlers_band', label: t('col.handlers_band') },
  {
    key: 'subcontract',
    label: t('col.subcontract'),
    value: (r) => (r.subcontract === null ? t('contractors.unknownSubcontract') : r.subcontract),
  },
  sourceColumn('contracts'),
];

/** `rows`: the file column only when some of them name one (a city with several 特定個人情報ファイル). */
export const ratingColumns = (rows: readonly RowOf<'ratings'>[] = []): Column<RowOf<'ratings'>>[] => [
  city(),
  ...(rows.some((r) => r.file) ? [{ key: 'file', label: t('col.file') }] : []),
  { key: 'stage', label: t('col.stage') },
  { key: 'risk', label: t('col.risk') },
  { key: 'question', label: t('col.question') },
  { key: 'answer', label: t('col.answer') },
  sourceColumn('ratings'),
];

export const systemColumns = (): Column<RowOf<'systems'>>[] => [
  city(),
  { key: 'no', label: t('col.item_no') },
  { key: 'name', label: t('col.name') },
  { key: 'canonical', label: t('col.canonical') },
  { key: 'connections', label: t('col.connections'), value: (r) => connectedTargets(r.connections) },
  sourceColumn('systems'),
];

/**
 * `linkToView`: the item opens the change in the changes view (from other pages), its list
 * narrowed to the body and the month of the change so that the row is on its first page.
 */
export const changeColumns = ({ linkToView = false } = {}): Column<RowOf<'changes'>>[] => [
  city(),
  { key: 'changed_on', label: t('col.changed_on') },
  { key: 'section', label: t('col.section') },
  {
    key: 'item',
    label: t('col.item'),
    href: linkToView
      ? (r) => href('/changes', { city: r.municipality_code ?? r.municipality, period: r.changed_on?.slice(0, 7), change: r.id })
      : undefined,
  },
  { key: 'timing', label: t('col.timing') },
  sourceColumn('changes'),
];

export const fileColumns = (): Column<RowOf<'files'>>[] => [
  { key: 'no', label: t('col.no') },
  { key: 'name', label: t('col.name') },
  { key: 'file_kind', label: t('col.file_kind') },
  { key: 'people_band', label: t('col.people_band') },
  { key: 'items_band', label: t('col.items_band') },
  { key: 'holding_start_on', label: t('col.holding_start_on') },
  sourceColumn('files'),
];

export const provisionColumns = (): Column<RowOf<'provisions'>>[] => [
  { key: 'file', label: t('col.file') },
  { key: 'direction', label: t('col.direction') },
  { key: 'no', label: t('col.no') },
  { key: 'recipient', label: t('col.recipient') },
  { key: 'legal_basis', label: t('col.legal_basis') },
  { key: 'purpose', label: t('col.purpose') },
  { key: 'information', label: t('col.information') },
  { key: 'people_band', label: t('col.people_band') },
  { key: 'method', label: t('col.method') },
  { key: 'timing', label: t('col.timing') },
  sourceColumn('provisions'),
];

export const auditColumns = (): Column<RowOf<'audits'>>[] => [
  { key: 'kind', label: t('col.kind') },
  { key: 'checked', label: t('col.checked') },
  sourceColumn('audits'),
];

export const procedureColumns = (): Column<RowOf<'procedures'>>[] => [
  { key: 'kind', label: t('col.kind'), value: (r) => tCode('procedure', r.kind) },
  { key: 'started_on', label: t('col.started_on') },
  { key: 'ended_on', label: t('col.ended_on') },
  { key: 'detail', label: t('col.detail') },
  sourceColumn('procedures'),
];
