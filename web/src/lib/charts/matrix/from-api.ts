import type { MatrixAxisItem, MatrixCell, MatrixInput, MatrixLabels } from './build-matrix-option';

/** The row that sums every contractor (or system) beyond the top ones: 「その他」. */
export const OTHERS = '\u0000others';

export type RowOrder = 'bodies' | 'contracts' | 'name';
export type ColumnOrder = 'code' | 'total';

interface Group {
  key: string;
  label: string;
}

/** /api/contractors/matrix as it answers. */
export interface ContractorMatrix {
  groups: Group[];
  contractors: { id: number; name: string; municipality_count: number; contract_count: number }[];
  others: boolean;
  cells: { contractor_id: number | null; group: string; contracts: number; bodies: number; uncertain_contracts: number }[];
}

/** /api/systems/matrix as it answers. */
export interface SystemMatrix {
  groups: Group[];
  systems: { canonical: string; bodies: number; uncertain_bodies: number }[];
  others: boolean;
  cells: { system: string | null; group: string; bodies: number; uncertain_bodies: number }[];
}

export interface OrderedLabels extends MatrixLabels {
  /** 「その他」 */
  others: string;
  /** the words under a cell's count in the tooltip, from the bodies behind it */
  bodies?: (count: number) => string;
}

/** Columns in the API's order (the national code list), or by their certain counts, most first. */
function orderColumns(groups: Group[], cells: MatrixCell[], order: ColumnOrder): MatrixAxisItem[] {
  if (order === 'code') return groups;
  const total = new Map<string, number>();
  for (const c of cells) total.set(c.column, (total.get(c.column) ?? 0) + c.value);
  return [...groups].sort((a, b) => (total.get(b.key) ?? 0) - (total.get(a.key) ?? 0));
}

/** Contractors × groups: the API's top contractors as rows (in the order asked), 「その他」 last. */
export function contractorMatrixInput(m: ContractorMatrix, labels: OrderedLabels, rows: RowOrder = 'bodies', columns: ColumnOrder = 'code'): MatrixInput {
  const ranked = [...m.contractors];
  if (rows === 'contracts') ranked.sort((a, b) => b.contract_count - a.contract_count || b.municipality_count - a.municipality_count);
  if (rows === 'name') ranked.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  const cells = m.cells.map((c) => ({
    row: c.contractor_id === null ? OTHERS : String(c.contractor_id),
    column: c.group,
    value: c.contracts,
    uncertain: c.uncertain_contracts,
    ...(labels.bodies ? { detail: labels.bodies(c.bodies) } : {}),
  }));
  return {
    rows: [...ranked.map((c) => ({ key: String(c.id), label: c.name })), ...(m.others ? [{ key: OTHERS, label: labels.others }] : [])],
    columns: orderColumns(m.groups, cells, columns),
    cells,
    labels,
  };
}

/** Systems × groups: bodies per cell, the API's most used systems as rows, 「その他」 last. */
export function systemMatrixInput(m: SystemMatrix, labels: OrderedLabels, rows: Exclude<RowOrder, 'contracts'> = 'bodies', columns: ColumnOrder = 'code'): MatrixInput {
  const ranked = [...m.systems];
  if (rows === 'name') ranked.sort((a, b) => a.canonical.localeCompare(b.canonical, 'ja'));
  const cells = m.cells.map((c) => ({ row: c.system ?? OTHERS, column: c.group, value: c.bodies, uncertain: c.uncertain_bodies }));
  return {
    rows: [...ranked.map((s) => ({ key: s.canonical, label: s.canonical })), ...(m.others ? [{ key: OTHERS, label: labels.others }] : [])],
    columns: orderColumns(m.groups, cells, columns),
    cells,
    labels,
  };
}
